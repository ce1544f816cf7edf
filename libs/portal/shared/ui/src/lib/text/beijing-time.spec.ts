import { translator } from '@scenematch/portal/testing/transloco';
import { beijingTime } from './beijing-time';

const zhCN = translator('zh-CN');
const en = translator('en');

describe('formatBeijing (one date format)', () => {
  it('writes Beijing time as YYYY-MM-DD HH:mm whatever the reader’s time zone', () => {
    // 23:54 UTC is the next morning in Beijing.
    expect(beijingTime('2026-12-01T23:54:00Z')).toBe('2026-12-02 07:54');
    expect(beijingTime('2027-04-18T09:00:00+08:00')).toBe('2027-04-18 09:00');
    expect(beijingTime('2027-04-18T09:00:00+08:00', 'date')).toBe(
      '2027-04-18',
    );
    expect(beijingTime('2027-04-18T00:05:00+08:00', 'time')).toBe('00:05');
  });

  it('says nothing for no value or a bad one', () => {
    expect(beijingTime(null)).toBe('');
    expect(beijingTime('not a date')).toBe('');
  });

  it('is relative only near now, then the full form', () => {
    const now = new Date('2026-12-06T10:00:00+08:00');
    expect(beijingTime('2026-12-06T09:57:00+08:00', 'relative', now, zhCN)).toBe(
      '3 分钟前',
    );
    expect(beijingTime('2026-12-08T10:00:00+08:00', 'relative', now, zhCN)).toBe(
      '2 天后',
    );
    expect(beijingTime('2026-12-30T10:00:00+08:00', 'relative', now, zhCN)).toBe(
      '2026-12-30 10:00',
    );
  });

  it('says the distance in English for an English reader', () => {
    const now = new Date('2026-12-06T10:00:00+08:00');
    expect(beijingTime('2026-12-06T09:57:00+08:00', 'relative', now, en)).toBe('3 min ago');
    expect(beijingTime('2026-12-08T10:00:00+08:00', 'relative', now, en)).toBe('in 2 days');
  });
});
