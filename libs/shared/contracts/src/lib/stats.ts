/** Figures (数据统计): the shapes of /api/stats/* as the API answers and the portal reads them. */

/** Default of `minMatches`: an open scenario is covered when it has at least this many strong matches. */
export const STATS_DEFAULT_MIN_MATCHES = 3;
/** Default of `strongScore`: a match of at least this score (0–100) counts as strong. */
export const STATS_DEFAULT_STRONG_SCORE = 70;
/** Batch health flags a scenario with at most this many days left… */
export const BATCH_HEALTH_DAYS = 7;
/** …and fewer than this many submitted applications. */
export const BATCH_HEALTH_MIN_APPLICATIONS = 2;

export interface StatsCount {
  key: string;
  label: string;
  count: number;
}

export interface StatsMonth {
  /** `YYYY-MM`, China time. */
  month: string;
  scenariosPublished: number;
  applicationsSubmitted: number;
  awardsConfirmed: number;
  meetingsHeld: number;
}

export interface StatsFunnelStep {
  key: 'published' | 'applied' | 'awarded' | 'accepted';
  label: string;
  count: number;
}

/**
 * `GET /api/stats/overview`. The period is inclusive, in China time. `batchId` and `domain`
 * narrow everything that belongs to a scenario (scenarios, applications, awards, coverage,
 * meetings about a scenario); sessions and participants are narrowed by the period only.
 */
export interface StatsOverview {
  filters: { from: string; to: string; batchId: string | null; domain: string | null; minMatches: number; strongScore: number };
  scenarios: {
    /** Scenarios published in the period. */
    published: number;
    byDomain: StatsCount[];
    /** Current status of the scenarios published in the period. */
    byStatus: StatsCount[];
    /** `key` is the batch id, or `none` for scenarios outside any batch. */
    byBatch: StatsCount[];
  };
  applications: {
    /** Submitted in the period and not withdrawn. */
    submitted: number;
    /** Of those, passed the form check (shortlisted or further). */
    shortlisted: number;
    withdrawn: number;
  };
  awards: {
    /** Proposed in the period (whatever became of them). */
    proposed: number;
    /** Of those, still in public notice (公示). */
    inNotice: number;
    /** Confirmed in the period. */
    confirmed: number;
    overturned: number;
  };
  /** Scenarios whose pilot started in the period. */
  pilots: number;
  /** Scenarios accepted (验收) in the period. */
  acceptances: number;
  /** Of the scenarios published in the period: how many got applications, an award, an acceptance. */
  funnel: StatsFunnelStep[];
  coverage: {
    /** Open scenarios now (published, deadline not passed), whatever the period. */
    open: number;
    /** Of those, with at least `minMatches` matches scoring `strongScore` or more. */
    covered: number;
    /** covered / open, 0–1 (0 when nothing is open). */
    ratio: number;
  };
  sessions: {
    /** Sessions starting in the period. */
    total: number;
    /** Of those, running or closed. */
    held: number;
    participants: { total: number; enterprises: number; agencies: number; checkedIn: number };
    /** Scheduled (not cancelled) meetings of held sessions. */
    meetingsHeld: number;
    /** Meetings held by outcome; `pending` is one not recorded yet. */
    outcomes: StatsCount[];
    /** Follow-up answers given in the period (months after a session): signed / pilot / financing / none. */
    followUps: StatsCount[];
  };
  served: {
    /** Distinct companies that applied, met in a session or were strongly matched. */
    companies: number;
    companiesViaApplications: number;
    companiesViaMeetings: number;
    companiesViaMatches: number;
    /** Distinct units whose scenarios got applications or strong matches, or that met in a session. */
    agencies: number;
  };
  months: StatsMonth[];
}

/** `GET /api/stats/public`: home-page figures, nothing sensitive. */
export interface PublicStats {
  publishedScenarios: number;
  listedProducts: number;
  companies: number;
  /** Domains with at least one public scenario. */
  domains: number;
  /** Every domain of the taxonomy (the home page's domain list). */
  domainsTotal: number;
  /** Sessions that have run (running or closed). */
  sessionsHeld: number;
  /** Sessions the public list shows: open for registration, scheduled, running or closed. */
  sessionsListed: number;
}

export interface BatchHealthSuggestion {
  organisationId: string;
  name: string;
  score: number;
}

export interface BatchHealthScenario {
  id: string;
  title: string;
  seqNo: number | null;
  domain: string;
  agency: string;
  deadline: string | null;
  /** Days until the deadline (0 = today), `null` without a deadline. */
  daysLeft: number | null;
  applications: number;
  flagged: boolean;
  /** Best-matching companies that have not applied, highest score first (at most 5). */
  suggestions: BatchHealthSuggestion[];
}

export interface CapabilityGap {
  code: string;
  name: string;
  /** Open scenarios asking for it. */
  scenarios: number;
}

/** `GET /api/stats/batch-health`. */
export interface BatchHealth {
  batch: { id: string; number: number; name: string } | null;
  open: number;
  flagged: number;
  /** Open scenarios, flagged first, then by days left. */
  scenarios: BatchHealthScenario[];
  /** Capabilities open scenarios ask for that no listed product offers, most asked first. */
  capabilityGaps: CapabilityGap[];
}

/** `2025Q3` → its first and last day; `null` when malformed. */
export function quarterRange(quarter: string): { from: string; to: string } | null {
  const m = /^(\d{4})Q([1-4])$/.exec(quarter);
  if (!m) return null;
  const year = Number(m[1]);
  const q = Number(m[2]);
  if (year < 2000 || year > 2100) return null;
  const startMonth = (q - 1) * 3 + 1;
  const end = new Date(Date.UTC(year, startMonth + 2, 0));
  return { from: `${year}-${String(startMonth).padStart(2, '0')}-01`, to: end.toISOString().slice(0, 10) };
}
