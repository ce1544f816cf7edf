import { queryTokens, searchTerms, searchTokens } from './search-tokens';

describe('Chinese search tokens', () => {
  it('indexes every two-character word of a Han title', () => {
    const tokens = searchTokens('医学影像辅助诊断');
    for (const word of ['医学', '影像', '辅助', '诊断']) expect(tokens).toContain(word);
    expect(tokens).not.toContain('医影');
  });

  it('finds 巡查 in both inspection scenarios and nothing for nonsense', () => {
    const q = queryTokens('巡查');
    const holds = (title: string) => q.every((t) => searchTokens(title).includes(t));
    expect(holds('市容巡查')).toBe(true);
    expect(holds('环境卫生巡查')).toBe(true);
    expect(holds('食品安全监管')).toBe(false);
    expect(queryTokens('量子火锅').every((t) => searchTokens('医学影像辅助诊断').includes(t))).toBe(false);
  });

  it('keeps Latin words whole and lower-cased, and normalises full-width input', () => {
    expect(searchTokens('AI 大模型 LLM')).toEqual(expect.arrayContaining(['ai', 'llm', '大模', '模型']));
    expect(searchTokens('ＡＩ')).toContain('ai');
  });

  it('splits a query on spaces and Chinese punctuation and drops LIKE wildcards', () => {
    expect(searchTerms(' 影像，诊断  100%_ ')).toEqual(['影像', '诊断', '100']);
    expect(queryTokens('车')).toEqual([]);
  });
});
