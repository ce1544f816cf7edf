/** One participant of a matchmaking session (供需对接会): a company (AI企业) or an agency (责任单位). */
export interface AgendaParticipant {
  id: string;
  /** Most meetings this participant wants; the effective limit is also bounded by `slots` and availability. */
  capacity: number;
  /** 0-based slot indices in which the participant cannot meet. */
  unavailable?: number[];
}

/** A meeting that could take place, with the value the caller gives it (see `meetingValue`). */
export interface CandidateMeeting {
  companyId: string;
  agencyId: string;
  scenarioId?: string;
  /** Non-negative; higher is better. Use `meetingValue` to keep requests ahead of match scores. */
  value: number;
  /** True when at least one side asked for this meeting: an unplaced request gets a reason. */
  requested?: boolean;
  /** Order in which the request arrived (first-come baseline only); defaults to the array position. */
  arrival?: number;
}

/** A meeting the organiser has fixed: it is always kept, in the given slot and at the given table when set. */
export interface PinnedMeeting {
  companyId: string;
  agencyId: string;
  scenarioId?: string;
  slot?: number;
  table?: number;
}

export type AgendaMethod = 'auto' | 'lp-colouring' | 'time-indexed-ip';

export interface AgendaOptions {
  /** `auto` (default): the LP + edge colouring, or the time-indexed IP when availability or slot pins exist and the IP is small. */
  method?: AgendaMethod;
  /** Largest time-indexed IP (pair × slot variables) `auto` will build; default 20,000. */
  ipMaxVariables?: number;
  /** Time limit of each HiGHS solve in seconds; default 20. */
  timeLimitSeconds?: number;
  /**
   * Second objective, after the meetings are chosen: move meetings between slots (never adding or
   * dropping one) so that participants wait less between their meetings. Default true.
   */
  compactIdleGaps?: boolean;
  /** Time budget of that step in milliseconds; default 2,000 (it usually stops earlier, when it stalls). */
  compactTimeMs?: number;
}

export interface AgendaInput {
  /** Number of time slots (0 … slots − 1). */
  slots: number;
  /** Tables per slot (0 … tables − 1). */
  tables: number;
  companies: AgendaParticipant[];
  agencies: AgendaParticipant[];
  candidates: CandidateMeeting[];
  pinned?: PinnedMeeting[];
  options?: AgendaOptions;
}

export interface ScheduledMeeting {
  companyId: string;
  agencyId: string;
  scenarioId?: string;
  slot: number;
  table: number;
  value: number;
  pinned: boolean;
}

export type UnplacedReason = 'capacity' | 'no common free slot' | 'tables full' | 'lower value than the chosen meetings';

export interface UnplacedRequest {
  companyId: string;
  agencyId: string;
  scenarioId?: string;
  value: number;
  reason: UnplacedReason;
  /** Short explanation naming the participant or slots involved. */
  detail: string;
}

export interface AgendaStats {
  method: Exclude<AgendaMethod, 'auto'>;
  candidates: number;
  /** Distinct (company, agency) pairs after merging duplicate candidates. */
  pairs: number;
  /** Pair columns in the selection LP's final model (column generation adds them as they price out). */
  lpVariables: number;
  /** Meetings in the selection LP's optimum (the one `lpBound` is the value of). */
  lpMeetings: number;
  /** LP solves of the column generation. */
  lpRounds: number;
  /** True when the selection LP came back integral (no rounding needed). */
  lpIntegral: boolean;
  ipVariables: number;
  /** True when the time-indexed IP proved optimality. */
  ipOptimal: boolean;
  /** Meetings the LP chose that could not be given a slot and table, then re-filled greedily. */
  repaired: number;
  /** Empty slots between each participant's first and last meeting, summed, before the compaction step. */
  idleGapsBefore: number;
  /** The same after it (equal to `idleGapsBefore` when the step is off). */
  idleGaps: number;
  compactMs: number;
  solveMs: number;
  colourMs: number;
  totalMs: number;
}

export interface AgendaResult {
  /** Sorted by slot, then table. */
  meetings: ScheduledMeeting[];
  /** Requested pairs (candidate `requested: true`) that got no meeting, each with a reason. */
  unplaced: UnplacedRequest[];
  totalValue: number;
  /** Upper bound on `totalValue` from the slot-free LP relaxation. */
  lpBound: number;
  /** (lpBound − totalValue) / lpBound; 0 when lpBound is 0. */
  gap: number;
  stats: AgendaStats;
}

/** Thrown for input the scheduler cannot honour (bad sizes, conflicting or impossible pins). */
export class AgendaInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AgendaInputError';
  }
}
