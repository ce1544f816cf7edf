import { type ChinaPeriod, inChinaPeriod } from '../period';
import { queryMap, queryRows, type Queryable } from '../queryable';

/** Who registered for the sessions that start in a period (cancelled registrations left out). */
export interface SessionParticipantCounts {
  total: number;
  enterprises: number;
  agencies: number;
  checkedIn: number;
}

export async function sessionParticipantCounts(db: Queryable, period: ChinaPeriod): Promise<SessionParticipantCounts> {
  const [row] = await queryRows<{ total: string; enterprises: string; agencies: string; checked_in: string }>(
    db,
    `SELECT count(*) AS total, count(*) FILTER (WHERE p.kind = 'enterprise') AS enterprises,
            count(*) FILTER (WHERE p.kind = 'agency') AS agencies, count(*) FILTER (WHERE p.checked_in_at IS NOT NULL) AS checked_in
       FROM session_participants p JOIN matchmaking_sessions ss ON ss.id = p.session_id
      WHERE p.status = 'registered' AND ${inChinaPeriod('ss.starts_at')}`,
    [period.from, period.to],
  );
  return { total: Number(row.total), enterprises: Number(row.enterprises), agencies: Number(row.agencies), checkedIn: Number(row.checked_in) };
}

/** How many follow-up answers of each kind (签约 / 试点 / 融资 / 无) came in during a period. */
export async function followUpAnswerCounts(db: Queryable, period: ChinaPeriod): Promise<Map<string, number>> {
  return queryMap(
    db,
    `SELECT f.answer, count(*) AS n FROM session_follow_ups f WHERE f.answer IS NOT NULL AND ${inChinaPeriod('f.answered_at')} GROUP BY f.answer`,
    [period.from, period.to],
    (r: { answer: string; n: string }) => [r.answer, Number(r.n)],
  );
}

/** A session that starts in a period, with its participants and meetings counted. */
export interface SessionReportRow {
  title: string;
  starts_at: Date;
  venue: string;
  status: string;
  enterprises: number;
  agencies: number;
  checked_in: number;
  meetings: number;
  intent: number;
  signed: number;
  follow_up: number;
}

/** The sessions that start in a period, earliest first, as the quarterly report lists them. */
export function sessionReportRows(db: Queryable, period: ChinaPeriod): Promise<SessionReportRow[]> {
  return queryRows<SessionReportRow>(
    db,
    `SELECT ss.title, ss.starts_at, ss.venue, ss.status, pc.enterprises, pc.agencies, pc.checked_in, mc.meetings, mc.intent, mc.signed, mc.follow_up
       FROM matchmaking_sessions ss
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE p.kind = 'enterprise')::int AS enterprises, count(*) FILTER (WHERE p.kind = 'agency')::int AS agencies,
                count(p.checked_in_at)::int AS checked_in
           FROM session_participants p WHERE p.session_id = ss.id AND p.status = 'registered') pc
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS meetings, count(*) FILTER (WHERE m.outcome = 'intent')::int AS intent,
                count(*) FILTER (WHERE m.outcome = 'signed')::int AS signed, count(*) FILTER (WHERE m.outcome = 'follow_up')::int AS follow_up
           FROM session_meetings m WHERE m.session_id = ss.id AND m.status = 'scheduled') mc
      WHERE ${inChinaPeriod('ss.starts_at')} ORDER BY ss.starts_at`,
    [period.from, period.to],
  );
}
