import { fileNameFromDisposition, toCsv } from './download';

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 name, which carries the Chinese file name', () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="scenarios.xlsx"; filename*=UTF-8''${encodeURIComponent('场景清单-2026-01-02.xlsx')}`,
        'x.xlsx',
      ),
    ).toBe('场景清单-2026-01-02.xlsx');
  });

  it('falls back to the plain name, then to the default', () => {
    expect(
      fileNameFromDisposition('attachment; filename="scenarios.csv"', 'x'),
    ).toBe('scenarios.csv');
    expect(fileNameFromDisposition(null, '场景清单.csv')).toBe('场景清单.csv');
    expect(
      fileNameFromDisposition(`attachment; filename*=UTF-8''%E5%9C%BA%ZZ`, 'x'),
    ).toBe('x');
  });
});

describe('toCsv', () => {
  it('starts with a BOM, quotes what needs quoting and ends lines with CRLF', () => {
    expect(
      toCsv([
        ['序号', '场景名称'],
        ['1', '巡查, "夜间"\n值守'],
      ]),
    ).toBe('\uFEFF序号,场景名称\r\n1,"巡查, ""夜间""\n值守"\r\n');
  });
});
