import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows the open-data feeds page through by (updated_at, id). */
const FEED_TABLES = ['scenarios', 'scenario_batches', 'products', 'awards'];

/**
 * Open data (开放数据): feeds that other systems page through by `updatedSince` and a
 * (updated_at, id) cursor, and the daily dumps.
 *
 * - `updated_at` must move on every change a consumer would see, whoever makes it (TypeORM's
 *   save, raw SQL in the award and batch flows, the bid opening). A row trigger sets it on
 *   every real change, to `clock_timestamp()`: the moment of the change, not the start of its
 *   transaction, so that with the feed's settle horizon (the start of the oldest running
 *   transaction) no change can commit behind a consumer's cursor. An UPDATE that changes
 *   nothing (not even `updated_at`) keeps the old value; one that only sets `updated_at` is a
 *   deliberate touch (a product's files changed) and moves it.
 * - Records embed names of other rows (the agency's name, the batch's name, the scenario's title
 *   in an award): changes to those touch the embedding rows, so that they come round again.
 * - `awards` had no `updated_at`: added, filled from the decision or creation time.
 * - (updated_at, id) indexes for the keyset pages.
 * - `open_data_dumps`: one row per daily dump (unique per day), its files under STORAGE_DIR.
 */
export class OpenData1766427000000 implements MigrationInterface {
  name = 'OpenData1766427000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE awards ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`UPDATE awards SET updated_at = coalesce(decided_at, created_at)`);

    await q.query(`
      CREATE FUNCTION open_data_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF to_jsonb(NEW) IS DISTINCT FROM to_jsonb(OLD) THEN
          NEW.updated_at := clock_timestamp();
        END IF;
        RETURN NEW;
      END $$`);
    for (const table of FEED_TABLES) {
      await q.query(`CREATE TRIGGER ${table}_open_data_touch BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION open_data_touch()`);
      await q.query(`CREATE INDEX ${table}_open_data_feed_idx ON ${table} (updated_at, id)`);
    }

    // Names embedded in other records: an organisation's name (agency, company, award winner).
    await q.query(`
      CREATE FUNCTION open_data_organisation_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE scenarios SET updated_at = clock_timestamp() WHERE agency_id = NEW.id OR NEW.id = ANY(co_agency_ids);
        UPDATE products SET updated_at = clock_timestamp() WHERE organisation_id = NEW.id;
        UPDATE awards w SET updated_at = clock_timestamp()
         WHERE EXISTS (SELECT 1 FROM applications a WHERE a.id = ANY(w.application_ids) AND (a.organisation_id = NEW.id OR NEW.id = ANY(a.member_ids)))
            OR EXISTS (SELECT 1 FROM scenarios s WHERE s.id = w.scenario_id AND s.agency_id = NEW.id);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER organisations_open_data_renamed AFTER UPDATE OF name ON organisations
      FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION open_data_organisation_renamed()`);

    // A batch's number or name (embedded in its scenarios).
    await q.query(`
      CREATE FUNCTION open_data_batch_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE scenarios SET updated_at = clock_timestamp() WHERE batch_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER scenario_batches_open_data_renamed AFTER UPDATE OF name, number ON scenario_batches
      FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.number IS DISTINCT FROM NEW.number) EXECUTE FUNCTION open_data_batch_renamed()`);

    // A scenario's title, agency or state (an award is public only while its scenario is).
    await q.query(`
      CREATE FUNCTION open_data_scenario_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE awards SET updated_at = clock_timestamp() WHERE scenario_id = NEW.id AND status = 'confirmed';
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER scenarios_open_data_award_touch AFTER UPDATE OF title, agency_id, status, batch_id ON scenarios
      FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.agency_id IS DISTINCT FROM NEW.agency_id
                         OR OLD.status IS DISTINCT FROM NEW.status OR OLD.batch_id IS DISTINCT FROM NEW.batch_id)
      EXECUTE FUNCTION open_data_scenario_changed()`);

    await q.query(`
      CREATE TABLE open_data_dumps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        day date NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'running', 'completed', 'failed')),
        as_of timestamptz,
        files jsonb NOT NULL DEFAULT '[]',
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX open_data_dumps_completed_idx ON open_data_dumps (day DESC) WHERE status = 'completed'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE open_data_dumps`);
    await q.query(`DROP TRIGGER scenarios_open_data_award_touch ON scenarios`);
    await q.query(`DROP FUNCTION open_data_scenario_changed()`);
    await q.query(`DROP TRIGGER scenario_batches_open_data_renamed ON scenario_batches`);
    await q.query(`DROP FUNCTION open_data_batch_renamed()`);
    await q.query(`DROP TRIGGER organisations_open_data_renamed ON organisations`);
    await q.query(`DROP FUNCTION open_data_organisation_renamed()`);
    for (const table of FEED_TABLES) {
      await q.query(`DROP INDEX ${table}_open_data_feed_idx`);
      await q.query(`DROP TRIGGER ${table}_open_data_touch ON ${table}`);
    }
    await q.query(`DROP FUNCTION open_data_touch()`);
    await q.query(`ALTER TABLE awards DROP COLUMN updated_at`);
  }
}
