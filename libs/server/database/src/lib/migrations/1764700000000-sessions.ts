import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matchmaking sessions (供需对接会): participants with their capacity and unavailable slots,
 * meeting requests between them, agenda runs (worker jobs with progress) and the meetings of
 * the agenda with their check-in and outcome. The constraints on `session_meetings` hold the
 * agenda's invariants in the database itself: one meeting per participant per slot, one per
 * table per slot, one per pair.
 */
export class Sessions1764700000000 implements MigrationInterface {
  name = 'Sessions1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE matchmaking_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
        description text NOT NULL DEFAULT '',
        venue text NOT NULL DEFAULT '',
        starts_at timestamptz NOT NULL,
        slot_minutes integer NOT NULL CHECK (slot_minutes BETWEEN 5 AND 120),
        slots integer NOT NULL CHECK (slots BETWEEN 1 AND 48),
        tables integer NOT NULL CHECK (tables BETWEEN 1 AND 500),
        breaks jsonb NOT NULL DEFAULT '[]',
        max_companies integer CHECK (max_companies > 0),
        max_agencies integer CHECK (max_agencies > 0),
        status text NOT NULL DEFAULT 'planning'
          CHECK (status IN ('planning', 'open_for_registration', 'scheduled', 'running', 'closed')),
        agenda_published_at timestamptz,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX matchmaking_sessions_starts_idx ON matchmaking_sessions (starts_at DESC)`);

    await q.query(`
      CREATE TABLE session_participants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES matchmaking_sessions(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        kind text NOT NULL CHECK (kind IN ('enterprise', 'agency')),
        scenario_ids uuid[] NOT NULL DEFAULT '{}',
        capacity integer NOT NULL CHECK (capacity BETWEEN 0 AND 48),
        unavailable_slots integer[] NOT NULL DEFAULT '{}',
        contact_name text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'cancelled')),
        checkin_code text NOT NULL UNIQUE,
        checked_in_at timestamptz,
        no_show_at timestamptz,
        registered_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (session_id, organisation_id)
      )`);

    await q.query(`
      CREATE TABLE meeting_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES matchmaking_sessions(id) ON DELETE CASCADE,
        from_organisation_id uuid NOT NULL REFERENCES organisations(id),
        to_organisation_id uuid NOT NULL REFERENCES organisations(id),
        scenario_id uuid REFERENCES scenarios(id),
        message text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn')),
        responded_at timestamptz,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (from_organisation_id <> to_organisation_id)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX meeting_requests_pair_uq ON meeting_requests (session_id, from_organisation_id, to_organisation_id)
        WHERE status IN ('pending', 'accepted')`);
    await q.query(`CREATE INDEX meeting_requests_to_idx ON meeting_requests (session_id, to_organisation_id)`);

    await q.query(`
      CREATE TABLE session_agenda_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES matchmaking_sessions(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'completed', 'failed')),
        progress real NOT NULL DEFAULT 0,
        message text NOT NULL DEFAULT '',
        method text,
        meetings integer,
        total_value double precision,
        lp_bound double precision,
        gap double precision,
        stats jsonb,
        unplaced jsonb NOT NULL DEFAULT '[]',
        error text,
        requested_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX session_agenda_runs_session_idx ON session_agenda_runs (session_id, created_at DESC)`);
    // One run at a time per session.
    await q.query(`CREATE UNIQUE INDEX session_agenda_runs_live_uq ON session_agenda_runs (session_id) WHERE status IN ('queued', 'running')`);

    await q.query(`
      CREATE TABLE session_meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES matchmaking_sessions(id) ON DELETE CASCADE,
        run_id uuid REFERENCES session_agenda_runs(id) ON DELETE SET NULL,
        slot integer NOT NULL CHECK (slot >= 0),
        table_no integer NOT NULL CHECK (table_no >= 0),
        enterprise_id uuid NOT NULL REFERENCES organisations(id),
        agency_id uuid NOT NULL REFERENCES organisations(id),
        scenario_id uuid REFERENCES scenarios(id),
        value double precision NOT NULL DEFAULT 0,
        score integer,
        requested boolean NOT NULL DEFAULT false,
        mutual boolean NOT NULL DEFAULT false,
        pinned boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
        cancel_reason text,
        outcome text CHECK (outcome IN ('intent', 'signed', 'follow_up', 'none')),
        outcome_note text NOT NULL DEFAULT '',
        outcome_by uuid REFERENCES users(id),
        outcome_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX session_meetings_table_uq ON session_meetings (session_id, slot, table_no) WHERE status = 'scheduled'`);
    await q.query(`CREATE UNIQUE INDEX session_meetings_enterprise_uq ON session_meetings (session_id, slot, enterprise_id) WHERE status = 'scheduled'`);
    await q.query(`CREATE UNIQUE INDEX session_meetings_agency_uq ON session_meetings (session_id, slot, agency_id) WHERE status = 'scheduled'`);
    await q.query(`CREATE UNIQUE INDEX session_meetings_pair_uq ON session_meetings (session_id, enterprise_id, agency_id) WHERE status = 'scheduled'`);
    await q.query(`CREATE INDEX session_meetings_enterprise_idx ON session_meetings (enterprise_id)`);
    await q.query(`CREATE INDEX session_meetings_agency_idx ON session_meetings (agency_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE session_meetings`);
    await q.query(`DROP TABLE session_agenda_runs`);
    await q.query(`DROP TABLE meeting_requests`);
    await q.query(`DROP TABLE session_participants`);
    await q.query(`DROP TABLE matchmaking_sessions`);
  }
}
