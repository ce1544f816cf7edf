import { chinaToday } from '@scenematch/contracts';
import { auditQueryOf, pickedDay } from './audit-filters';

/** The instant a picker in a browser `offsetHours` east of UTC gives for a day at a local time. */
function pickedIn(offsetHours: number, day: string, time = '00:00'): Date {
  const sign = offsetHours < 0 ? '-' : '+';
  return new Date(`${day}T${time}:00${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`);
}

const empty = { action: null, actor: null, entityType: null, entityId: null, outcome: null };

describe('the audit log’s date range in any browser time zone', () => {
  it.each([
    ['Auckland', 13],
    ['Tokyo', 9],
    ['Beijing', 8],
    ['UTC', 0],
    ['New York', -5],
  ])('means the China-time days a picker in %s showed, at any time of day', (_zone, offset) => {
    for (const time of ['00:00', '09:30', '23:59']) {
      const from = pickedDay(pickedIn(offset, '2026-03-01', time), offset * 60);
      const to = pickedDay(pickedIn(offset, '2026-03-05', time), offset * 60);
      expect([from, to]).toEqual(['2026-03-01', '2026-03-05']);
      expect(auditQueryOf({ ...empty, from, to })).toMatchObject({ from: '2026-03-01T00:00:00+08:00', to: '2026-03-06T00:00:00+08:00' });
    }
  });

  it('is not the picked instant’s day in China time, a day early east of UTC+8', () => {
    const tokyoMidnight = pickedIn(9, '2026-03-01');
    expect(chinaToday(tokyoMidnight)).toBe('2026-02-28');
    expect(pickedDay(tokyoMidnight, 9 * 60)).toBe('2026-03-01');
  });

  it('reads the picker’s day in this browser’s zone by default', () => {
    expect(pickedDay(new Date(2026, 2, 1))).toBe('2026-03-01');
    expect(pickedDay(new Date(2026, 2, 1, 23, 59))).toBe('2026-03-01');
  });
});
