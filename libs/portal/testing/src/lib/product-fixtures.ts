import type { CompanyView, ProductView } from '@scenematch/contracts';

export const PRODUCT_DOMAINS = [
  { code: 'smart-healthcare', name: '智慧医疗', group: '民生', aliases: [] },
  { code: 'smart-manufacturing', name: '智能制造', group: '产业', aliases: [] },
];

export const PRODUCT_CAPABILITIES = [
  { code: 'computer-vision', name: '计算机视觉', synonyms: [] },
  { code: 'industrial-inspection', name: '工业视觉检测', synonyms: [] },
];

export const DEPLOYMENT_MODES = [
  { code: 'on-premise', name: '本地化部署' },
  { code: 'edge', name: '边缘端' },
];

export const CERTIFICATIONS = [
  { code: 'iso-13485', name: 'ISO 13485' },
  { code: 'high-tech-enterprise', name: '国家高新技术企业' },
];

/** A product as the API returns it (the demo enterprise user's company owns it). */
export function productView(overrides: Partial<ProductView> = {}): ProductView {
  return {
    id: 'product-1',
    name: '翡翠视觉巡检平台',
    description: '面向产线的工业视觉缺陷检测平台，支持实时识别与告警。',
    company: { id: 'org-enterprise', name: '深圳鹏知医疗智能科技有限公司', verified: true },
    capabilities: [{ code: 'industrial-inspection', name: '工业视觉检测' }],
    domains: [{ code: 'smart-manufacturing', name: '智能制造' }],
    maturity: 'pilot',
    deploymentModes: [{ code: 'edge', name: '边缘端' }],
    cases: [],
    status: 'draft',
    rejectReason: null,
    launchEvent: null,
    files: [],
    submittedAt: null,
    listedAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function companyView(overrides: Partial<CompanyView> = {}): CompanyView {
  return {
    id: 'org-enterprise',
    name: '深圳鹏知医疗智能科技有限公司',
    uscc: '91440305MA5HA6FX89',
    verified: true,
    introduction: '鹏知医疗专注医学影像人工智能。',
    domains: [{ code: 'smart-healthcare', name: '智慧医疗' }],
    capabilities: [{ code: 'computer-vision', name: '计算机视觉' }],
    district: '南山区',
    foundedYear: 2018,
    headcountBand: '51-200',
    tiers: ['high_tech'],
    certifications: [{ kind: 'ISO 13485', number: 'DEMO-1', validUntil: '2028-12-31' }],
    cases: [{ customer: '某三甲医院', year: 2024, domain: '智慧医疗', summary: '放射科辅助阅片' }],
    website: '',
    contact: { name: '陈晨', phone: '0755-86127301', email: 'chen@example.cn' },
    listedProducts: 2,
    updatedAt: null,
    ...overrides,
  };
}
