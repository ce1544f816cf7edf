/**
 * Which domain owns each table: the domain's library (`libs/server/<domain>`) and its folder in
 * this library (`src/lib/<domain>/`) are the only code whose SQL names the table. Every table the
 * migrations create is listed (the ownership test checks it).
 */
export const TABLE_OWNERS = {
  // accounts, sign-in and identities
  users: 'auth',
  refresh_tokens: 'auth',
  mfa_recovery_codes: 'auth',
  password_history: 'auth',
  user_identities: 'auth',
  sso_link_requests: 'auth',
  organisations: 'organisations',
  // scenarios and their batches (揭榜挂帅 lists)
  scenarios: 'scenarios',
  scenario_batches: 'scenarios',
  scenario_events: 'scenarios',
  scenario_revisions: 'scenarios',
  scenario_search_terms: 'scenarios',
  scenario_search_term_domains: 'scenarios',
  // the capability list
  products: 'products',
  product_files: 'products',
  product_events: 'products',
  company_profiles: 'products',
  launch_events: 'products',
  // a company as matching reads it, kept by the capability list from its products and profile
  enterprise_match_profiles: 'products',
  // applications, their sealed files and consortia
  applications: 'applications',
  application_files: 'applications',
  application_events: 'applications',
  consortium_members: 'applications',
  scenario_data_keys: 'applications',
  // expert review of applications
  reviews: 'reviews',
  review_assignments: 'reviews',
  // awards, their public notice and objections
  awards: 'awards',
  award_objections: 'awards',
  // matching
  match_results: 'matching',
  matching_rebuilds: 'matching',
  matching_rebuild_floors: 'matching',
  match_dismissals: 'matching',
  match_invitations: 'matching',
  // the taxonomy
  capabilities: 'taxonomy',
  domains: 'taxonomy',
  taxonomy_documents: 'taxonomy',
  // matchmaking sessions
  matchmaking_sessions: 'sessions',
  meeting_requests: 'sessions',
  session_agenda_runs: 'sessions',
  session_follow_ups: 'sessions',
  session_meeting_reminders: 'sessions',
  session_meetings: 'sessions',
  session_participants: 'sessions',
  calendar_feeds: 'sessions',
  // notifications
  notifications: 'notifications',
  notification_digests: 'notifications',
  notification_preferences: 'notifications',
  notification_reminders: 'notifications',
  notification_runs: 'notifications',
  match_notices: 'notifications',
  // the audit trail, the outbox, open data, cache versions
  audit_log: 'audit',
  audit_chain_head: 'audit',
  outbox: 'queue',
  outbox_probe: 'queue',
  open_data_dumps: 'open-data',
  data_versions: 'database',
} as const satisfies Record<string, string>;

export type OwnedTable = keyof typeof TABLE_OWNERS;
export type Domain = (typeof TABLE_OWNERS)[OwnedTable];
