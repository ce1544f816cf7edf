import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A full rebuild in two steps shared by the workers: first each company's floor (its 60th best
 * scenario: total and scenario id), then the kept pairs scenario by scenario, written as diffs.
 * The floors live here between the two steps; `rows_written` counts the rows a rebuild inserted,
 * changed or removed (0 when nothing changed).
 */
export class MatchingRebuildFloors1766410000000 implements MigrationInterface {
  name = 'MatchingRebuildFloors1766410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE matching_rebuild_floors (
        rebuild_id uuid NOT NULL REFERENCES matching_rebuilds(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL,
        total double precision NOT NULL,
        scenario_id uuid NOT NULL,
        PRIMARY KEY (rebuild_id, organisation_id)
      )`);
    await q.query(`ALTER TABLE matching_rebuilds ADD COLUMN rows_written integer NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE matching_rebuilds DROP COLUMN rows_written`);
    await q.query(`DROP TABLE matching_rebuild_floors`);
  }
}
