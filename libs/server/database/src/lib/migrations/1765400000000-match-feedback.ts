import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People's signals on matches: a company's dismissals of recommended scenarios (不感兴趣, with an
 * optional reason), which only that company sees, and invitations to apply (邀请揭榜) from a
 * scenario's unit or the service centre, one per scenario and company. Both change what a
 * company's recommendations show, so both bump the `match_feedback` data version that the
 * recommendation cache is keyed on.
 */
export class MatchFeedback1765400000000 implements MigrationInterface {
  name = 'MatchFeedback1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match_dismissals (
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        scenario_id uuid NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        reason text CHECK (reason IN ('domain', 'capability', 'scale', 'partnered', 'other')),
        note text NOT NULL DEFAULT '' CHECK (char_length(note) <= 200),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, scenario_id)
      )`);

    await q.query(`
      CREATE TABLE match_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scenario_id uuid NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        inviter_organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        invited_by uuid REFERENCES users(id) ON DELETE SET NULL,
        message text NOT NULL DEFAULT '' CHECK (char_length(message) <= 500),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (scenario_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX match_invitations_organisation ON match_invitations (organisation_id)`);

    await q.query(`INSERT INTO data_versions (name) VALUES ('match_feedback') ON CONFLICT DO NOTHING`);
    for (const table of ['match_dismissals', 'match_invitations']) {
      await q.query(
        `CREATE TRIGGER ${table}_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
         FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('match_feedback')`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE match_invitations`);
    await q.query(`DROP TABLE match_dismissals`);
    await q.query(`DELETE FROM data_versions WHERE name = 'match_feedback'`);
  }
}
