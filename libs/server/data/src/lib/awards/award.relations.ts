import { relation } from '../relation';

/** Awards (揭榜成功) as other domains may read them: the scenario, its winners and where the notice stands. */
export const AWARDS = relation('awards', [
  'id',
  'scenario_id',
  'application_ids',
  'status',
  'notice_days',
  'notice_starts_at',
  'notice_ends_at',
  'decided_at',
  'created_at',
  'updated_at',
]);
