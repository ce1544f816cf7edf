import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sealed bids:
 * - a scenario's deadline becomes a point in time (截止时间); a date-only deadline becomes
 *   17:00 Beijing time of that day;
 * - `bids_opened_at` records the opening (开标); scenarios already past their deadline or no
 *   longer taking bids count as opened (their bids were readable under the old rules);
 * - a bid's contents live encrypted in `applications.sealed` until the opening (the readable
 *   columns stay empty meanwhile), attachments are stored encrypted (`application_files.sealed`);
 * - one data key per scenario, wrapped by the master key (`scenario_data_keys`);
 * - each audit record names the hash algorithm of its link (SHA-256, or SM3 under 国密).
 */
export class SealedBids1765450000000 implements MigrationInterface {
  name = 'SealedBids1765450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE scenarios ALTER COLUMN deadline TYPE timestamptz USING ((deadline + time '17:00') AT TIME ZONE 'Asia/Shanghai')`,
    );
    await q.query(
      `ALTER TABLE scenarios ADD COLUMN bids_opened_at timestamptz`,
    );
    await q.query(`
      UPDATE scenarios s SET bids_opened_at = now()
        FROM (SELECT s2.id FROM scenarios s2 LEFT JOIN scenario_batches b ON b.id = s2.batch_id
               WHERE s2.status NOT IN ('draft', 'submitted', 'returned', 'published')
                  OR coalesce(s2.deadline, (b.closes_on + time '17:00') AT TIME ZONE 'Asia/Shanghai') <= now()) due
       WHERE due.id = s.id`);
    await q.query(
      `CREATE INDEX scenarios_unopened_idx ON scenarios (deadline) WHERE bids_opened_at IS NULL`,
    );

    await q.query(
      `ALTER TABLE applications ALTER COLUMN proposal DROP NOT NULL, ALTER COLUMN quote DROP NOT NULL, ALTER COLUMN duration_days DROP NOT NULL`,
    );
    await q.query(`ALTER TABLE applications ADD COLUMN sealed bytea`);
    await q.query(
      `ALTER TABLE application_files ADD COLUMN sealed boolean NOT NULL DEFAULT false`,
    );
    await q.query(`
      CREATE TABLE scenario_data_keys (
        scenario_id uuid PRIMARY KEY REFERENCES scenarios(id) ON DELETE CASCADE,
        suite text NOT NULL CHECK (suite IN ('aes-256-gcm', 'sm4')),
        wrapped_key bytea NOT NULL,
        master_key_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        rotated_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX scenario_data_keys_master_idx ON scenario_data_keys (master_key_id)`,
    );

    await q.query(
      `ALTER TABLE audit_log ADD COLUMN hash_alg text NOT NULL DEFAULT 'sha256' CHECK (hash_alg IN ('sha256', 'sm3'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log DROP COLUMN hash_alg`);
    await q.query(`DROP TABLE scenario_data_keys`);
    await q.query(`ALTER TABLE application_files DROP COLUMN sealed`);
    await q.query(`ALTER TABLE applications DROP COLUMN sealed`);
    await q.query(`DROP INDEX scenarios_unopened_idx`);
    await q.query(`ALTER TABLE scenarios DROP COLUMN bids_opened_at`);
    await q.query(
      `ALTER TABLE scenarios ALTER COLUMN deadline TYPE date USING ((deadline AT TIME ZONE 'Asia/Shanghai')::date)`,
    );
  }
}
