/**
 * A period of whole days, China time, both ends included: what the figures are counted over.
 * `from` and `to` are dates (`YYYY-MM-DD`).
 */
export interface ChinaPeriod {
  from: string;
  to: string;
}

/**
 * True when the timestamp `column` falls in the period whose first and last days are the date
 * parameters `from` and `to` (`$1`, `$2` unless told), China time.
 */
export function inChinaPeriod(column: string, from = '$1', to = '$2'): string {
  const lo = `((${from}::date)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
  const hi = `(((${to}::date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
  return `(${column} >= ${lo} AND ${column} < ${hi})`;
}
