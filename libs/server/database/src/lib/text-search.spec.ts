import { searchDocumentOf, searchPartSql, termHitSql, textSearchClauses } from './text-search';

function clauses(q: string) {
  const params: unknown[] = [];
  const result = textSearchClauses(q, 's', (value) => {
    params.push(value);
    return `$${params.length}`;
  });
  return { ...result, params };
}

describe('text search clauses', () => {
  it('asks the index for every term of a mixed-script query, full width folded', () => {
    const { where, params, terms } = clauses('ＡＩ 3D数字人');
    expect(where).toEqual(['s.search_tokens @> $1::text[]']);
    expect(params).toEqual([['数字', '字人', 'ai', '3d']]);
    expect(terms).toEqual(['数字', '字人', 'ai', '3d']);
  });

  it('checks a Han character typed alone on the text, and adds nothing for punctuation only', () => {
    const { where, params } = clauses('X光');
    expect(where).toEqual(['s.search_tokens @> $1::text[]', 'strpos(s.search_text, $2) > 0']);
    expect(params).toEqual([['x'], '光']);
    expect(clauses(' ，。！ ').where).toEqual([]);
  });

  it('tests a Latin term as a whole token and a Han term anywhere, always through parameters', () => {
    const params: unknown[] = [];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    expect(termHitSql('t', 'ai', p)).toBe(`(t ~ ('(^|[^a-z0-9])' || $1::text || '([^a-z0-9]|$)'))`);
    expect(termHitSql('t', '导游', p)).toBe('(strpos(t, $2::text) > 0)');
    expect(params).toEqual(['ai', '导游']);
    expect(searchPartSql('s', 3)).toBe(`split_part(s.search_text, E'\\n', 3)`);
  });
});

describe('search documents', () => {
  it('keeps one part per line, so that line n is part n, and stores the pipeline terms', () => {
    const doc = searchDocumentOf(['多语种ＡＩ导游\n导览', '文化旅游', '', '市文旅局', '第一段\r\n第二段']);
    expect(doc.text.split('\n')).toEqual(['多语种ai导游 导览', '文化旅游', '市文旅局', '第一段 第二段']);
    expect(doc.tokens).toEqual(expect.arrayContaining(['ai', '导游', '导览', '旅游', '文旅']));
    expect(doc.tokens).not.toContain('游导');
  });
});
