import type { Page } from './api';
import type { DomainCount } from './scenarios';
/** Capability list (能力清单): products, company profiles and launch events, shared with the portal. */
export const PRODUCT_STATUSES = ['draft', 'submitted', 'listed', 'rejected', 'delisted'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export const PRODUCT_STATUS_LABELS: Record<ProductStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  listed: '已入库',
  rejected: '未通过',
  delisted: '已下架',
};

export const MATURITIES = ['prototype', 'pilot', 'scaled'] as const;
export type Maturity = (typeof MATURITIES)[number];
export const MATURITY_LABELS: Record<Maturity, string> = { prototype: '原型验证', pilot: '试点应用', scaled: '规模化应用' };

export const HEADCOUNT_BANDS = ['1-20', '21-50', '51-200', '201-500', '501-1000', '1000+'] as const;
export const COMPANY_TIERS = ['specialised', 'high_tech', 'unicorn', 'listed'] as const;
export type CompanyTier = (typeof COMPANY_TIERS)[number];
export const COMPANY_TIER_LABELS: Record<CompanyTier, string> = {
  specialised: '专精特新',
  high_tech: '高新技术企业',
  unicorn: '独角兽',
  listed: '上市企业',
};

export type ProductAction = 'submit' | 'list' | 'reject' | 'delist';
export const PRODUCT_TRANSITIONS: Record<ProductAction, { from: ProductStatus[]; to: ProductStatus }> = {
  submit: { from: ['draft', 'rejected'], to: 'submitted' },
  list: { from: ['submitted'], to: 'listed' },
  reject: { from: ['submitted'], to: 'rejected' },
  delist: { from: ['listed'], to: 'delisted' },
};

export interface Certification {
  kind: string;
  number: string;
  validUntil: string | null;
}

export interface ReferenceCase {
  customer: string;
  year: number;
  domain: string;
  summary: string;
}

export interface ProductFileView {
  id: string;
  kind: 'image' | 'brochure';
  filename: string;
  mime: string;
  size: number;
  url: string;
}

export interface ProductView {
  id: string;
  name: string;
  description: string;
  company: { id: string; name: string; verified: boolean };
  capabilities: Array<{ code: string; name: string }>;
  domains: Array<{ code: string; name: string }>;
  maturity: Maturity;
  deploymentModes: Array<{ code: string; name: string }>;
  cases: string[];
  status: ProductStatus;
  rejectReason: string | null;
  launchEvent: { id: string; title: string; heldOn: string } | null;
  files: ProductFileView[];
  submittedAt: string | null;
  listedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CompanyView {
  id: string;
  name: string;
  uscc: string | null;
  verified: boolean;
  introduction: string;
  domains: Array<{ code: string; name: string }>;
  capabilities: Array<{ code: string; name: string }>;
  district: string;
  foundedYear: number | null;
  headcountBand: string | null;
  tiers: CompanyTier[];
  certifications: Certification[];
  cases: ReferenceCase[];
  website: string;
  /** Only for signed-in agencies and staff (and the company itself). */
  contact: { name: string; phone: string; email: string } | null;
  listedProducts: number;
  updatedAt: string | null;
}

export interface LaunchEventView {
  id: string;
  title: string;
  heldOn: string;
  venue: string;
  description: string;
  status: 'planned' | 'released';
  releasedAt: string | null;
  productCount: number;
}

/** `POST /api/launch-events/:id/release`: the released event and how many of its products were listed. */
export interface LaunchEventReleaseResult extends LaunchEventView {
  listed: number;
}

/** `GET /api/products`: one page of products; with `facets=true`, the counts per capability and domain for the same filters. */
export interface ProductPage extends Page<ProductView> {
  facets?: { capabilities: DomainCount[]; domains: DomainCount[] };
}
