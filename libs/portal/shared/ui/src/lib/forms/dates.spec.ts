import { fromIsoDate, isBeforeToday, toIsoDate } from './dates';

describe('calendar dates', () => {
  it('writes a local date as YYYY-MM-DD', () => {
    expect(toIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('reads YYYY-MM-DD as local midnight and refuses impossible dates', () => {
    const d = fromIsoDate('2026-02-28');
    expect(
      d && [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()],
    ).toEqual([2026, 1, 28, 0]);
    expect(fromIsoDate('2026-02-30')).toBeNull();
    expect(fromIsoDate('2026/02/01')).toBeNull();
    expect(fromIsoDate(null)).toBeNull();
  });

  it('compares days, not times', () => {
    const now = new Date(2026, 5, 10, 15, 0);
    expect(isBeforeToday(new Date(2026, 5, 10, 0, 0), now)).toBe(false);
    expect(isBeforeToday(new Date(2026, 5, 9, 23, 59), now)).toBe(true);
    expect(isBeforeToday(new Date(2026, 5, 11), now)).toBe(false);
  });
});
