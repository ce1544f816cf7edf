import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scenario lists: numbered batches, scenarios with their lifecycle, visible revisions, and the
 * Chinese search index (character bigrams in a GIN-indexed array: pg_trgm cannot index
 * two-character words, and no Chinese parser is available as a PostgreSQL package here).
 */
export class Scenarios1764000000000 implements MigrationInterface {
  name = 'Scenarios1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scenario_batches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number integer NOT NULL UNIQUE CHECK (number BETWEEN 1 AND 999),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
        issuer text NOT NULL CHECK (length(issuer) BETWEEN 2 AND 100),
        description text NOT NULL DEFAULT '',
        opens_on date,
        closes_on date,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'closed')),
        published_at timestamptz,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (closes_on IS NULL OR opens_on IS NULL OR closes_on >= opens_on)
      )`);

    await q.query(`
      CREATE TABLE scenarios (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        batch_id uuid REFERENCES scenario_batches(id),
        seq_no integer CHECK (seq_no > 0),
        title text NOT NULL CHECK (length(title) BETWEEN 2 AND 100),
        domain_code text NOT NULL REFERENCES domains(code),
        agency_id uuid NOT NULL REFERENCES organisations(id),
        co_agency_ids uuid[] NOT NULL DEFAULT '{}',
        description text NOT NULL DEFAULT '',
        pain_points text NOT NULL DEFAULT '',
        expected_outcome text NOT NULL DEFAULT '',
        capability_codes text[] NOT NULL DEFAULT '{}',
        deadline date,
        budget_min numeric(14, 2) CHECK (budget_min >= 0),
        budget_max numeric(14, 2) CHECK (budget_max >= 0),
        site text NOT NULL DEFAULT '',
        contact_name text NOT NULL DEFAULT '',
        contact_phone text NOT NULL DEFAULT '',
        contact_email text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'draft' CHECK (status IN
          ('draft', 'submitted', 'returned', 'approved', 'published', 'closed', 'evaluating', 'awarded', 'piloting', 'accepted', 'cancelled')),
        return_reason text,
        cancel_reason text,
        version integer NOT NULL DEFAULT 1,
        source text NOT NULL DEFAULT 'portal' CHECK (source IN ('portal', 'import', 'seed')),
        submitted_at timestamptz,
        published_at timestamptz,
        closed_at timestamptz,
        search_text text NOT NULL DEFAULT '',
        search_tokens text[] NOT NULL DEFAULT '{}',
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (budget_min IS NULL OR budget_max IS NULL OR budget_min <= budget_max)
      )`);
    await q.query(`CREATE UNIQUE INDEX scenarios_batch_seq_uq ON scenarios (batch_id, seq_no) WHERE seq_no IS NOT NULL AND status <> 'cancelled'`);
    // One live scenario per unit, title and batch: importing a list twice creates no duplicates.
    await q.query(
      `CREATE UNIQUE INDEX scenarios_natural_uq ON scenarios (agency_id, title, coalesce(batch_id, '00000000-0000-0000-0000-000000000000'::uuid)) WHERE status <> 'cancelled'`,
    );
    await q.query(`CREATE INDEX scenarios_tokens_gin ON scenarios USING gin (search_tokens)`);
    await q.query(`CREATE INDEX scenarios_public_idx ON scenarios (published_at DESC, id) WHERE status IN ('published', 'closed', 'evaluating', 'awarded', 'piloting', 'accepted')`);
    await q.query(`CREATE INDEX scenarios_status_idx ON scenarios (status, updated_at DESC)`);
    await q.query(`CREATE INDEX scenarios_agency_idx ON scenarios (agency_id, updated_at DESC)`);
    await q.query(`CREATE INDEX scenarios_domain_idx ON scenarios (domain_code)`);
    await q.query(`CREATE INDEX scenarios_batch_idx ON scenarios (batch_id, seq_no)`);
    await q.query(`CREATE INDEX scenarios_capabilities_gin ON scenarios USING gin (capability_codes)`);

    // Edits after publication, shown on the scenario page (什么时候改了什么).
    await q.query(`
      CREATE TABLE scenario_revisions (
        id bigserial PRIMARY KEY,
        scenario_id uuid NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        version integer NOT NULL,
        changed_by uuid REFERENCES users(id),
        changed_at timestamptz NOT NULL DEFAULT now(),
        changes jsonb NOT NULL,
        UNIQUE (scenario_id, version)
      )`);

    // Every lifecycle step, with who and when (the audit chain holds the tamper-evident copy).
    await q.query(`
      CREATE TABLE scenario_events (
        id bigserial PRIMARY KEY,
        scenario_id uuid NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        actor_user_id uuid REFERENCES users(id),
        actor_role text,
        reason text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX scenario_events_scenario_idx ON scenario_events (scenario_id, id)`);

    // A version number per data set, bumped by every statement that changes it. Readers that
    // cache (the public scenario search) key their caches on it: a committed change is seen at
    // once by every API process, and an uncommitted one never is (the row lock serialises).
    await q.query(`CREATE TABLE data_versions (name text PRIMARY KEY, version bigint NOT NULL DEFAULT 0)`);
    await q.query(`INSERT INTO data_versions (name) VALUES ('scenarios')`);
    await q.query(`
      CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_versions SET version = version + 1 WHERE name = TG_ARGV[0];
        RETURN NULL;
      END $$`);
    // Scenario views carry unit, domain and capability names: their changes count too.
    for (const table of ['scenarios', 'scenario_batches', 'organisations', 'domains', 'capabilities']) {
      await q.query(
        `CREATE TRIGGER ${table}_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
         FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('scenarios')`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['scenarios', 'scenario_batches', 'organisations', 'domains', 'capabilities']) {
      await q.query(`DROP TRIGGER ${table}_data_version ON ${table}`);
    }
    await q.query(`DROP FUNCTION bump_data_version()`);
    await q.query(`DROP TABLE data_versions`);
    await q.query(`DROP TABLE scenario_events`);
    await q.query(`DROP TABLE scenario_revisions`);
    await q.query(`DROP TABLE scenarios`);
    await q.query(`DROP TABLE scenario_batches`);
  }
}
