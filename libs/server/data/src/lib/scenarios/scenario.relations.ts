import { relation } from '../relation';

/** Scenarios as other domains may read them (the search columns stay with the scenarios). */
export const SCENARIOS = relation('scenarios', [
  'id',
  'batch_id',
  'seq_no',
  'title',
  'domain_code',
  'agency_id',
  'co_agency_ids',
  'description',
  'pain_points',
  'expected_outcome',
  'capability_codes',
  'deadline',
  'budget_min',
  'budget_max',
  'site',
  'status',
  'source',
  'submitted_at',
  'published_at',
  'closed_at',
  'created_by',
  'created_at',
  'updated_at',
  'accepted_at',
  'bids_opened_at',
]);

/** Scenario batches (揭榜挂帅 lists) as other domains may read them. */
export const SCENARIO_BATCHES = relation('scenario_batches', [
  'id',
  'number',
  'name',
  'issuer',
  'opens_on',
  'closes_on',
  'status',
  'published_at',
  'created_at',
  'max_applications_per_company',
  'required_certifications',
  'exclude_previous_winners',
  'rubric',
  'description',
  'updated_at',
]);
