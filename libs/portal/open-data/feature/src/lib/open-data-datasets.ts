import type { OpenDataDataset } from '@scenematch/contracts';

/** One data set: its feed, what it holds, how withdrawals show, and its fields (names are the API's, meanings catalogue keys). */
export interface DatasetDoc {
  key: OpenDataDataset;
  path: string;
  title: string;
  scope: string;
  withdrawn: string;
  fields: ReadonlyArray<{ name: string; meaning: string }>;
}

/** The fields every data set has. */
const COMMON_FIELDS = [
  { name: 'id', meaning: 'openData.commonFields.id' },
  { name: 'updatedAt', meaning: 'openData.commonFields.updatedAt' },
  { name: 'withdrawn', meaning: 'openData.commonFields.withdrawn' },
];

/** The data sets, their feeds and fields. */
export const DATASETS: readonly DatasetDoc[] = [
  {
    key: 'scenarios',
    path: '/api/open-data/scenarios',
    title: 'openData.datasets.scenarios.title',
    scope: 'openData.datasets.scenarios.scope',
    withdrawn: 'openData.datasets.scenarios.withdrawn',
    fields: [
      ...COMMON_FIELDS,
      { name: 'seqNo', meaning: 'openData.datasets.scenarios.fields.seqNo' },
      { name: 'title', meaning: 'openData.datasets.scenarios.fields.title' },
      { name: 'domain', meaning: 'openData.datasets.scenarios.fields.domain' },
      { name: 'agency / coAgencies', meaning: 'openData.datasets.scenarios.fields.agency_coAgencies' },
      { name: 'description / painPoints / expectedOutcome', meaning: 'openData.datasets.scenarios.fields.description_painPoints_expectedOutcome' },
      { name: 'capabilities', meaning: 'openData.datasets.scenarios.fields.capabilities' },
      { name: 'deadline', meaning: 'openData.datasets.scenarios.fields.deadline' },
      { name: 'budgetMin / budgetMax', meaning: 'openData.datasets.scenarios.fields.budgetMin_budgetMax' },
      { name: 'site', meaning: 'openData.datasets.scenarios.fields.site' },
      { name: 'batch', meaning: 'openData.datasets.scenarios.fields.batch' },
      { name: 'status', meaning: 'openData.datasets.scenarios.fields.status' },
      { name: 'publishedAt / url', meaning: 'openData.datasets.scenarios.fields.publishedAt_url' },
    ],
  },
  {
    key: 'batches',
    path: '/api/open-data/batches',
    title: 'openData.datasets.batches.title',
    scope: 'openData.datasets.batches.scope',
    withdrawn: 'openData.datasets.batches.withdrawn',
    fields: [
      ...COMMON_FIELDS,
      { name: 'number / name / issuer', meaning: 'openData.datasets.batches.fields.number_name_issuer' },
      { name: 'description', meaning: 'openData.datasets.batches.fields.description' },
      { name: 'opensOn / closesOn', meaning: 'openData.datasets.batches.fields.opensOn_closesOn' },
      { name: 'status', meaning: 'openData.datasets.batches.fields.status' },
      { name: 'publishedAt / url', meaning: 'openData.datasets.batches.fields.publishedAt_url' },
    ],
  },
  {
    key: 'products',
    path: '/api/open-data/products',
    title: 'openData.datasets.products.title',
    scope: 'openData.datasets.products.scope',
    withdrawn: 'openData.datasets.products.withdrawn',
    fields: [
      ...COMMON_FIELDS,
      { name: 'name / description', meaning: 'openData.datasets.products.fields.name_description' },
      { name: 'company', meaning: 'openData.datasets.products.fields.company' },
      { name: 'capabilities / domains', meaning: 'openData.datasets.products.fields.capabilities_domains' },
      { name: 'maturity', meaning: 'openData.datasets.products.fields.maturity' },
      { name: 'deploymentModes / cases', meaning: 'openData.datasets.products.fields.deploymentModes_cases' },
      { name: 'launchEvent', meaning: 'openData.datasets.products.fields.launchEvent' },
      { name: 'listedAt / url', meaning: 'openData.datasets.products.fields.listedAt_url' },
    ],
  },
  {
    key: 'awards',
    path: '/api/open-data/awards',
    title: 'openData.datasets.awards.title',
    scope: 'openData.datasets.awards.scope',
    withdrawn: 'openData.datasets.awards.withdrawn',
    fields: [
      ...COMMON_FIELDS,
      { name: 'scenario', meaning: 'openData.datasets.awards.fields.scenario' },
      { name: 'agency', meaning: 'openData.datasets.awards.fields.agency' },
      { name: 'winners', meaning: 'openData.datasets.awards.fields.winners' },
      { name: 'noticeStartsAt / noticeEndsAt', meaning: 'openData.datasets.awards.fields.noticeStartsAt_noticeEndsAt' },
      { name: 'confirmedAt / url', meaning: 'openData.datasets.awards.fields.confirmedAt_url' },
    ],
  },
];

/** Catalogue keys of the data sets' names (the daily files list). */
export const DATASET_KEYS = Object.fromEntries(DATASETS.map((d) => [d.key, d.title])) as Record<OpenDataDataset, string>;
