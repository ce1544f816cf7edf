import { relation } from '../relation';

/** Matchmaking sessions (对接会) as other domains may read them. */
export const MATCHMAKING_SESSIONS = relation('matchmaking_sessions', [
  'id',
  'title',
  'venue',
  'starts_at',
  'status',
  'created_at',
  'updated_at',
]);

/** Who takes part in a session: no contact details. */
export const SESSION_PARTICIPANTS = relation('session_participants', [
  'id',
  'session_id',
  'organisation_id',
  'kind',
  'status',
  'checked_in_at',
]);

/** The meetings of a session and their outcome (without the note). */
export const SESSION_MEETINGS = relation('session_meetings', [
  'id',
  'session_id',
  'enterprise_id',
  'agency_id',
  'scenario_id',
  'status',
  'outcome',
]);
