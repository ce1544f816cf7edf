import { meetingValue, type AgendaInput, type CandidateMeeting, type PinnedMeeting, type UnplacedRequest } from '@scenematch/scheduling';
import { MATCH_RESULTS, ORGANISATIONS } from '@scenematch/server-data';
import { EntityManager } from 'typeorm';

/** Pairs that nobody asked for are proposed from match scores at or above this. */
export const MIN_MATCH_SCORE_FOR_AGENDA = 40;

/** What the worker knows about each candidate pair besides its value: kept on the meeting row. */
export interface PairFacts {
  scenarioId?: string;
  score: number | null;
  requested: boolean;
  mutual: boolean;
}

export interface SessionAgendaInput {
  input: AgendaInput;
  facts: Map<string, PairFacts>;
  names: Map<string, string>;
}

export const pairKey = (enterpriseId: string, agencyId: string) => `${enterpriseId}|${agencyId}`;

interface ParticipantFacts {
  organisation_id: string;
  name: string;
  kind: 'enterprise' | 'agency';
  scenario_ids: string[];
  capacity: number;
  unavailable_slots: number[];
}

/**
 * Reads a session's participants, requests, match scores and pinned meetings and turns them into
 * the scheduler's input: mutual requests (both asked, or one accepted) first, one-sided requests
 * next, then pairs by match score. A declined request removes its pair altogether.
 */
export async function loadAgendaInput(manager: EntityManager, session: { id: string; slots: number; tables: number }): Promise<SessionAgendaInput> {
  const participants = await manager.query<ParticipantFacts[]>(
    `SELECT p.organisation_id, o.name, p.kind, p.scenario_ids, p.capacity, p.unavailable_slots
       FROM session_participants p JOIN ${ORGANISATIONS} o ON o.id = p.organisation_id
      WHERE p.session_id = $1 AND p.status = 'registered' AND p.no_show_at IS NULL`,
    [session.id],
  );
  const names = new Map(participants.map((p) => [p.organisation_id, p.name]));
  const companies = participants.filter((p) => p.kind === 'enterprise');
  const agencies = participants.filter((p) => p.kind === 'agency');
  const live = new Set(participants.map((p) => p.organisation_id));

  // Match scores of every company against each agency's scenarios brought to the session.
  const scores = await manager.query<Array<{ enterprise_id: string; agency_id: string; scenario_id: string; score: number }>>(
    `SELECT DISTINCT ON (m.organisation_id, a.organisation_id) m.organisation_id AS enterprise_id, a.organisation_id AS agency_id, m.scenario_id, m.score
       FROM session_participants a
       JOIN ${MATCH_RESULTS} m ON m.scenario_id = ANY(a.scenario_ids)
       JOIN session_participants e ON e.session_id = a.session_id AND e.organisation_id = m.organisation_id
                                  AND e.kind = 'enterprise' AND e.status = 'registered' AND e.no_show_at IS NULL
      WHERE a.session_id = $1 AND a.kind = 'agency' AND a.status = 'registered' AND a.no_show_at IS NULL
      ORDER BY m.organisation_id, a.organisation_id, m.score DESC`,
    [session.id],
  );
  const requests = await manager.query<Array<{ from_organisation_id: string; to_organisation_id: string; scenario_id: string | null; status: string }>>(
    `SELECT from_organisation_id, to_organisation_id, scenario_id, status FROM meeting_requests
      WHERE session_id = $1 AND status IN ('pending', 'accepted', 'declined') ORDER BY created_at`,
    [session.id],
  );

  const facts = new Map<string, PairFacts & { declined: boolean; askedByEnterprise: boolean; askedByAgency: boolean; arrival: number }>();
  const fact = (e: string, a: string) => {
    const key = pairKey(e, a);
    let f = facts.get(key);
    if (!f) {
      f = { score: null, requested: false, mutual: false, declined: false, askedByEnterprise: false, askedByAgency: false, arrival: Number.MAX_SAFE_INTEGER };
      facts.set(key, f);
    }
    return f;
  };
  for (const s of scores) {
    const f = fact(s.enterprise_id, s.agency_id);
    f.score = s.score;
    f.scenarioId = s.scenario_id;
  }
  requests.forEach((r, arrival) => {
    if (!live.has(r.from_organisation_id) || !live.has(r.to_organisation_id)) return;
    const fromEnterprise = names.has(r.from_organisation_id) && companies.some((c) => c.organisation_id === r.from_organisation_id);
    const [e, a] = fromEnterprise ? [r.from_organisation_id, r.to_organisation_id] : [r.to_organisation_id, r.from_organisation_id];
    const f = fact(e, a);
    if (r.status === 'declined') {
      f.declined = true;
      return;
    }
    f.requested = true;
    f.arrival = Math.min(f.arrival, arrival);
    if (fromEnterprise) f.askedByEnterprise = true;
    else f.askedByAgency = true;
    if (r.status === 'accepted') f.mutual = true;
    if (r.scenario_id) f.scenarioId = r.scenario_id;
  });

  const candidates: CandidateMeeting[] = [];
  for (const [key, f] of facts) {
    if (f.askedByEnterprise && f.askedByAgency) f.mutual = true;
    // A declined request rules the pair out unless a later one (the other way) is still live.
    if (f.declined && !f.requested) continue;
    if (!f.requested && (f.score ?? 0) < MIN_MATCH_SCORE_FOR_AGENDA) continue;
    const [companyId, agencyId] = key.split('|');
    candidates.push({
      companyId,
      agencyId,
      scenarioId: f.scenarioId,
      value: meetingValue({ mutual: f.mutual, requested: f.requested, matchScore: f.score ?? 0 }),
      requested: f.requested,
      arrival: f.requested ? f.arrival : requests.length + candidates.length,
    });
  }

  const pinnedRows = await manager.query<Array<{ enterprise_id: string; agency_id: string; scenario_id: string | null; slot: number; table_no: number }>>(
    `SELECT enterprise_id, agency_id, scenario_id, slot, table_no FROM session_meetings
      WHERE session_id = $1 AND status = 'scheduled' AND pinned AND slot < $2 AND table_no < $3`,
    [session.id, session.slots, session.tables],
  );
  const pinned: PinnedMeeting[] = pinnedRows
    .filter((m) => live.has(m.enterprise_id) && live.has(m.agency_id))
    .map((m) => ({ companyId: m.enterprise_id, agencyId: m.agency_id, scenarioId: m.scenario_id ?? undefined, slot: m.slot, table: m.table_no }));
  for (const pin of pinned) {
    const f = fact(pin.companyId, pin.agencyId);
    if (pin.scenarioId) f.scenarioId = pin.scenarioId;
  }

  return {
    input: {
      slots: session.slots,
      tables: session.tables,
      companies: companies.map((c) => ({ id: c.organisation_id, capacity: c.capacity, unavailable: c.unavailable_slots })),
      agencies: agencies.map((a) => ({ id: a.organisation_id, capacity: a.capacity, unavailable: a.unavailable_slots })),
      candidates,
      pinned,
    },
    facts,
    names,
  };
}

/**
 * A digest of everything an agenda is built from (registrations with their capacity, free slots
 * and scenarios, requests, pinned meetings). The agenda run compares it before solving and when
 * saving, so that a change made meanwhile is never overwritten by an agenda that ignores it.
 */
export async function agendaInputFingerprint(manager: EntityManager, sessionId: string): Promise<string> {
  const [row] = await manager.query<Array<{ fingerprint: string }>>(
    `SELECT md5(
       coalesce((SELECT string_agg(concat_ws(':', id, status, capacity, unavailable_slots::text, scenario_ids::text, no_show_at), ',' ORDER BY id)
                   FROM session_participants WHERE session_id = $1), '') || '|' ||
       coalesce((SELECT string_agg(concat_ws(':', id, status, scenario_id), ',' ORDER BY id) FROM meeting_requests WHERE session_id = $1), '') || '|' ||
       coalesce((SELECT string_agg(concat_ws(':', id, slot, table_no, status), ',' ORDER BY id) FROM session_meetings WHERE session_id = $1 AND pinned), '')
     ) AS fingerprint`,
    [sessionId],
  );
  return row.fingerprint;
}

/** The scheduler's reason for an unplaced request, in words a participant understands. */
export function unplacedReasonText(u: UnplacedRequest, names: Map<string, string>): string {
  const who = u.detail.includes(u.companyId) ? names.get(u.companyId) : u.detail.includes(u.agencyId) ? names.get(u.agencyId) : undefined;
  switch (u.reason) {
    case 'capacity':
      return `${who ?? '一方'}已达到洽谈场次上限`;
    case 'no common free slot':
      return u.detail.includes('never available') ? '双方没有共同可参加的时段' : '双方共同可参加的时段都已排满';
    case 'tables full':
      return '双方都空闲的时段里洽谈桌已满';
    default:
      return `${who ?? '双方'}的其他洽谈优先级更高（双向请求或匹配度更高）`;
  }
}
