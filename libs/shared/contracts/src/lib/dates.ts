/** Today's calendar date in Beijing time (YYYY-MM-DD): deadlines and windows are dates there. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A deadline given as a date alone closes at this Beijing time of that day. */
export const DEADLINE_DEFAULT_TIME = '17:00';

/** What a deadline may be written as: a date, or a date-time with or without seconds and offset. */
export const DEADLINE_PATTERN =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A deadline (截止时间) from an ISO date-time or a date: a date alone means 17:00 Beijing time
 * of that day, a date-time without an offset is Beijing time. Null when it is not a real one.
 */
export function parseDeadline(value: string): Date | null {
  const m = DEADLINE_PATTERN.exec(value.trim());
  if (!m || !isRealDate(m[1])) return null;
  const [hh, mm] =
    m[2] === undefined ? DEADLINE_DEFAULT_TIME.split(':') : [m[2], m[3]];
  if (Number(hh) > 23 || Number(mm) > 59 || Number(m[4] ?? 0) > 59) return null;
  const offset =
    m[5] === undefined
      ? '+08:00'
      : m[5] === 'Z'
        ? 'Z'
        : m[5].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const at = new Date(`${m[1]}T${hh}:${mm}:${m[4] ?? '00'}${offset}`);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** An instant as Beijing time, ISO with its offset: `2026-12-20T17:00:00+08:00`. */
export function beijingIso(at: Date): string {
  return `${new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

/** An instant as Beijing wall time for people: `2026-12-20 17:00`. */
export function formatBeijing(at: string | Date | null | undefined): string {
  if (!at) return '';
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return '';
  return new Date(d.getTime() + 8 * 3600_000)
    .toISOString()
    .slice(0, 16)
    .replace('T', ' ');
}

/** The opening moment in a sentence: `12月20日 17:00`. */
export function formatOpening(at: string | Date | null | undefined): string {
  const text = formatBeijing(at);
  if (!text) return '';
  return `${Number(text.slice(5, 7))}月${Number(text.slice(8, 10))}日 ${text.slice(11)}`;
}
