import type {
  CompanyTier,
  Maturity,
  ProductStatus,
} from '@scenematch/contracts';

/** Catalogue keys of the product states (the Chinese texts equal PRODUCT_STATUS_LABELS). */
export const PRODUCT_STATUS_KEYS: Record<ProductStatus, string> = {
  draft: 'products.statuses.draft',
  submitted: 'products.statuses.submitted',
  listed: 'products.statuses.listed',
  rejected: 'products.statuses.rejected',
  delisted: 'products.statuses.delisted',
};

/** Catalogue keys of the maturity levels (MATURITY_LABELS). */
export const MATURITY_KEYS: Record<Maturity, string> = {
  prototype: 'products.maturities.prototype',
  pilot: 'products.maturities.pilot',
  scaled: 'products.maturities.scaled',
};

/** Catalogue keys of the company recognitions (COMPANY_TIER_LABELS). */
export const COMPANY_TIER_KEYS: Record<CompanyTier, string> = {
  specialised: 'products.tiers.specialised',
  high_tech: 'products.tiers.high_tech',
  unicorn: 'products.tiers.unicorn',
  listed: 'products.tiers.listed',
};

/** A text lookup (LanguageService.t, or `translator` in specs) for plain functions. */
export type Translate = (
  key: string,
  params?: Record<string, unknown>,
) => string;
