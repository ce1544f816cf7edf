import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts: a session version per user (every access token carries it; bumping it ends them
 * all at once), organisation rejection with a reason, consent to the privacy notice, and
 * erasure of a user's personal fields on request (the row stays for the audit trail).
 */
export class AccountAdministration1765500000000 implements MigrationInterface {
  name = 'AccountAdministration1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN session_version integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE users ADD COLUMN disabled_at timestamptz`);
    await q.query(`ALTER TABLE users ADD COLUMN disabled_reason text`);
    await q.query(`ALTER TABLE users ADD COLUMN privacy_consent_version text`);
    await q.query(`ALTER TABLE users ADD COLUMN privacy_consented_at timestamptz`);
    await q.query(`ALTER TABLE users ADD COLUMN erased_at timestamptz`);
    await q.query(`ALTER TABLE organisations ADD COLUMN rejected_at timestamptz`);
    await q.query(`ALTER TABLE organisations ADD COLUMN rejected_by uuid`);
    await q.query(`ALTER TABLE organisations ADD COLUMN rejection_reason text`);
    await q.query(`CREATE INDEX organisations_pending_idx ON organisations (created_at) WHERE NOT verified AND rejected_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX organisations_pending_idx`);
    await q.query(`ALTER TABLE organisations DROP COLUMN rejection_reason, DROP COLUMN rejected_by, DROP COLUMN rejected_at`);
    await q.query(
      `ALTER TABLE users DROP COLUMN erased_at, DROP COLUMN privacy_consented_at, DROP COLUMN privacy_consent_version,
         DROP COLUMN disabled_reason, DROP COLUMN disabled_at, DROP COLUMN session_version`,
    );
  }
}
