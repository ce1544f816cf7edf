import type { ApplicationStatus } from '@scenematch/contracts';

/**
 * The rules of an application, as pure functions: the service gathers the facts (one query
 * each) and asks these. Unit-tested without a database (application-rules.spec.ts).
 */

/** Bidding has closed: the deadline (a point in time) has come, or the scenario stopped taking bids. */
export function biddingClosed(deadlineAt: Date | null, scenarioStatus: string, now = new Date()): boolean {
  if (scenarioStatus !== 'published') return true;
  return deadlineAt !== null && now.getTime() >= deadlineAt.getTime();
}

/** What decides whether a scenario takes a bid (or a change to one) now. */
export interface BiddingWindow {
  status: string;
  deadlineAt: Date | null;
  opened: boolean;
  /** The batch's first day (YYYY-MM-DD, Beijing), if it has one. */
  opensOn: string | null;
}

/** Why a scenario takes no bid now, or null when it does. */
export type BiddingRefusal = 'not_published' | 'deadline_passed' | 'opened' | 'not_yet_open';

/** Bids are taken until the deadline: at the deadline's very second, and after it, they are refused. */
export function biddingRefusal(window: BiddingWindow, today: string, now = new Date()): BiddingRefusal | null {
  if (window.status !== 'published') return 'not_published';
  if (biddingClosed(window.deadlineAt, window.status, now)) return 'deadline_passed';
  if (window.opened) return 'opened';
  if (window.opensOn && today < window.opensOn) return 'not_yet_open';
  return null;
}

/** What a company does to its application, and the statuses each is allowed from. */
export type ApplicationAction = 'edit' | 'submit' | 'withdraw' | 'formCheck';

const ALLOWED_FROM: Readonly<Record<ApplicationAction, readonly ApplicationStatus[]>> = {
  // draft → submitted → (shortlisted | rejected) → under_review → (selected | not_selected); draft/submitted → withdrawn
  edit: ['draft', 'submitted'],
  submit: ['draft'],
  withdraw: ['draft', 'submitted'],
  formCheck: ['submitted'],
};

/** Whether the action is allowed from the application's status. */
export function mayMove(action: ApplicationAction, status: ApplicationStatus): boolean {
  return ALLOWED_FROM[action].includes(status);
}

/** A batch's eligibility rules (申报条件), as the batch sets them. */
export interface EligibilityRules {
  batchId: string | null;
  maxApplicationsPerCompany: number | null;
  requiredCertifications: string[] | null;
  excludePreviousWinners: boolean | null;
}

/** What is known of the company (only what the rules ask for is looked up). */
export interface EligibilityFacts {
  /** Its other applications in the batch that count (not drafts, not withdrawn). */
  otherApplicationsInBatch?: number;
  /** The kinds of certification it holds, valid today. */
  validCertifications?: ReadonlySet<string>;
  /** How many of its applications were selected before. */
  previousWins?: number;
}

/** Which facts the rules need looked up. */
export function factsNeeded(rules: EligibilityRules): { batchCount: boolean; certifications: boolean; previousWins: boolean } {
  return {
    batchCount: !!rules.batchId && !!rules.maxApplicationsPerCompany,
    certifications: !!rules.requiredCertifications?.length,
    previousWins: !!rules.excludePreviousWinners,
  };
}

/** Each rule the company fails, with its reason (empty: eligible). */
export function eligibilityProblems(rules: EligibilityRules, facts: EligibilityFacts): string[] {
  const needed = factsNeeded(rules);
  const problems: string[] = [];
  if (needed.batchCount && (facts.otherApplicationsInBatch ?? 0) >= (rules.maxApplicationsPerCompany as number)) {
    problems.push(`本批次每家企业最多申报 ${rules.maxApplicationsPerCompany} 个场景`);
  }
  if (needed.certifications) {
    const held = facts.validCertifications ?? new Set<string>();
    for (const required of rules.requiredCertifications as string[]) if (!held.has(required)) problems.push(`缺少本批次要求的资质：${required}`);
  }
  if (needed.previousWins && (facts.previousWins ?? 0) > 0) problems.push('本批次不接受此前已揭榜成功的企业申报');
  return problems;
}
