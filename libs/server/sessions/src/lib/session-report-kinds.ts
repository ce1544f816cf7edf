import { heldMeetingSql } from './session-followup.service';
import { PARTICIPANT_CATEGORIES, PARTICIPANT_CATEGORY_LABELS, type ParticipantCategory, type ReportCategoryRow } from '@scenematch/contracts';
import { ORGANISATIONS } from '@scenematch/server-data';
import { EntityManager } from 'typeorm';
import { CATEGORY_SQL } from './session-rows';

/**
 * The session report by who took part (AI企业, 政府单位/医院学校, 金融机构, 投资机构): registered and
 * checked-in participants, live requests a category sent or received, scheduled meetings it sits
 * in, those held (both sides checked in, or an outcome recorded — as in the report's totals) and
 * those with an outcome. A meeting counts once under each of its two sides' categories.
 */
export async function reportByCategory(manager: EntityManager, sessionId: string): Promise<ReportCategoryRow[]> {
  const orgs = `(SELECT o.id, ${CATEGORY_SQL} AS category FROM ${ORGANISATIONS} o WHERE o.id IN (SELECT organisation_id FROM session_participants WHERE session_id = $1))`;
  const participants = await manager.query<Array<{ category: ParticipantCategory; participants: number; checked_in: number }>>(
    `SELECT c.category, count(*)::int AS participants, count(p.checked_in_at)::int AS checked_in
       FROM session_participants p JOIN ${orgs} c ON c.id = p.organisation_id
      WHERE p.session_id = $1 AND p.status = 'registered' GROUP BY c.category`,
    [sessionId],
  );
  const requests = await manager.query<Array<{ category: ParticipantCategory; requests: number }>>(
    `SELECT c.category, count(DISTINCT r.id)::int AS requests
       FROM meeting_requests r JOIN ${orgs} c ON c.id IN (r.from_organisation_id, r.to_organisation_id)
      WHERE r.session_id = $1 AND r.status IN ('pending', 'accepted') GROUP BY c.category`,
    [sessionId],
  );
  const meetings = await manager.query<Array<{ category: ParticipantCategory; meetings: number; held: number; with_outcome: number }>>(
    `SELECT c.category, count(DISTINCT m.id)::int AS meetings,
            count(DISTINCT m.id) FILTER (WHERE ${heldMeetingSql('e', 'a')})::int AS held,
            count(DISTINCT m.id) FILTER (WHERE m.outcome IS NOT NULL)::int AS with_outcome
       FROM session_meetings m
       LEFT JOIN session_participants e ON e.session_id = m.session_id AND e.organisation_id = m.enterprise_id
       LEFT JOIN session_participants a ON a.session_id = m.session_id AND a.organisation_id = m.agency_id
       JOIN ${orgs} c ON c.id IN (m.enterprise_id, m.agency_id)
      WHERE m.session_id = $1 AND m.status = 'scheduled' GROUP BY c.category`,
    [sessionId],
  );
  return PARTICIPANT_CATEGORIES.map((category) => {
    const p = participants.find((x) => x.category === category);
    const r = requests.find((x) => x.category === category);
    const m = meetings.find((x) => x.category === category);
    return {
      category,
      label: PARTICIPANT_CATEGORY_LABELS[category],
      participants: p?.participants ?? 0,
      checkedIn: p?.checked_in ?? 0,
      requests: r?.requests ?? 0,
      meetings: m?.meetings ?? 0,
      held: m?.held ?? 0,
      withOutcome: m?.with_outcome ?? 0,
    };
  });
}
