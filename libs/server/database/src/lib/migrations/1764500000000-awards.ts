import { MigrationInterface, QueryRunner } from 'typeorm';

/** Awards (揭榜成功) with their public notice (公示) and objections, and the pilot's acceptance report. */
export class Awards1764500000000 implements MigrationInterface {
  name = 'Awards1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE awards (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scenario_id uuid NOT NULL REFERENCES scenarios(id),
        application_ids uuid[] NOT NULL CHECK (cardinality(application_ids) BETWEEN 1 AND 5),
        status text NOT NULL DEFAULT 'in_notice' CHECK (status IN ('in_notice', 'confirmed', 'overturned')),
        notice_days integer NOT NULL CHECK (notice_days BETWEEN 1 AND 30),
        notice_starts_at timestamptz NOT NULL DEFAULT now(),
        notice_ends_at timestamptz NOT NULL,
        proposed_by uuid REFERENCES users(id),
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // At most one live award per scenario.
    await q.query(`CREATE UNIQUE INDEX awards_live_uq ON awards (scenario_id) WHERE status <> 'overturned'`);
    await q.query(`
      CREATE TABLE award_objections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        award_id uuid NOT NULL REFERENCES awards(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        user_id uuid NOT NULL REFERENCES users(id),
        reason text NOT NULL CHECK (length(reason) BETWEEN 5 AND 3000),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'upheld', 'dismissed')),
        response text,
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX award_objections_award_idx ON award_objections (award_id, status)`);
    await q.query(`ALTER TABLE scenarios ADD COLUMN acceptance_report text, ADD COLUMN accepted_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE scenarios DROP COLUMN accepted_at, DROP COLUMN acceptance_report`);
    await q.query(`DROP TABLE award_objections`);
    await q.query(`DROP TABLE awards`);
  }
}
