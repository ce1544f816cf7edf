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
