import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin's failed-job console may discard an outbox row's work with a reason: the row stays
 * (what was announced is still on record) but no longer counts as stuck.
 */
export class OutboxDiscard1766100000000 implements MigrationInterface {
  name = 'OutboxDiscard1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN discarded_at timestamptz, ADD COLUMN discard_reason text`);
    // The console lists unfinished rows: keep that scan off the finished bulk of the table.
    await q.query(`CREATE INDEX outbox_unfinished_idx ON outbox (available_at) WHERE completed_at IS NULL AND discarded_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_unfinished_idx`);
    await q.query(`ALTER TABLE outbox DROP COLUMN discard_reason, DROP COLUMN discarded_at`);
  }
}
