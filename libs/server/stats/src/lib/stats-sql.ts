import { inChinaPeriod } from '@scenematch/server-data';

/*
 * SQL fragments shared by the dashboard figures (StatsService) and the quarterly report
 * (StatsReportService). The period is $1 from, $2 to (dates, China time, inclusive);
 * `inPeriod(col)` is true when the timestamp falls in it. The filtered figures also take
 * $3 batch id and $4 domain code: `SCOPE` is true when the scenario `s` passes them.
 */

/**
 * The first common table expression of every filtered figure query (`WITH ${FILTER_PARAMS} SELECT …`):
 * it types all six parameters, which PostgreSQL requires even of those a query does not use.
 */
export const FILTER_PARAMS = `_params AS (SELECT $1::date, $2::date, $3::uuid, $4::text, $5::int, $6::int)`;
export const inPeriod = (column: string) => inChinaPeriod(column, '$1', '$2');
export const SCOPE = `($3::uuid IS NULL OR s.batch_id = $3::uuid) AND ($4::text IS NULL OR s.domain_code = $4::text)`;
export const SCOPED = `($3::uuid IS NOT NULL OR $4::text IS NOT NULL)`;
export const TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;
/** Scenario `s` still takes applications. */
export const OPEN = `s.status = 'published' AND (s.deadline IS NULL OR s.deadline > now())`;
export const MONTH = (column: string) => `to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;
/** Applications `a` that count as submitted: sent and not taken back. */
export const SUBMITTED = `a.submitted_at IS NOT NULL AND a.status NOT IN ('draft', 'withdrawn')`;
