import { highlightTermsOf, searchTerms } from '@scenematch/contracts';
import { highlightSegments, snippet } from './highlight';

const hits = (text: string, query: string) =>
  highlightSegments(text, searchTerms(query))
    .filter((s) => s.hit)
    .map((s) => s.text);

describe('highlightSegments', () => {
  it('marks a two-character Chinese word inside a title', () => {
    expect(highlightSegments('医学影像辅助诊断', ['影像'])).toEqual([
      { text: '医学', hit: false },
      { text: '影像', hit: true },
      { text: '辅助诊断', hit: false },
    ]);
  });

  it('marks every word of a multi-word query, each occurrence', () => {
    expect(hits('市容巡查与环境卫生巡查', '巡查 环境')).toEqual([
      '巡查',
      '环境',
      '巡查',
    ]);
  });

  it('merges overlapping and adjacent hits into one segment', () => {
    expect(
      highlightSegments('智能巡检机器人', ['智能巡', '巡检', '机器']),
    ).toEqual([
      { text: '智能巡检机器', hit: true },
      { text: '人', hit: false },
    ]);
  });

  it('ignores case and full-width forms the way the API search does', () => {
    expect(hits('基于ＡＩ大模型的 OCR 识别', 'ai ocr')).toEqual([
      'ＡＩ',
      'OCR',
    ]);
  });

  it('marks what the search matched in mixed scripts: AI beside Han, a bigram beside Latin', () => {
    const marked = (text: string, query: string) =>
      highlightSegments(text, highlightTermsOf(query))
        .filter((s) => s.hit)
        .map((s) => s.text);
    expect(marked('多语种AI导游导览', 'ai')).toEqual(['AI']);
    expect(marked('多语种AI导游导览', '导游')).toEqual(['导游']);
    expect(marked('3D数字人讲解', '3D数字人')).toEqual(['3D数字人']);
    expect(marked('１２３４５热线', '12345')).toEqual(['１２３４５']);
  });

  it('marks a Latin term only as a whole token, as the search finds it', () => {
    expect(hits('email 与 AI 助手', 'ai')).toEqual(['AI']);
    expect(highlightSegments('detail', ['ai']).some((s) => s.hit)).toBe(false);
  });

  it('keeps the text whole: the segments join back to the original', () => {
    const text = '<b>病房</b> 夜间巡检 & 机器人 😀 病房';
    const segments = highlightSegments(text, searchTerms('病房'));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual([
      '病房',
      '病房',
    ]);
  });

  it('returns one plain segment without terms, and nothing for empty text', () => {
    expect(highlightSegments('市容巡查', [])).toEqual([
      { text: '市容巡查', hit: false },
    ]);
    expect(highlightSegments('', ['巡查'])).toEqual([]);
  });

  it('treats regular-expression characters in terms literally', () => {
    expect(highlightSegments('a.b a+b', ['a+b'])).toEqual([
      { text: 'a.b ', hit: false },
      { text: 'a+b', hit: true },
    ]);
  });
});

describe('snippet', () => {
  const long = '前言'.repeat(40) + '这里提到了病房巡检' + '结尾'.repeat(40);

  it('keeps short text as it is (whitespace collapsed)', () => {
    expect(snippet('  市容\n巡查 ', ['巡查'], 50)).toBe('市容 巡查');
  });

  it('shows the part of a long text around the first hit', () => {
    const s = snippet(long, ['病房'], 30);
    expect(s).toContain('病房');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(Array.from(s.replace(/…/g, ''))).toHaveLength(30);
  });

  it('starts at the beginning when there is no hit', () => {
    const s = snippet(long, ['不存在'], 20);
    expect(s.startsWith('前言')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
  });

  it('does not run past the end for a hit near the end', () => {
    const text = 'a'.repeat(100) + '病房';
    const s = snippet(text, ['病房'], 30);
    expect(s.endsWith('病房')).toBe(true);
    expect(s.startsWith('…')).toBe(true);
  });
});
