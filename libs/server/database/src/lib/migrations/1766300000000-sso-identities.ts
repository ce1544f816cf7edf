import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in through a unified identity service (统一身份认证, OpenID Connect). An identity is the
 * provider's (issuer, subject) pair, linked to one platform user. A person the platform cannot
 * link on its own (no verified e-mail matching an account) waits in sso_link_requests until an
 * admin links them to a user or creates one; at most one request per identity is pending.
 */
export class SsoIdentities1766300000000 implements MigrationInterface {
  name = 'SsoIdentities1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_identities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        issuer text NOT NULL CHECK (length(issuer) <= 500),
        subject text NOT NULL CHECK (length(subject) <= 255),
        linked_by text NOT NULL CHECK (linked_by IN ('verified_email', 'verified_phone', 'admin_approval')),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz,
        UNIQUE (issuer, subject)
      )`);
    await q.query(`CREATE INDEX user_identities_user_idx ON user_identities (user_id)`);
    await q.query(`
      CREATE TABLE sso_link_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        issuer text NOT NULL CHECK (length(issuer) <= 500),
        subject text NOT NULL CHECK (length(subject) <= 255),
        name text CHECK (length(name) <= 200),
        email text CHECK (length(email) <= 320),
        email_verified boolean NOT NULL DEFAULT false,
        phone text CHECK (length(phone) <= 40),
        phone_verified boolean NOT NULL DEFAULT false,
        external_id text CHECK (length(external_id) <= 100),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        decision_reason text CHECK (length(decision_reason) <= 500),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX sso_link_requests_pending_uq ON sso_link_requests (issuer, subject) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX sso_link_requests_status_idx ON sso_link_requests (status, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sso_link_requests`);
    await q.query(`DROP TABLE user_identities`);
  }
}
