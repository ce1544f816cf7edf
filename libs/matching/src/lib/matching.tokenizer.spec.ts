import { fixtures } from '../testing/matching-fixtures';

describe('MatchingTokenizer', () => {
  const { tokenizer } = fixtures().model;

  it('keeps 大模型 whole instead of splitting it into 大|模型', () => {
    const words = tokenizer.tokenize('基于大模型的政务问答，支持本地化部署');
    expect(words).toContain('大模型');
    expect(words).not.toContain('模型');
    expect(words).not.toContain('大');
  });

  it('keeps taxonomy words whole: 具身智能, 医学影像, 工单, 智能网联', () => {
    expect(tokenizer.tokenize('具身智能机器人')).toContain('具身智能');
    expect(tokenizer.tokenize('医学影像辅助诊断')).toContain('医学影像');
    expect(tokenizer.tokenize('工单自动分拨')).toContain('工单');
    expect(tokenizer.tokenize('智能网联汽车')).toContain('智能网联');
  });

  it('indexes the taxonomy parts of a longer word, so 影像 finds 医学影像', () => {
    const terms = tokenizer.terms('医学影像辅助诊断');
    expect(terms).toEqual(expect.arrayContaining(['医学影像', '影像', '辅助', '诊断']));
  });

  it('drops stop words, punctuation and single characters, and lower-cases Latin', () => {
    const words = tokenizer.tokenize('公司提供LLM和RAG的智能平台（CT、MRI）。');
    expect(words).toEqual(expect.arrayContaining(['llm', 'rag', 'ct', 'mri']));
    for (const w of ['公司', '提供', '和', '的', '智能', '平台', '（', '。']) expect(words).not.toContain(w);
  });

  it('keeps a word jieba cuts into lone characters as the bigrams they form (粮情 in 粮情测温 meets 粮情分析)', () => {
    const title = tokenizer.features('粮情测温数据智能分析').bigrams;
    const company = tokenizer.features('储粮安全与粮情分析专家').bigrams;
    expect(title).toEqual(expect.arrayContaining(['~粮情', '~情测']));
    expect(company).toContain('~粮情');
  });

  it('forms no lone-character bigram with a stop word or a function character (提供, 平台, 的, 和)', () => {
    expect(tokenizer.features('提供粮情平台').bigrams).toEqual(['~粮情']);
    const bigrams = tokenizer.features('粮的情和粮情的测').bigrams;
    for (const b of bigrams) expect(b).not.toMatch(/[的和]/);
    expect(bigrams).toContain('~粮情');
  });

  it('keeps numbers only when they are taxonomy words (12345 hotline)', () => {
    expect(tokenizer.tokenize('12345热线受理1500件')).toEqual(['12345', '热线', '受理']);
  });
});
