/** Matchmaking sessions (供需对接会): the shapes the API answers with and the portal reads. */
import type { FollowUpSummary, SessionMode } from './session-calendar';

export const SESSION_STATUSES = ['planning', 'open_for_registration', 'scheduled', 'running', 'closed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  planning: '筹备中',
  open_for_registration: '报名中',
  scheduled: '日程已发布',
  running: '进行中',
  closed: '已结束',
};

/** The transitions an organiser may make, from → allowed targets. */
export const SESSION_TRANSITIONS: Record<SessionStatus, SessionStatus[]> = {
  planning: ['open_for_registration'],
  open_for_registration: ['planning', 'scheduled'],
  scheduled: ['open_for_registration', 'running'],
  running: ['closed'],
  closed: [],
};

export const MEETING_OUTCOMES = ['intent', 'signed', 'follow_up', 'none'] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];

export const MEETING_OUTCOME_LABELS: Record<MeetingOutcome, string> = {
  intent: '意向合作',
  signed: '签约',
  follow_up: '待跟进',
  none: '无',
};

export const MEETING_REQUEST_STATUS_LABELS: Record<MeetingRequestStatus, string> = {
  pending: '待回复',
  accepted: '已接受',
  declined: '已婉拒',
  withdrawn: '已撤回',
};

export type ParticipantKind = 'enterprise' | 'agency';
export type MeetingRequestStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn';

export interface SessionBreak {
  /** The break follows this 0-based slot. */
  afterSlot: number;
  minutes: number;
}

export interface SessionView {
  id: string;
  title: string;
  description: string;
  venue: string;
  startsAt: string;
  slotMinutes: number;
  slots: number;
  tables: number;
  breaks: SessionBreak[];
  maxCompanies: number | null;
  maxAgencies: number | null;
  status: SessionStatus;
  agendaPublishedAt: string | null;
  /** 线下 / 线上 / 线上线下结合. */
  mode: SessionMode;
  /** Days after the start when both sides of each held meeting are asked what came of it. */
  followUpAfterDays: number;
  /** Staff only: the session's meeting link and the per-table links (index = table). */
  onlineLink?: string;
  tableLinks?: string[];
  counts: { enterprises: number; agencies: number; requests: number; meetings: number };
  /** The caller's own registration, when it has one. */
  myParticipantId: string | null;
  createdAt: string;
}

export interface ParticipantView {
  id: string;
  organisation: { id: string; name: string };
  kind: ParticipantKind;
  scenarios: Array<{ id: string; title: string }>;
  status: 'registered' | 'cancelled';
  /** Only for the participant itself and staff. */
  capacity?: number;
  unavailableSlots?: number[];
  contactName?: string;
  checkinCode?: string;
  checkedInAt?: string | null;
  noShowAt?: string | null;
}

export interface MeetingRequestView {
  id: string;
  from: { id: string; name: string; kind: ParticipantKind };
  to: { id: string; name: string; kind: ParticipantKind };
  scenario: { id: string; title: string } | null;
  message: string;
  status: MeetingRequestStatus;
  /** True when the other side asked too or accepted. */
  mutual: boolean;
  createdAt: string;
  respondedAt: string | null;
}

export interface MeetingView {
  id: string;
  slot: number;
  table: number;
  /** ISO start and end of the slot. */
  startsAt: string;
  endsAt: string;
  enterprise: { id: string; name: string };
  agency: { id: string; name: string };
  scenario: { id: string; title: string } | null;
  /** The flat ids of DESIGN.md's agenda contract (the same as the objects above). */
  enterpriseId: string;
  agencyId: string;
  scenarioId: string | null;
  score: number | null;
  value: number;
  requested: boolean;
  mutual: boolean;
  pinned: boolean;
  status: 'scheduled' | 'cancelled';
  cancelReason: string | null;
  outcome: MeetingOutcome | null;
  outcomeNote: string;
  /** Held online: the meeting's own link, or its table's, or the session's (online / hybrid sessions). */
  online: boolean;
  /** Only for the meeting's two sides and staff: where to join. Null when held in the room. */
  onlineLink: string | null;
  /** Staff only: the link set on this meeting itself (empty when it uses the table's or session's). */
  ownLink?: string;
}

export interface UnplacedRequestView {
  enterprise: { id: string; name: string };
  agency: { id: string; name: string };
  scenario: { id: string; title: string } | null;
  reason: string;
  detail: string;
}

export interface AgendaRunView {
  id: string;
  status: 'queued' | 'running' | 'completed' | 'failed';
  progress: number;
  message: string;
  method: string | null;
  meetings: number | null;
  totalValue: number | null;
  lpBound: number | null;
  gap: number | null;
  stats: Record<string, unknown> | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface AgendaView {
  /** Whether participants can see it yet (the session is scheduled, running or closed). */
  published: boolean;
  slotTimes: Array<{ slot: number; startsAt: string; endsAt: string }>;
  meetings: MeetingView[];
  /** Staff only: the requests the last run could not place, each with its reason. */
  unplaced?: UnplacedRequestView[];
  run?: AgendaRunView | null;
}

export interface SessionSuggestion {
  organisation: { id: string; name: string; kind: ParticipantKind };
  scenario: { id: string; title: string } | null;
  score: number;
  reasons: string[];
  requested: boolean;
}

export interface SessionReport {
  sessionId: string;
  participants: { enterprises: number; agencies: number; checkedIn: number; noShows: number };
  meetings: { scheduled: number; held: number; cancelled: number; withOutcome: number };
  outcomes: Record<MeetingOutcome, number>;
  requests: { total: number; mutual: number; placed: number };
  companiesServed: number;
  agenciesServed: number;
  bySlot: Array<{ slot: number; scheduled: number; held: number }>;
  /** What both sides said months later (签约 / 试点 / 融资 / 无). */
  followUps: FollowUpSummary;
}

/** Start and end of every slot, with the breaks between them. */
export function sessionSlotTimes(session: Pick<SessionView, 'startsAt' | 'slotMinutes' | 'slots' | 'breaks'>): AgendaView['slotTimes'] {
  const start = new Date(session.startsAt).getTime();
  const out: AgendaView['slotTimes'] = [];
  let offset = 0;
  for (let slot = 0; slot < session.slots; slot++) {
    const from = start + offset * 60_000;
    const to = from + session.slotMinutes * 60_000;
    out.push({ slot, startsAt: new Date(from).toISOString(), endsAt: new Date(to).toISOString() });
    offset += session.slotMinutes + session.breaks.filter((b) => b.afterSlot === slot).reduce((sum, b) => sum + b.minutes, 0);
  }
  return out;
}
