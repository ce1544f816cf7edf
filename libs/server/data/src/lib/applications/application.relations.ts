import { relation } from '../relation';

/** Applications as other domains may read them: who applied to what, and where it stands. */
export const APPLICATIONS = relation('applications', [
  'id',
  'scenario_id',
  'organisation_id',
  'member_ids',
  'product_ids',
  'status',
  'submitted_at',
  'withdrawn_at',
  'created_at',
  'updated_at',
  'sealed',
  'quote',
]);
