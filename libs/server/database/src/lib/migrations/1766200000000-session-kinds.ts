import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * More kinds at the table: financial institutions and investors (organisations of type
 * `financier`, users of role `financier`) join 银企对接 / 投融资对接 sessions on the demand side,
 * bringing needs (loan products, investment focuses) instead of scenarios. A session is typed and
 * says which demand-side kinds may register. Participants leave a phone and an e-mail that the
 * session's directory shows to the other registered participants only.
 * Additive: the type and role checks are widened, new columns have defaults.
 */
export class SessionKinds1766200000000 implements MigrationInterface {
  name = 'SessionKinds1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations DROP CONSTRAINT organisations_type_check`);
    await q.query(`ALTER TABLE organisations ADD CONSTRAINT organisations_type_check CHECK (type IN ('enterprise', 'agency', 'organiser', 'expert_pool', 'financier'))`);
    await q.query(`ALTER TABLE organisations ADD COLUMN financier_kind text CHECK (financier_kind IN ('bank', 'guarantee', 'leasing', 'investor'))`);
    await q.query(`ALTER TABLE organisations ADD CONSTRAINT organisations_financier_kind_present CHECK ((type = 'financier') = (financier_kind IS NOT NULL))`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_role_check`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('organiser', 'agency', 'enterprise', 'expert', 'admin', 'financier'))`);

    await q.query(`ALTER TABLE matchmaking_sessions ADD COLUMN session_type text NOT NULL DEFAULT 'supply_demand' CHECK (session_type IN ('supply_demand', 'bank_enterprise', 'investment'))`);
    await q.query(`ALTER TABLE matchmaking_sessions ADD COLUMN admitted_categories text[] NOT NULL DEFAULT '{agency}'
                     CHECK (admitted_categories <@ ARRAY['agency', 'finance', 'investor']::text[] AND cardinality(admitted_categories) > 0)`);

    await q.query(`ALTER TABLE session_participants ADD COLUMN needs jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE session_participants ADD COLUMN contact_phone text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE session_participants ADD COLUMN contact_email text NOT NULL DEFAULT ''`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session_participants DROP COLUMN contact_email, DROP COLUMN contact_phone, DROP COLUMN needs`);
    await q.query(`ALTER TABLE matchmaking_sessions DROP COLUMN admitted_categories, DROP COLUMN session_type`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_role_check`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('organiser', 'agency', 'enterprise', 'expert', 'admin'))`);
    await q.query(`ALTER TABLE organisations DROP CONSTRAINT organisations_financier_kind_present, DROP COLUMN financier_kind`);
    await q.query(`ALTER TABLE organisations DROP CONSTRAINT organisations_type_check`);
    await q.query(`ALTER TABLE organisations ADD CONSTRAINT organisations_type_check CHECK (type IN ('enterprise', 'agency', 'organiser', 'expert_pool'))`);
  }
}
