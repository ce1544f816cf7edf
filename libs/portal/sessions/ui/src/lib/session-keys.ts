import type {
  FollowUpAnswer,
  InvestmentStage,
  MeetingOutcome,
  MeetingRequestStatus,
  NeedType,
  ParticipantCategory,
  SessionMode,
  SessionStatus,
  SessionType,
} from '@scenematch/contracts';

/**
 * Catalogue keys of the session codes the contracts label in Chinese (SESSION_STATUS_LABELS …):
 * every code has its key, by type; the zh-CN texts are the contracts' labels word for word.
 */
export const SESSION_STATUS_KEYS: Record<SessionStatus, string> = {
  planning: 'sessions.status.planning',
  open_for_registration: 'sessions.status.open_for_registration',
  scheduled: 'sessions.status.scheduled',
  running: 'sessions.status.running',
  closed: 'sessions.status.closed',
};

/** What registration looks like in each status (registration closes when the agenda is published). */
export const REGISTRATION_KEYS: Record<SessionStatus, string> = {
  planning: 'sessions.list.registration.planning',
  open_for_registration: 'sessions.list.registration.open_for_registration',
  scheduled: 'sessions.list.registration.scheduled',
  running: 'sessions.list.registration.running',
  closed: 'sessions.list.registration.closed',
};

export const MEETING_OUTCOME_KEYS: Record<MeetingOutcome, string> = {
  intent: 'sessions.outcomes.intent',
  signed: 'sessions.outcomes.signed',
  follow_up: 'sessions.outcomes.follow_up',
  none: 'sessions.outcomes.none',
};

export const MEETING_REQUEST_STATUS_KEYS: Record<MeetingRequestStatus, string> = {
  pending: 'sessions.requestStatus.pending',
  accepted: 'sessions.requestStatus.accepted',
  declined: 'sessions.requestStatus.declined',
  withdrawn: 'sessions.requestStatus.withdrawn',
};

export const PARTICIPANT_CATEGORY_KEYS: Record<ParticipantCategory, string> = {
  enterprise: 'sessions.categories.enterprise',
  agency: 'sessions.categories.agency',
  finance: 'sessions.categories.finance',
  investor: 'sessions.categories.investor',
};

export const SESSION_TYPE_KEYS: Record<SessionType, string> = {
  supply_demand: 'sessions.types.supply_demand',
  bank_enterprise: 'sessions.types.bank_enterprise',
  investment: 'sessions.types.investment',
};

export const SESSION_MODE_KEYS: Record<SessionMode, string> = {
  onsite: 'sessions.modes.onsite',
  online: 'sessions.modes.online',
  hybrid: 'sessions.modes.hybrid',
};

export const NEED_TYPE_KEYS: Record<NeedType, string> = {
  loan: 'sessions.needTypes.loan',
  investment: 'sessions.needTypes.investment',
};

export const INVESTMENT_STAGE_KEYS: Record<InvestmentStage, string> = {
  seed: 'sessions.stages.seed',
  angel: 'sessions.stages.angel',
  a: 'sessions.stages.a',
  b: 'sessions.stages.b',
  c_plus: 'sessions.stages.c_plus',
  pre_ipo: 'sessions.stages.pre_ipo',
};

export const FOLLOW_UP_ANSWER_KEYS: Record<FollowUpAnswer, string> = {
  signed: 'sessions.followUpAnswers.signed',
  pilot: 'sessions.followUpAnswers.pilot',
  financing: 'sessions.followUpAnswers.financing',
  none: 'sessions.followUpAnswers.none',
};
