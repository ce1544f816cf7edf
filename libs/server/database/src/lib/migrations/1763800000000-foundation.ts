import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations, users, refresh tokens, taxonomy, the transactional outbox and the audit chain. */
export class Foundation1763800000000 implements MigrationInterface {
  name = 'Foundation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL CHECK (type IN ('enterprise', 'agency', 'organiser', 'expert_pool')),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
        uscc char(18) UNIQUE,
        verified boolean NOT NULL DEFAULT false,
        verified_at timestamptz,
        verified_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Agencies imported from published lists are known by name only (no USCC yet): one per name.
    await q.query(`CREATE UNIQUE INDEX organisations_agency_name_uq ON organisations (name) WHERE type = 'agency'`);
    await q.query(`CREATE INDEX organisations_type_idx ON organisations (type, name)`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email citext NOT NULL UNIQUE,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('organiser', 'agency', 'enterprise', 'expert', 'admin')),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        failed_logins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_login_at timestamptz,
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX users_organisation_idx ON users (organisation_id)`);

    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        replaced_by uuid,
        ip text,
        user_agent text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id) WHERE revoked_at IS NULL`);
    await q.query(`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`);

    await q.query(`
      CREATE TABLE domains (
        code text PRIMARY KEY,
        name text NOT NULL UNIQUE,
        grp text NOT NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        vocabulary text[] NOT NULL DEFAULT '{}',
        sort integer NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE TABLE capabilities (
        code text PRIMARY KEY,
        name text NOT NULL UNIQUE,
        synonyms text[] NOT NULL DEFAULT '{}',
        keywords text[] NOT NULL DEFAULT '{}',
        sort integer NOT NULL DEFAULT 0
      )`);
    // The whole taxonomy document (scenario kinds, certifications, deployment modes) as loaded,
    // so the matching worker reads exactly what the seeds provided.
    await q.query(`
      CREATE TABLE taxonomy_documents (
        name text PRIMARY KEY,
        body jsonb NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        queue text NOT NULL,
        job text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        enqueued_at timestamptz,
        enqueue_count integer NOT NULL DEFAULT 0,
        check_at timestamptz,
        completed_at timestamptz,
        failed_at timestamptz,
        last_error text
      )`);
    await q.query(
      `CREATE INDEX outbox_pending_idx ON outbox (coalesce(check_at, available_at)) WHERE completed_at IS NULL AND failed_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE outbox_probe (
        probe_id text PRIMARY KEY,
        processed_at timestamptz NOT NULL DEFAULT now(),
        executions integer NOT NULL DEFAULT 1
      )`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        actor_role text,
        actor_organisation_id uuid,
        action text NOT NULL,
        entity_type text,
        entity_id text,
        outcome text NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
        ip text,
        user_agent text,
        request_id text,
        details jsonb NOT NULL DEFAULT '{}',
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL UNIQUE
      )`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, at)`);
    await q.query(`CREATE INDEX audit_log_action_idx ON audit_log (action, at)`);
    // The audit trail is append-only: the application never updates or deletes it.
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('scenematch.audit_maintenance', true) = 'on' THEN
          RETURN COALESCE(NEW, OLD);
        END IF;
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS audit_log`);
    await q.query(`DROP FUNCTION IF EXISTS audit_log_append_only`);
    await q.query(`DROP TABLE IF EXISTS outbox_probe`);
    await q.query(`DROP TABLE IF EXISTS outbox`);
    await q.query(`DROP TABLE IF EXISTS taxonomy_documents`);
    await q.query(`DROP TABLE IF EXISTS capabilities`);
    await q.query(`DROP TABLE IF EXISTS domains`);
    await q.query(`DROP TABLE IF EXISTS refresh_tokens`);
    await q.query(`DROP TABLE IF EXISTS users`);
    await q.query(`DROP TABLE IF EXISTS organisations`);
  }
}
