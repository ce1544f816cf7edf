/**
 * Open data (开放数据): the public feeds under `/api/open-data/…` and their daily dumps. Other
 * systems (a city's government-service portal, a district's data platform, enterprise service
 * platforms) pull them, so these shapes are a published contract: add fields, never rename.
 */
import type { Maturity } from './products';
import type { ScenarioStatus } from './scenarios';

export const OPEN_DATA_DATASETS = ['scenarios', 'batches', 'products', 'awards'] as const;
export type OpenDataDataset = (typeof OPEN_DATA_DATASETS)[number];

export const OPEN_DATA_DATASET_LABELS: Record<OpenDataDataset, string> = {
  scenarios: '应用场景',
  batches: '场景清单（榜单）',
  products: '能力清单产品',
  awards: '揭榜结果',
};

/** Page size of a feed when `limit` is not given, and the largest one allowed. */
export const OPEN_DATA_DEFAULT_LIMIT = 100;
export const OPEN_DATA_MAX_LIMIT = 500;
/** Requests per minute per client address on every open-data endpoint. */
export const OPEN_DATA_RATE_LIMIT_PER_MINUTE = 120;
/** How many daily dumps are kept (older ones are deleted when a new one is written). */
export const OPEN_DATA_DUMPS_KEPT = 7;
/** The licence every dataset is published under. */
export const OPEN_DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' } as const;

/** Scenario states in the scenario feed; they are PUBLIC_SCENARIO_STATUSES (the public list's rule). */
export type OpenScenarioStatus = Extract<ScenarioStatus, 'published' | 'closed' | 'evaluating' | 'awarded' | 'piloting' | 'accepted'>;

export interface OpenDataRef {
  id: string;
  name: string;
}

export interface OpenDataTerm {
  code: string;
  name: string;
}

/**
 * A record that has left the public set since it was published: a scenario cancelled after
 * publication, a product taken off the capability list, an award whose scenario was cancelled.
 * Consumers should delete or hide their copy. It carries no other content.
 */
export interface OpenDataWithdrawal {
  id: string;
  updatedAt: string;
  withdrawn: true;
}

export interface OpenScenario {
  id: string;
  /** When the record last changed (ISO 8601, UTC, microseconds): the feed's order. */
  updatedAt: string;
  withdrawn: false;
  /** 序号 within its batch, when the list numbers its scenarios. */
  seqNo: number | null;
  title: string;
  domain: OpenDataTerm;
  agency: OpenDataRef;
  coAgencies: OpenDataRef[];
  description: string;
  painPoints: string;
  expectedOutcome: string;
  capabilities: OpenDataTerm[];
  /** Application deadline (ISO 8601, Beijing time offset); null when the batch's window applies or none is set. */
  deadline: string | null;
  budgetMin: number | null;
  budgetMax: number | null;
  site: string;
  batch: { id: string; number: number; name: string } | null;
  status: OpenScenarioStatus;
  publishedAt: string | null;
  /** The scenario's page in the portal. */
  url: string;
}

export interface OpenBatch {
  id: string;
  updatedAt: string;
  withdrawn: false;
  number: number;
  name: string;
  issuer: string;
  description: string;
  /** Application window (calendar dates, Beijing time). */
  opensOn: string | null;
  closesOn: string | null;
  status: 'published' | 'closed';
  publishedAt: string | null;
  url: string;
}

export interface OpenProduct {
  id: string;
  updatedAt: string;
  withdrawn: false;
  name: string;
  description: string;
  company: OpenDataRef;
  capabilities: OpenDataTerm[];
  domains: OpenDataTerm[];
  maturity: Maturity;
  deploymentModes: string[];
  cases: string[];
  launchEvent: { id: string; title: string; heldOn: string } | null;
  listedAt: string | null;
  url: string;
}

export interface OpenAwardWinner {
  /** The winning company (lead of a consortium). */
  company: OpenDataRef;
  /** Accepted consortium members, when the bid was a consortium's. */
  members: OpenDataRef[];
  /** The awarded amount (CNY), as published in the public notice (公示). */
  amount: number | null;
}

export interface OpenAward {
  id: string;
  updatedAt: string;
  withdrawn: false;
  scenario: { id: string; title: string; batchId: string | null };
  agency: OpenDataRef;
  winners: OpenAwardWinner[];
  noticeStartsAt: string;
  noticeEndsAt: string;
  confirmedAt: string | null;
  url: string;
}

export type OpenDataRecord<T> = T | OpenDataWithdrawal;

/** One page of a feed, oldest change first. */
export interface OpenDataPage<T> {
  dataset: OpenDataDataset;
  items: Array<OpenDataRecord<T>>;
  /** Pass as `cursor` to get the next page; null when this page reached the end for now. */
  nextCursor: string | null;
  /** Whether more records were already there when this page was read. */
  hasMore: boolean;
  /**
   * Every change before this instant is in the feed (settled): the page holds no record changed
   * later. Keep `nextCursor` (or the last `updatedAt`) and poll again later.
   */
  settledUntil: string;
  licence: typeof OPEN_DATA_LICENCE;
}

export type OpenScenarioPage = OpenDataPage<OpenScenario>;
export type OpenBatchPage = OpenDataPage<OpenBatch>;
export type OpenProductPage = OpenDataPage<OpenProduct>;
export type OpenAwardPage = OpenDataPage<OpenAward>;

export type OpenDataDumpFormat = 'csv' | 'xlsx';

export interface OpenDataDumpFile {
  dataset: OpenDataDataset;
  format: OpenDataDumpFormat;
  filename: string;
  size: number;
  sha256: string;
  rows: number;
  /** Download address (relative to the site). */
  url: string;
}

export interface OpenDataDump {
  id: string;
  /** The day (Beijing time) the dump belongs to. */
  day: string;
  /** Every record changed before this instant is in the dump. */
  asOf: string;
  createdAt: string;
  files: OpenDataDumpFile[];
}

export interface OpenDataDumpList {
  items: OpenDataDump[];
  /** The newest dump, or null when none has been written yet. */
  latest: OpenDataDump | null;
}
