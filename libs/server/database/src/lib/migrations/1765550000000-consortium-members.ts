import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consortium members' consent (招标投标法实施条例 第三十七条): each company named as a member
 * of a bid is invited and answers; the bid is submitted only when all have accepted. The
 * scenario is kept on the row so that "is this company already in a bid on this scenario"
 * is one indexed look-up.
 */
export class ConsortiumMembers1765550000000 implements MigrationInterface {
  name = 'ConsortiumMembers1765550000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consortium_members (
        application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        scenario_id uuid NOT NULL REFERENCES scenarios(id),
        status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'accepted', 'declined')),
        invited_at timestamptz NOT NULL DEFAULT now(),
        responded_at timestamptz,
        decline_reason text CHECK (length(decline_reason) <= 500),
        PRIMARY KEY (application_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX consortium_members_company_idx ON consortium_members (organisation_id, scenario_id)`);
    // Members named before consent existed: bids already submitted keep them as they were
    // (accepted); drafts ask them now.
    await q.query(`
      INSERT INTO consortium_members (application_id, organisation_id, scenario_id, status, responded_at)
      SELECT a.id, m.id, a.scenario_id, CASE WHEN a.status = 'draft' THEN 'invited' ELSE 'accepted' END,
             CASE WHEN a.status = 'draft' THEN NULL ELSE a.submitted_at END
        FROM applications a CROSS JOIN LATERAL unnest(a.member_ids) AS m(id)
      ON CONFLICT DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consortium_members`);
  }
}
