import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions as participants expect them: calendars (a private subscription URL per user, stored
 * hashed), online and hybrid sessions (a link per session, per table or per meeting), meeting
 * reminders and the follow-up asked months after the day. Additive only.
 *
 * `calendar_sequence` feeds an event's SEQUENCE: triggers bump it whenever what a calendar shows
 * changes (time, place, link, cancellation), whichever code path made the change.
 */
export class SessionCalendars1766150000000 implements MigrationInterface {
  name = 'SessionCalendars1766150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE matchmaking_sessions
        ADD COLUMN mode text NOT NULL DEFAULT 'onsite' CHECK (mode IN ('onsite', 'online', 'hybrid')),
        ADD COLUMN online_link text NOT NULL DEFAULT '',
        ADD COLUMN table_links jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN follow_up_after_days integer NOT NULL DEFAULT 182 CHECK (follow_up_after_days BETWEEN 1 AND 1000),
        ADD COLUMN calendar_sequence integer NOT NULL DEFAULT 0`);
    await q.query(`
      ALTER TABLE session_meetings
        ADD COLUMN online boolean NOT NULL DEFAULT false,
        ADD COLUMN online_link text NOT NULL DEFAULT '',
        ADD COLUMN calendar_sequence integer NOT NULL DEFAULT 0`);

    await q.query(`
      CREATE FUNCTION session_calendar_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.calendar_sequence := OLD.calendar_sequence + 1;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER matchmaking_sessions_calendar_bump BEFORE UPDATE ON matchmaking_sessions FOR EACH ROW
        WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.venue IS DISTINCT FROM NEW.venue OR OLD.starts_at IS DISTINCT FROM NEW.starts_at
              OR OLD.slot_minutes IS DISTINCT FROM NEW.slot_minutes OR OLD.breaks IS DISTINCT FROM NEW.breaks OR OLD.mode IS DISTINCT FROM NEW.mode
              OR OLD.online_link IS DISTINCT FROM NEW.online_link OR OLD.table_links IS DISTINCT FROM NEW.table_links)
        EXECUTE FUNCTION session_calendar_bump()`);
    await q.query(`
      CREATE TRIGGER session_meetings_calendar_bump BEFORE UPDATE ON session_meetings FOR EACH ROW
        WHEN (OLD.slot IS DISTINCT FROM NEW.slot OR OLD.table_no IS DISTINCT FROM NEW.table_no OR OLD.status IS DISTINCT FROM NEW.status
              OR OLD.online IS DISTINCT FROM NEW.online OR OLD.online_link IS DISTINCT FROM NEW.online_link)
        EXECUTE FUNCTION session_calendar_bump()`);

    // One live subscription secret per user; only its SHA-256 is kept. Renewing revokes the old row.
    await q.query(`
      CREATE TABLE calendar_feeds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisations(id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX calendar_feeds_live_uq ON calendar_feeds (user_id) WHERE revoked_at IS NULL`);

    // Once per meeting, side and kind (the day before, the hour before).
    await q.query(`
      CREATE TABLE session_meeting_reminders (
        meeting_id uuid NOT NULL REFERENCES session_meetings(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        kind text NOT NULL CHECK (kind IN ('day_before', 'hour_before')),
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meeting_id, organisation_id, kind)
      )`);

    // The question asked of each side of a held meeting, months later, and its answer.
    await q.query(`
      CREATE TABLE session_follow_ups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES matchmaking_sessions(id) ON DELETE CASCADE,
        meeting_id uuid NOT NULL REFERENCES session_meetings(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        asked_at timestamptz NOT NULL DEFAULT now(),
        answer text CHECK (answer IN ('signed', 'pilot', 'financing', 'none')),
        note text NOT NULL DEFAULT '',
        answered_at timestamptz,
        answered_by uuid REFERENCES users(id),
        UNIQUE (meeting_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX session_follow_ups_session_idx ON session_follow_ups (session_id)`);
    await q.query(`CREATE INDEX session_follow_ups_answered_idx ON session_follow_ups (answered_at) WHERE answer IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE session_follow_ups`);
    await q.query(`DROP TABLE session_meeting_reminders`);
    await q.query(`DROP TABLE calendar_feeds`);
    await q.query(`DROP TRIGGER session_meetings_calendar_bump ON session_meetings`);
    await q.query(`DROP TRIGGER matchmaking_sessions_calendar_bump ON matchmaking_sessions`);
    await q.query(`DROP FUNCTION session_calendar_bump()`);
    await q.query(`ALTER TABLE session_meetings DROP COLUMN calendar_sequence, DROP COLUMN online_link, DROP COLUMN online`);
    await q.query(`ALTER TABLE matchmaking_sessions DROP COLUMN calendar_sequence, DROP COLUMN follow_up_after_days, DROP COLUMN table_links, DROP COLUMN online_link, DROP COLUMN mode`);
  }
}
