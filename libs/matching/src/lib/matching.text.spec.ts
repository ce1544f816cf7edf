import { hanBigrams, matchesSearch, normaliseText, scriptRuns, searchQuery, searchTerms } from './matching.text';

describe('the shared text pipeline (script level)', () => {
  it('folds full width and case', () => {
    expect(normaliseText('ＡＩ导游 １２３４５ CT')).toBe('ai导游 12345 ct');
  });

  it('splits Han runs at Latin letters, so no bigram straddles scripts', () => {
    expect(scriptRuns('多语种AI导游导览')).toEqual({ han: ['多语种', '导游导览'], latin: ['ai'] });
    expect(scriptRuns('3D数字人 与 5G 专网、12345热线')).toEqual({ han: ['数字人', '与', '专网', '热线'], latin: ['3d', '5g', '12345'] });
  });

  it('makes overlapping bigrams of a Han run', () => {
    expect(hanBigrams('导游导览')).toEqual(['导游', '游导', '导览']);
    expect(hanBigrams('灯')).toEqual(['灯']);
  });
});

describe('search terms and queries (the same rules)', () => {
  it('indexes Han bigrams and whole Latin/digit tokens, never a bigram across scripts', () => {
    expect(searchTerms('多语种AI导游导览')).toEqual(['多语', '语种', '导游', '游导', '导览', 'ai']);
    expect(searchTerms('３Ｄ数字人、5G专网，12345热线 CT')).toEqual(['数字', '字人', '专网', '热线', '3d', '5g', '12345', 'ct']);
    expect(searchTerms('灯 🚦 x')).toEqual(['灯', 'x']);
    expect(searchTerms('')).toEqual([]);
  });

  it('finds AI, ai, ＡＩ, CT, 5G, 12345, 3D数字人 and 导游 where they are written, not elsewhere', () => {
    const titles = ['多语种AI导游导览', '基于CT的肺结节筛查', '5G专网巡检', '12345热线工单分类', '3D数字人讲解员', '邮件email归档'];
    const found = (q: string) => titles.filter((t) => matchesSearch(t, searchQuery(q)));
    expect(found('AI')).toEqual(['多语种AI导游导览']);
    expect(found('ai')).toEqual(['多语种AI导游导览']);
    expect(found('ＡＩ')).toEqual(['多语种AI导游导览']);
    expect(found('导游')).toEqual(['多语种AI导游导览']);
    expect(found('ct')).toEqual(['基于CT的肺结节筛查']);
    expect(found('5G')).toEqual(['5G专网巡检']);
    expect(found('１２３４５')).toEqual(['12345热线工单分类']);
    expect(found('3D数字人')).toEqual(['3D数字人讲解员']);
    expect(found('3D 数字人')).toEqual(['3D数字人讲解员']);
    expect(found('AI 讲解')).toEqual([]);
  });

  it('asks for a Han character typed alone anywhere in the text, not as a term', () => {
    expect(searchQuery('车')).toEqual({ terms: [], chars: ['车'] });
    expect(searchQuery('X光 车')).toEqual({ terms: ['x'], chars: ['光', '车'] });
    expect(matchesSearch('车辆调度', searchQuery('车'))).toBe(true);
    expect(matchesSearch('X光机影像', searchQuery('x光'))).toBe(true);
    expect(matchesSearch('船舶调度', searchQuery('车'))).toBe(false);
  });

  it('ignores punctuation and emoji in a query, and an empty query matches everything', () => {
    expect(searchQuery('“AI”！😀')).toEqual({ terms: ['ai'], chars: [] });
    expect(matchesSearch('任何文本', searchQuery('  '))).toBe(true);
  });
});
