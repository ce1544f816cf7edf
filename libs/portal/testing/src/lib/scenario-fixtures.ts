import type { ScenarioBatchView, ScenarioView } from '@scenematch/contracts';

/** A scenario as the API returns it. */
export function scenarioView(
  overrides: Partial<ScenarioView> = {},
): ScenarioView {
  return {
    id: 'scenario-1',
    seqNo: null,
    title: '病房夜间巡检机器人',
    domain: { code: 'smart-healthcare', name: '智慧医疗' },
    agency: { id: 'org-agency', name: '市卫生健康委' },
    coAgencies: [],
    description: '',
    painPoints: '',
    expectedOutcome: '',
    capabilities: [],
    deadline: null,
    bidsOpenedAt: null,
    budgetMin: null,
    budgetMax: null,
    site: '',
    contact: { name: '', phone: '', email: '' },
    batch: null,
    status: 'draft',
    returnReason: null,
    version: 1,
    source: 'portal',
    submittedAt: null,
    publishedAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function batchView(
  overrides: Partial<ScenarioBatchView> = {},
): ScenarioBatchView {
  return {
    id: 'batch-1',
    number: 1,
    name: '“城市+AI”应用场景清单（第一批）',
    issuer: '区人工智能创新服务中心',
    description: '',
    opensOn: null,
    closesOn: null,
    status: 'published',
    publishedAt: '2026-01-01T00:00:00.000Z',
    scenarioCount: 25,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export const DOMAINS = [
  { code: 'smart-healthcare', name: '智慧医疗', group: '民生', aliases: [] },
  { code: 'urban-governance', name: '城市治理', group: '治理', aliases: [] },
];

export const CAPABILITIES = [
  { code: 'computer-vision', name: '计算机视觉', synonyms: [] },
  { code: 'service-robot', name: '服务机器人', synonyms: [] },
];
