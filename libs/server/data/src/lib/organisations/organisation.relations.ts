import { relation } from '../relation';

/** Organisations as other domains may read them: who they are and whether they are verified. */
export const ORGANISATIONS = relation('organisations', [
  'id',
  'type',
  'name',
  'uscc',
  'verified',
  'verified_at',
  'rejected_at',
  'financier_kind',
  'created_at',
  'rejection_reason',
]);
