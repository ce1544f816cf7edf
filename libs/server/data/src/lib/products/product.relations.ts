import { relation } from '../relation';

/** Products of the capability list as other domains may read them. */
export const PRODUCTS = relation('products', [
  'id',
  'organisation_id',
  'name',
  'description',
  'capability_codes',
  'domain_codes',
  'maturity',
  'deployment_modes',
  'cases',
  'status',
  'submitted_at',
  'listed_at',
  'created_at',
  'updated_at',
  'launch_event_id',
]);

/** Company profiles as other domains may read them. */
export const COMPANY_PROFILES = relation('company_profiles', [
  'organisation_id',
  'introduction',
  'domain_codes',
  'capability_codes',
  'district',
  'founded_year',
  'headcount_band',
  'tiers',
  'certifications',
  'cases',
  'website',
  'updated_at',
  'contact_name',
  'contact_phone',
  'contact_email',
]);
