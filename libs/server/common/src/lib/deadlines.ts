/*
 * Deadlines are points in time (timestamptz) shown in Beijing time. A batch's closing day
 * (a date) closes at 17:00 Beijing time, like a date-only scenario deadline.
 */

/** An instant as ISO text with the Beijing offset, e.g. `2026-12-20T17:00:00+08:00`. */
export const beijingIsoSql = (expr: string) =>
  `to_char((${expr}) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS"+08:00"')`;

/** A date column as the instant 17:00 Beijing time of that day. */
export const dateAt1700Sql = (dateExpr: string) =>
  `((${dateExpr}) + time '17:00') AT TIME ZONE 'Asia/Shanghai'`;

/** The deadline in force for scenario `s` with its batch `b` (LEFT JOIN scenario_batches b). */
export const EFFECTIVE_DEADLINE_SQL = `coalesce(s.deadline, ${dateAt1700Sql('b.closes_on')})`;
