/** Longest period one overview covers: its monthly series stays a chart, not a table. */
export const MAX_PERIOD_DAYS = 366 * 10;

/** A real calendar day written `YYYY-MM-DD`. */
export function validDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The first day of the month `months` months after (or before) the month of `date`. */
export function addMonths(date: string, months: number): string {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** `YYYY-MM` of every month the period touches. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = `${from.slice(0, 7)}-01`; m.slice(0, 7) <= to.slice(0, 7); m = addMonths(m, 1)) months.push(m.slice(0, 7));
  return months;
}

/**
 * The statistics window (China dates, inclusive) from valid `from`/`to` inputs: up to today by
 * default, starting on the first day of the month 11 months earlier (twelve months on the chart);
 * a window that ends before it starts or spans more than ten years is refused.
 */
export function statsPeriod(
  query: { from?: string; to?: string },
  today: string,
): { from: string; to: string } | { refused: 'from-after-to' | 'too-long' } {
  const to = query.to ?? today;
  const from = query.from ?? addMonths(to, -11);
  if (from > to) return { refused: 'from-after-to' };
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_PERIOD_DAYS) return { refused: 'too-long' };
  return { from, to };
}
