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
export interface OpenDataLicence {
  name: string;
  /** @format uri */
  url: string;
}

/** The licence every dataset is published under. */
export const OPEN_DATA_LICENCE: OpenDataLicence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' };

/** Scenario states in the scenario feed; they are PUBLIC_SCENARIO_STATUSES (the public list's rule). */
export type OpenScenarioStatus = Extract<ScenarioStatus, 'published' | 'closed' | 'evaluating' | 'awarded' | 'piloting' | 'accepted'>;

export interface OpenDataRef {
  /** @format uuid */
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
  /** @format uuid */
  id: string;
  /** @format date-time */
  updatedAt: string;
  withdrawn: true;
}

export interface OpenScenario {
  /** @format uuid */
  id: string;
  /**
   * When the record last changed (ISO 8601, UTC, microseconds): the feed's order.
   * @format date-time
   */
  updatedAt: string;
  withdrawn: false;
  /**
   * 序号 within its batch, when the list numbers its scenarios.
   * @asType integer
   * @nullable
   */
  seqNo: number | null;
  title: string;
  domain: OpenDataTerm;
  agency: OpenDataRef;
  coAgencies: OpenDataRef[];
  description: string;
  painPoints: string;
  expectedOutcome: string;
  capabilities: OpenDataTerm[];
  /**
   * Application deadline (ISO 8601, Beijing time offset); null when the batch's window applies or none is set.
   * @format date-time
   */
  deadline: string | null;
  budgetMin: number | null;
  budgetMax: number | null;
  site: string;
  batch: OpenScenarioBatchRef | null;
  status: OpenScenarioStatus;
  /** @format date-time */
  publishedAt: string | null;
  /**
   * The scenario's page in the portal.
   * @format uri
   */
  url: string;
}

export interface OpenScenarioBatchRef {
  /** @format uuid */
  id: string;
  /** @asType integer */
  number: number;
  name: string;
}

export interface OpenBatch {
  /** @format uuid */
  id: string;
  /** @format date-time */
  updatedAt: string;
  withdrawn: false;
  /** @asType integer */
  number: number;
  name: string;
  issuer: string;
  description: string;
  /**
   * First day of the application window (Beijing time).
   * @format date
   */
  opensOn: string | null;
  /**
   * Last day of the application window (Beijing time).
   * @format date
   */
  closesOn: string | null;
  status: 'published' | 'closed';
  /** @format date-time */
  publishedAt: string | null;
  /** @format uri */
  url: string;
}

export interface OpenProduct {
  /** @format uuid */
  id: string;
  /** @format date-time */
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
  launchEvent: OpenLaunchEventRef | null;
  /** @format date-time */
  listedAt: string | null;
  /** @format uri */
  url: string;
}

export interface OpenLaunchEventRef {
  /** @format uuid */
  id: string;
  title: string;
  /** @format date */
  heldOn: string;
}

export interface OpenAwardWinner {
  /** The winning company (lead of a consortium). */
  company: OpenDataRef;
  /** Accepted consortium members, when the bid was a consortium's. */
  members: OpenDataRef[];
  /** The awarded amount (CNY), as published in the public notice (公示). */
  amount: number | null;
}

export interface OpenAwardScenarioRef {
  /** @format uuid */
  id: string;
  title: string;
  /** @format uuid */
  batchId: string | null;
}

export interface OpenAward {
  /** @format uuid */
  id: string;
  /** @format date-time */
  updatedAt: string;
  withdrawn: false;
  scenario: OpenAwardScenarioRef;
  agency: OpenDataRef;
  winners: OpenAwardWinner[];
  /** @format date-time */
  noticeStartsAt: string;
  /** @format date-time */
  noticeEndsAt: string;
  /** @format date-time */
  confirmedAt: string | null;
  /** @format uri */
  url: string;
}

export type OpenDataRecord<T> = T | OpenDataWithdrawal;

/** What every page of a feed carries besides its records. */
export interface OpenDataPageBase {
  dataset: OpenDataDataset;
  /**
   * Pass as `cursor` to get the next page, or, once `hasMore` is false, later on to get what has
   * changed since. Null only while the query has matched nothing yet (keep `updatedSince` then).
   */
  nextCursor: string | null;
  /** Whether more records were already there when this page was read. */
  hasMore: boolean;
  /**
   * Every change before this instant is in the feed (settled): the page holds no record changed
   * later. Keep `nextCursor` (or the last `updatedAt`) and poll again later.
   * @format date-time
   */
  settledUntil: string;
  licence: OpenDataLicence;
}

/** One page of a feed, oldest change first. */
export interface OpenDataPage<T> extends OpenDataPageBase {
  items: Array<OpenDataRecord<T>>;
}

export interface OpenScenarioPage extends OpenDataPageBase {
  items: Array<OpenScenario | OpenDataWithdrawal>;
}
export interface OpenBatchPage extends OpenDataPageBase {
  items: Array<OpenBatch | OpenDataWithdrawal>;
}
export interface OpenProductPage extends OpenDataPageBase {
  items: Array<OpenProduct | OpenDataWithdrawal>;
}
export interface OpenAwardPage extends OpenDataPageBase {
  items: Array<OpenAward | OpenDataWithdrawal>;
}

export type OpenDataDumpFormat = 'csv' | 'xlsx';

export interface OpenDataDumpFile {
  dataset: OpenDataDataset;
  format: OpenDataDumpFormat;
  filename: string;
  /** @asType integer */
  size: number;
  sha256: string;
  /** @asType integer */
  rows: number;
  /** Download address (relative to the site). */
  url: string;
}

export interface OpenDataDump {
  /** @format uuid */
  id: string;
  /**
   * The day (Beijing time) the dump belongs to.
   * @format date
   */
  day: string;
  /**
   * Every record changed before this instant is in the dump.
   * @format date-time
   */
  asOf: string;
  /** @format date-time */
  createdAt: string;
  files: OpenDataDumpFile[];
}

export interface OpenDataDumpList {
  items: OpenDataDump[];
  /** The newest dump, or null when none has been written yet. */
  latest: OpenDataDump | null;
}
