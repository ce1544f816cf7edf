import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Second factor (TOTP with an encrypted secret and the last accepted time step, single-use
 * recovery codes) and the password history that forbids reusing recent passwords.
 */
export class AuthSecurity1764950000000 implements MigrationInterface {
  name = 'AuthSecurity1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN mfa_enabled boolean NOT NULL DEFAULT false,
        ADD COLUMN mfa_secret text,
        ADD COLUMN mfa_pending_secret text,
        ADD COLUMN mfa_last_counter bigint,
        ADD COLUMN mfa_enabled_at timestamptz,
        ADD COLUMN password_changed_at timestamptz,
        ADD CONSTRAINT users_mfa_secret_chk CHECK (NOT mfa_enabled OR mfa_secret IS NOT NULL)`);
    await q.query(`
      CREATE TABLE mfa_recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash text NOT NULL UNIQUE,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX mfa_recovery_codes_user_idx ON mfa_recovery_codes (user_id)`);
    await q.query(`
      CREATE TABLE password_history (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX password_history_user_idx ON password_history (user_id, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_history`);
    await q.query(`DROP TABLE mfa_recovery_codes`);
    await q.query(`
      ALTER TABLE users
        DROP CONSTRAINT users_mfa_secret_chk,
        DROP COLUMN mfa_enabled, DROP COLUMN mfa_secret, DROP COLUMN mfa_pending_secret,
        DROP COLUMN mfa_last_counter, DROP COLUMN mfa_enabled_at, DROP COLUMN password_changed_at`);
  }
}
