import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hardens the append-only audit trail (等保 三级 安全审计):
 * - TRUNCATE is refused as well as UPDATE and DELETE;
 * - even with `scenematch.audit_maintenance = 'on'`, records younger than the retention period
 *   (180 days) cannot be deleted;
 * - a one-row anchor holds the id and hash of the newest record, kept by a trigger in the same
 *   transaction as every append, so that deleting the newest records (which leaves the chain
 *   itself intact) is still detected by GET /api/audit/verify. The anchor refuses direct writes.
 */
export class AuditGuard1764900000000 implements MigrationInterface {
  name = 'AuditGuard1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          RAISE EXCEPTION 'audit_log is append-only: TRUNCATE is refused';
        END IF;
        IF current_setting('scenematch.audit_maintenance', true) = 'on' THEN
          IF TG_OP = 'DELETE' AND OLD.at > now() - interval '180 days' THEN
            RAISE EXCEPTION 'audit_log keeps records for at least 180 days (record % is younger)', OLD.id;
          END IF;
          RETURN COALESCE(NEW, OLD);
        END IF;
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    // Finding the records of one request (investigations; the refused-request hook).
    await q.query(`CREATE INDEX audit_log_request_idx ON audit_log (request_id)`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);

    await q.query(`
      CREATE TABLE audit_chain_head (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        last_id bigint NOT NULL,
        last_hash char(64) NOT NULL,
        records bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      INSERT INTO audit_chain_head (last_id, last_hash, records)
      SELECT coalesce(max(id), 0), coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), repeat('0', 64)), count(*)
        FROM audit_log`);
    await q.query(`
      CREATE FUNCTION audit_chain_advance() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE audit_chain_head SET last_id = NEW.id, last_hash = NEW.hash, records = records + 1, updated_at = now();
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_advance_head AFTER INSERT ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_chain_advance()`);
    // Only the append trigger (nested, depth 2) may move the anchor.
    await q.query(`
      CREATE FUNCTION audit_chain_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF pg_trigger_depth() > 1 OR current_setting('scenematch.audit_maintenance', true) = 'on' THEN
          RETURN COALESCE(NEW, OLD);
        END IF;
        RAISE EXCEPTION 'audit_chain_head is maintained by the audit_log trigger only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_chain_head_guard BEFORE UPDATE OR DELETE ON audit_chain_head
      FOR EACH ROW EXECUTE FUNCTION audit_chain_head_guard()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS audit_chain_head`);
    await q.query(`DROP FUNCTION IF EXISTS audit_chain_head_guard`);
    await q.query(`DROP TRIGGER IF EXISTS audit_log_advance_head ON audit_log`);
    await q.query(`DROP FUNCTION IF EXISTS audit_chain_advance`);
    await q.query(`DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log`);
    await q.query(`DROP INDEX IF EXISTS audit_log_request_idx`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('scenematch.audit_maintenance', true) = 'on' THEN
          RETURN COALESCE(NEW, OLD);
        END IF;
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
  }
}
