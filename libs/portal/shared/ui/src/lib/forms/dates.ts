/**
 * Calendar dates (deadlines, batch windows) travel as YYYY-MM-DD; the date pickers work with
 * Date objects at local midnight. Local time is the user's calendar, which is what they picked.
 */
export function toIsoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Local midnight of a YYYY-MM-DD date; null for anything else. */
export function fromIsoDate(value: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const date = new Date(
    Number(match[1]),
    Number(match[2]) - 1,
    Number(match[3]),
  );
  return toIsoDate(date) === value ? date : null;
}

/** Whether a day lies before today (the date pickers grey such days out for deadlines). */
export function isBeforeToday(date: Date, now: Date = new Date()): boolean {
  return toIsoDate(date) < toIsoDate(now);
}

/**
 * Deadlines (截止时间) are Beijing time. The picker shows the user's wall clock, which for this
 * platform's users is Beijing time; the picked wall-clock date and time are sent as Beijing time
 * whatever the browser's zone, e.g. `2026-12-20T17:00:00+08:00`.
 */
export function toBeijingDateTime(date: Date): string {
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  return `${toIsoDate(date)}T${hh}:${mm}:00+08:00`;
}

/** A deadline instant as a picker value showing its Beijing wall-clock date and time; null for anything else. */
export function fromBeijingDateTime(
  value: string | null | undefined,
): Date | null {
  if (!value) return null;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return null;
  const b = new Date(at.getTime() + 8 * 3_600_000);
  return new Date(
    b.getUTCFullYear(),
    b.getUTCMonth(),
    b.getUTCDate(),
    b.getUTCHours(),
    b.getUTCMinutes(),
  );
}

/** 17:00, the time a deadline picked as a day alone closes at (the picker opens on it). */
export function defaultDeadlineTime(): Date {
  const d = new Date();
  d.setHours(17, 0, 0, 0);
  return d;
}
