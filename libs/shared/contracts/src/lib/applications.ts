import type { Page } from './api';
/** Applications (揭榜申报) and their evaluation, shared by the API and the portal. */
export const APPLICATION_STATUSES = ['draft', 'submitted', 'withdrawn', 'shortlisted', 'rejected', 'under_review', 'selected', 'not_selected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  withdrawn: '已撤回',
  shortlisted: '通过形式审查',
  rejected: '未通过形式审查',
  under_review: '专家评审中',
  selected: '拟揭榜',
  not_selected: '未入选',
};

/** A consortium member's answer to the lead company's invitation. */
export type ConsortiumMemberState = 'invited' | 'accepted' | 'declined';

export const CONSORTIUM_MEMBER_STATE_LABELS: Record<ConsortiumMemberState, string> = { invited: '待答复', accepted: '已接受', declined: '已拒绝' };

/** `GET /api/me/consortium-invitations`: a bid this company is named in as a consortium member. */
export interface ConsortiumInvitationView {
  applicationId: string;
  scenario: { id: string; title: string; deadline: string | null };
  lead: { id: string; name: string };
  members: Array<{ id: string; name: string; state: ConsortiumMemberState }>;
  state: ConsortiumMemberState;
  applicationStatus: ApplicationStatus;
  invitedAt: string;
  respondedAt: string | null;
  /** Why this company cannot accept now (§37: it bids on the scenario itself or with another consortium), or null. */
  blockedReason: string | null;
}

/** The bidder's declarations (承诺与声明): a closed set of keys, so nothing else rides along with a bid. */
export interface ApplicationDeclarations {
  /** 承诺所填信息真实有效 — required to submit. */
  truthful?: boolean;
  /** 与发榜单位不存在利益冲突或关联关系. */
  noConflict?: boolean;
  /** 未被列入失信被执行人名单或重大税收违法失信主体名单. */
  noDishonesty?: boolean;
  /** 关联关系说明（如有）, at most DECLARATION_NOTE_MAX characters. */
  relationNote?: string;
}

export const DECLARATION_NOTE_MAX = 500;

export interface ApplicationView {
  id: string;
  scenario: { id: string; title: string; agency: string; deadline: string | null };
  company: { id: string; name: string };
  /** Consortium members with their answer to the invitation (all must accept before submission). */
  members: Array<{ id: string; name: string; state: ConsortiumMemberState }>;
  proposal: string;
  products: Array<{ id: string; name: string }>;
  files: Array<{ id: string; filename: string; size: number; url: string }>;
  quote: number;
  durationDays: number;
  team: string;
  declarations: ApplicationDeclarations;
  status: ApplicationStatus;
  rejectReason: string | null;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * A scenario's bids as staff and the owning agency see them: before the opening (开标) only how
 * many there are and when they open (`sealed`, with no items); after it, the bids.
 */
export interface ScenarioApplicationsPage extends Page<ApplicationView> {
  sealed: { count: number; opensAt: string | null } | null;
}

export interface RubricCriterion {
  code: string;
  name: string;
  weight: number;
}

export const DEFAULT_RUBRIC: RubricCriterion[] = [
  { code: 'solution', name: '技术方案', weight: 40 },
  { code: 'team', name: '团队能力', weight: 20 },
  { code: 'cases', name: '案例经验', weight: 20 },
  { code: 'price', name: '报价', weight: 20 },
];

export interface ExpertScores {
  expertId: string;
  applicationId: string;
  /** criterion code → 0–100 */
  scores: Record<string, number>;
}

/** An expert's weighted total for one application (0–100). */
export function weightedTotal(scores: Record<string, number>, rubric: RubricCriterion[]): number {
  const weight = rubric.reduce((sum, c) => sum + c.weight, 0);
  if (weight <= 0) return 0;
  return rubric.reduce((sum, c) => sum + c.weight * (scores[c.code] ?? 0), 0) / weight;
}

export interface ApplicationAggregate {
  applicationId: string;
  /** Experts who scored it. */
  count: number;
  /** The aggregate: the mean of the experts' totals, trimmed (highest and lowest dropped) from five experts on. */
  score: number;
  trimmed: boolean;
  /** Each expert's total, raw and normalised (their own scale mapped onto the panel's mean and spread). */
  totals: Array<{ expertId: string; total: number; normalised: number; outlier: boolean }>;
}

/** An attachment (PDF) of an application, sealed like the application. */
export type ApplicationFileView = ApplicationView['files'][number];

/** One application on the organiser's evaluation board (`GET /api/scenarios/:id/evaluation`). */
export interface EvaluationRow extends ApplicationAggregate {
  company: string;
  status: ApplicationStatus;
  /** Experts assigned. */
  assigned: number;
  /** Of them, recused for a conflict of interest. */
  recused: number;
  /** e.g. "2/3 已评". */
  progress: string;
}

/** `GET /api/scenarios/:id/evaluation` and the answer to assigning experts. */
export interface EvaluationView {
  scenarioId: string;
  rubric: RubricCriterion[];
  applications: EvaluationRow[];
}

/** One entry of `GET /api/me/reviews`: an application assigned to the calling expert. */
export interface ReviewAssignment {
  applicationId: string;
  scenario: { id: string; title: string };
  company: string;
  recused: boolean;
  recuseReason: string | null;
  reviewed: boolean;
  rubric: RubricCriterion[];
}

/** The answer to `POST /api/applications/:id/reviews`: true when the expert declared a conflict and is recused. */
export interface ReviewResult {
  recused: boolean;
}

/** `GET /api/experts`: an expert account the organiser may assign. */
export interface ExpertOption {
  id: string;
  displayName: string;
  /** The expert's organisation (name). */
  organisation: string;
}

export type NoticeStatus = 'in_notice' | 'confirmed' | 'overturned';

/** A public notice (公示) of a proposed or confirmed award. */
export interface NoticeView {
  id: string;
  scenario: { id: string; title: string; agency: string };
  winners: Array<{ applicationId: string; company: string; quote: number }>;
  status: NoticeStatus;
  /** @format date-time */
  noticeStartsAt: string;
  /** @format date-time */
  noticeEndsAt: string;
  objections: { pending: number; total: number };
}

export type ObjectionStatus = 'pending' | 'upheld' | 'dismissed';

/** An objection (异议) to a proposed award. */
export interface ObjectionView {
  id: string;
  awardId: string;
  /** The objecting organisation (name). */
  organisation: string;
  reason: string;
  status: ObjectionStatus;
  response: string | null;
  /** @format date-time */
  createdAt: string;
}

/** The scenario's stage after `POST /api/scenarios/:id/pilot` or `/accept`. */
export interface ScenarioStageView {
  status: 'piloting' | 'accepted';
}

/** Points an expert's total may stand from the others' median before it is flagged. */
export const OUTLIER_POINTS = 20;

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const sd = (xs: number[]) => {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
};
const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Aggregates expert reviews of one scenario's applications: weighted totals per expert; the
 * application's score is their mean, trimmed of the highest and lowest from five experts on;
 * each expert's totals are normalised (z-score over the applications they scored, mapped onto
 * the panel's mean and spread) so a strict and a lenient expert can be compared; a total more
 * than OUTLIER_POINTS from the median of the other experts' totals is flagged.
 */
export function aggregateReviews(reviews: ExpertScores[], rubric: RubricCriterion[]): ApplicationAggregate[] {
  const totals = reviews.map((r) => ({ ...r, total: weightedTotal(r.scores, rubric) }));
  const all = totals.map((t) => t.total);
  const panelMean = mean(all);
  const panelSd = sd(all);
  const byExpert = new Map<string, number[]>();
  for (const t of totals) byExpert.set(t.expertId, [...(byExpert.get(t.expertId) ?? []), t.total]);
  const normalise = (expertId: string, total: number) => {
    const own = byExpert.get(expertId) ?? [];
    const s = sd(own);
    if (own.length < 2 || s === 0 || panelSd === 0) return total - mean(own) + panelMean;
    return panelMean + ((total - mean(own)) / s) * panelSd;
  };
  const byApplication = new Map<string, typeof totals>();
  for (const t of totals) byApplication.set(t.applicationId, [...(byApplication.get(t.applicationId) ?? []), t]);
  return [...byApplication.entries()].map(([applicationId, list]) => {
    const values = list.map((t) => t.total).sort((a, b) => a - b);
    const trimmed = values.length >= 5;
    const kept = trimmed ? values.slice(1, -1) : values;
    return {
      applicationId,
      count: list.length,
      score: round2(mean(kept)),
      trimmed,
      totals: list.map((t) => {
        const others = list.filter((o) => o !== t).map((o) => o.total);
        return {
          expertId: t.expertId,
          total: round2(t.total),
          normalised: round2(Math.min(100, Math.max(0, normalise(t.expertId, t.total)))),
          outlier: others.length >= 2 && Math.abs(t.total - median(others)) > OUTLIER_POINTS,
        };
      }),
    };
  });
}
