import {
  beijingIso,
  formatBeijing,
  formatOpening,
  parseDeadline,
} from './dates';

describe('deadlines as points in time', () => {
  it('reads a date alone as 17:00 Beijing time of that day', () => {
    expect(parseDeadline('2026-12-20')?.toISOString()).toBe(
      '2026-12-20T09:00:00.000Z',
    );
  });

  it('reads a date-time without offset as Beijing time, and honours an explicit offset', () => {
    expect(parseDeadline('2026-12-20T09:30')?.toISOString()).toBe(
      '2026-12-20T01:30:00.000Z',
    );
    expect(parseDeadline('2026-12-20 23:59:59')?.toISOString()).toBe(
      '2026-12-20T15:59:59.000Z',
    );
    expect(parseDeadline('2026-12-20T09:00:00Z')?.toISOString()).toBe(
      '2026-12-20T09:00:00.000Z',
    );
    expect(parseDeadline('2026-12-20T17:00:00+08:00')?.toISOString()).toBe(
      '2026-12-20T09:00:00.000Z',
    );
  });

  it('refuses what is not a real moment', () => {
    for (const bad of [
      '2026-02-30',
      '2026-12-20T24:00',
      '2026-12-20T12:60',
      '20/12/2026',
      '',
      'tomorrow',
    ])
      expect(parseDeadline(bad)).toBeNull();
  });

  it('shows Beijing wall time', () => {
    const at = new Date('2026-12-20T09:00:00Z');
    expect(beijingIso(at)).toBe('2026-12-20T17:00:00+08:00');
    expect(formatBeijing(at)).toBe('2026-12-20 17:00');
    expect(formatBeijing('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30');
    expect(formatOpening('2026-12-20T17:00:00+08:00')).toBe('12月20日 17:00');
    expect(formatBeijing(null)).toBe('');
  });
});
