import { relation } from '../relation';

/** Awards (揭榜结果) as other domains may read them: who won what, and the notice period. */
export const AWARDS = relation('awards', [
  'id',
  'scenario_id',
  'application_ids',
  'status',
  'notice_starts_at',
  'notice_ends_at',
  'decided_at',
  'created_at',
  'updated_at',
]);

/** The members of a consortium (联合体) application. */
export const CONSORTIUM_MEMBERS = relation('consortium_members', ['application_id', 'organisation_id', 'scenario_id', 'status']);
