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

/**
 * The side of the table: `enterprise` is the supply side (AI companies), `agency` the demand side
 * (scenario owners, and — in 银企对接 / 投融资对接 sessions — financial institutions and investors).
 * Meetings always pair one of each; `ParticipantCategory` says who a demand-side participant is.
 */
export type ParticipantKind = 'enterprise' | 'agency';

/** Who a participant is, for the directory, the admission rules and the report. */
export const PARTICIPANT_CATEGORIES = ['enterprise', 'agency', 'finance', 'investor'] as const;
export type ParticipantCategory = (typeof PARTICIPANT_CATEGORIES)[number];
export const DEMAND_CATEGORIES = ['agency', 'finance', 'investor'] as const;
export type DemandCategory = (typeof DEMAND_CATEGORIES)[number];

export const PARTICIPANT_CATEGORY_LABELS: Record<ParticipantCategory, string> = {
  enterprise: 'AI企业',
  agency: '政府单位 / 医院学校等',
  finance: '金融机构',
  investor: '投资机构',
};

/** The organisation's type (and a financier's kind) decide its category. */
export function participantCategory(type: string, financierKind: string | null | undefined): ParticipantCategory {
  if (type === 'enterprise') return 'enterprise';
  if (type === 'financier') return financierKind === 'investor' ? 'investor' : 'finance';
  return 'agency';
}

export const SESSION_TYPES = ['supply_demand', 'bank_enterprise', 'investment'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

export const SESSION_TYPE_LABELS: Record<SessionType, string> = {
  supply_demand: '供需对接会',
  bank_enterprise: '银企对接会',
  investment: '投融资对接会',
};

/** Who may register on the demand side when the organiser does not say. */
export const SESSION_TYPE_DEFAULT_ADMITS: Record<SessionType, DemandCategory[]> = {
  supply_demand: ['agency'],
  bank_enterprise: ['finance'],
  investment: ['investor', 'finance'],
};

/** A need a financier brings to a session instead of scenarios. */
export const NEED_TYPES = ['loan', 'investment'] as const;
export type NeedType = (typeof NEED_TYPES)[number];
export const NEED_TYPE_LABELS: Record<NeedType, string> = { loan: '贷款产品', investment: '投资方向' };

export const INVESTMENT_STAGES = ['seed', 'angel', 'a', 'b', 'c_plus', 'pre_ipo'] as const;
export type InvestmentStage = (typeof INVESTMENT_STAGES)[number];
export const INVESTMENT_STAGE_LABELS: Record<InvestmentStage, string> = {
  seed: '种子轮',
  angel: '天使轮',
  a: 'A 轮',
  b: 'B 轮',
  c_plus: 'C 轮及以后',
  pre_ipo: 'Pre-IPO',
};

export interface SessionNeed {
  id: string;
  type: NeedType;
  /** 贷款产品名称 / 投资方向名称 */
  name: string;
  /** Loan amount or ticket size range, in 万元 (10,000 CNY). */
  amountMin: number | null;
  amountMax: number | null;
  /** Loans: the longest term in months. */
  termMonths: number | null;
  /** Loans: who it is for (e.g. 科技型中小企业、专精特新企业). */
  audience: string;
  /** Investments: the stages invested in. */
  stages: InvestmentStage[];
  /** Investments: sectors (capability or domain names, free text). */
  sectors: string[];
  description: string;
}

/** `GET /api/sessions/:id/directory`: who is coming. */
export interface DirectoryEntry {
  participantId: string;
  organisation: { id: string; name: string };
  kind: ParticipantKind;
  category: ParticipantCategory;
  scenarios: Array<{ id: string; title: string }>;
  needs: SessionNeed[];
  /** A company's listed products. */
  products: Array<{ id: string; name: string }>;
  /**
   * Only for the session's registered participants, staff and the organisation itself
   * (`DirectoryView.contactsVisible`); absent otherwise.
   */
  contact?: { name: string; phone: string; email: string };
}

export interface DirectoryView {
  items: DirectoryEntry[];
  total: number;
  page: number;
  pageSize: number;
  /** Counts per category over the whole session (not only this page). */
  byCategory: Record<ParticipantCategory, number>;
  /** Whether the caller sees contacts: staff, or a live registration of the caller's organisation. */
  contactsVisible: boolean;
}

export interface ReportCategoryRow {
  category: ParticipantCategory;
  label: string;
  participants: number;
  checkedIn: number;
  /** Requests (pending or accepted) this category sent or received. */
  requests: number;
  /** Scheduled meetings this category sits in. */
  meetings: number;
  held: number;
  withOutcome: number;
}
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
  sessionType: SessionType;
  /** The demand-side categories that may register (companies always may). */
  admits: DemandCategory[];
  agendaPublishedAt: string | null;
  /** 线下 / 线上 / 线上线下结合. */
  mode: SessionMode;
  /** Days after the start when both sides of each held meeting are asked what came of it. */
  followUpAfterDays: number;
  /** Staff only: the session's meeting link and the per-table links (index = table). */
  onlineLink?: string;
  tableLinks?: string[];
  /** `agencies` counts the whole demand side; `byCategory` splits it. */
  counts: { enterprises: number; agencies: number; requests: number; meetings: number; byCategory: Record<ParticipantCategory, number> };
  /** The caller's own registration, when it has one. */
  myParticipantId: string | null;
  createdAt: string;
}

export interface ParticipantView {
  id: string;
  organisation: { id: string; name: string };
  kind: ParticipantKind;
  category: ParticipantCategory;
  scenarios: Array<{ id: string; title: string }>;
  needs: SessionNeed[];
  status: 'registered' | 'cancelled';
  /** Only for the participant itself and staff. */
  capacity?: number;
  unavailableSlots?: number[];
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
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
  /**
   * Empty slots between each participant's first and last meeting, summed over participants, in
   * the agenda this run produced; `idleGapsBefore` is the same before the solver compacted the
   * slots (null for runs that did not report it).
   */
  idleGaps: number | null;
  idleGapsBefore: number | null;
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
  /** Participants, requests, meetings and outcomes by who took part (every category, zeros included). */
  byCategory: ReportCategoryRow[];
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
