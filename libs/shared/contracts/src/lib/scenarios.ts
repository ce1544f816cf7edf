import type { Page } from './api';
/**
 * Scenario lifecycle (DESIGN.md), shared by the API and the portal. `approved` is the one state
 * DESIGN.md does not name: a scenario the organiser accepted into a batch that is not released
 * yet; releasing the batch publishes all its approved scenarios together.
 */
export const SCENARIO_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'published',
  'closed',
  'evaluating',
  'awarded',
  'piloting',
  'accepted',
  'cancelled',
] as const;
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];

export const SCENARIO_STATUS_LABELS: Record<ScenarioStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  returned: '已退回',
  approved: '已通过待发布',
  published: '揭榜中',
  closed: '已截止',
  evaluating: '评审中',
  awarded: '已揭榜',
  piloting: '试点中',
  accepted: '已验收',
  cancelled: '已撤销',
};

/** States anyone may see (the public list). */
export const PUBLIC_SCENARIO_STATUSES: ScenarioStatus[] = ['published', 'closed', 'evaluating', 'awarded', 'piloting', 'accepted'];

/** States the owning agency may still edit freely; edits in public states become revisions. */
export const EDITABLE_SCENARIO_STATUSES: ScenarioStatus[] = ['draft', 'returned'];
export const REVISABLE_SCENARIO_STATUSES: ScenarioStatus[] = ['approved', 'published'];

export type ScenarioAction = 'submit' | 'approve' | 'publish' | 'return' | 'close' | 'cancel';

/** Which action leads from which states (the target depends on the batch for `publish`). */
export const SCENARIO_TRANSITIONS: Record<ScenarioAction, { from: ScenarioStatus[]; to: ScenarioStatus }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  publish: { from: ['submitted', 'approved'], to: 'published' },
  return: { from: ['submitted', 'approved'], to: 'returned' },
  close: { from: ['published'], to: 'closed' },
  cancel: { from: ['draft', 'submitted', 'returned', 'approved', 'published', 'closed', 'evaluating'], to: 'cancelled' },
};

export function canTransition(action: ScenarioAction, from: ScenarioStatus): boolean {
  return SCENARIO_TRANSITIONS[action].from.includes(from);
}

export interface ScenarioBatchView {
  id: string;
  number: number;
  name: string;
  issuer: string;
  description: string;
  opensOn: string | null;
  closesOn: string | null;
  status: 'draft' | 'published' | 'closed';
  publishedAt: string | null;
  scenarioCount: number;
  createdAt: string;
}

/** `POST /api/batches/:id/publish`: the released batch and how many of its approved scenarios were published. */
export interface BatchPublishResult extends ScenarioBatchView {
  published: number;
}

/** `POST /api/batches/:id/close`: the closed batch and how many of its published scenarios closed. */
export interface BatchCloseResult extends ScenarioBatchView {
  closed: number;
}

export interface ScenarioView {
  id: string;
  seqNo: number | null;
  title: string;
  domain: { code: string; name: string };
  agency: { id: string; name: string };
  coAgencies: Array<{ id: string; name: string }>;
  description: string;
  painPoints: string;
  expectedOutcome: string;
  capabilities: Array<{ code: string; name: string }>;
  /** 截止时间: ISO date-time with the Beijing offset (`2026-12-20T17:00:00+08:00`); the bids open then. */
  deadline: string | null;
  /** When the bids were opened (开标); null while they are sealed. */
  bidsOpenedAt: string | null;
  budgetMin: number | null;
  budgetMax: number | null;
  site: string;
  contact: { name: string; phone: string; email: string } | null;
  batch: { id: string; number: number; name: string; status: 'draft' | 'published' | 'closed' } | null;
  status: ScenarioStatus;
  returnReason: string | null;
  version: number;
  source: 'portal' | 'import' | 'seed';
  submittedAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ScenarioRevisionView {
  version: number;
  changedAt: string;
  changedBy: string | null;
  changes: Record<string, { from: unknown; to: unknown }>;
}

export interface ScenarioEventView {
  from: ScenarioStatus | null;
  to: ScenarioStatus;
  actorRole: string | null;
  reason: string | null;
  at: string;
}

export interface DomainCount {
  code: string;
  name: string;
  count: number;
}

/** `GET /api/scenarios`: one page of scenarios; with `facets=true`, the counts per domain for the same filters. */
export interface ScenarioPage extends Page<ScenarioView> {
  facets?: { domains: DomainCount[] };
}

export interface ImportRowResult {
  row: number;
  seqNo: number | null;
  title: string;
  outcome: 'created' | 'duplicate' | 'error';
  errors: string[];
  agency?: string;
  newAgency?: boolean;
}

export interface ImportReport {
  dryRun: boolean;
  batch: { id: string; number: number; name: string };
  rows: number;
  created: number;
  duplicates: number;
  errors: number;
  newAgencies: string[];
  results: ImportRowResult[];
}

/** The columns of an imported or exported list, in order (DESIGN.md). */
export const SCENARIO_LIST_COLUMNS = ['序号', '应用领域', '场景名称', '责任单位', '场景描述', '截止日期', '能力需求', '预算'] as const;

/** Splits a 责任单位 cell naming several units ("市住房建设局 市工业和信息化局"): the first leads. */
export function responsibleUnits(cell: string): string[] {
  return [...new Set((cell ?? '').split(/[\s、，,；;/]+/).map((u) => u.trim()).filter(Boolean))];
}
