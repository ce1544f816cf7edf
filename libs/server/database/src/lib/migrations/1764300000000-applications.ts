import { MigrationInterface, QueryRunner } from 'typeorm';

/** Applications (揭榜申报): sealed bids of companies (or consortia) for one scenario, and batch eligibility rules. */
export class Applications1764300000000 implements MigrationInterface {
  name = 'Applications1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE scenario_batches
        ADD COLUMN max_applications_per_company integer CHECK (max_applications_per_company > 0),
        ADD COLUMN required_certifications text[] NOT NULL DEFAULT '{}',
        ADD COLUMN exclude_previous_winners boolean NOT NULL DEFAULT false,
        ADD COLUMN rubric jsonb NOT NULL DEFAULT '[{"code":"solution","name":"技术方案","weight":40},{"code":"team","name":"团队能力","weight":20},{"code":"cases","name":"案例经验","weight":20},{"code":"price","name":"报价","weight":20}]'`);

    await q.query(`
      CREATE TABLE applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scenario_id uuid NOT NULL REFERENCES scenarios(id),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        member_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(member_ids) <= 4),
        proposal text NOT NULL CHECK (length(proposal) BETWEEN 20 AND 20000),
        product_ids uuid[] NOT NULL DEFAULT '{}',
        quote numeric(14, 2) NOT NULL CHECK (quote >= 0),
        duration_days integer NOT NULL CHECK (duration_days BETWEEN 1 AND 3650),
        team text NOT NULL DEFAULT '',
        declarations jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'draft' CHECK (status IN
          ('draft', 'submitted', 'withdrawn', 'shortlisted', 'rejected', 'under_review', 'selected', 'not_selected')),
        reject_reason text,
        submitted_at timestamptz,
        withdrawn_at timestamptz,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (scenario_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX applications_company_idx ON applications (organisation_id, updated_at DESC)`);
    await q.query(`CREATE INDEX applications_scenario_idx ON applications (scenario_id, status)`);
    await q.query(`CREATE INDEX applications_members_gin ON applications USING gin (member_ids)`);

    await q.query(`
      CREATE TABLE application_events (
        id bigserial PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        actor_user_id uuid REFERENCES users(id),
        actor_role text,
        reason text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX application_events_idx ON application_events (application_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE application_events`);
    await q.query(`DROP TABLE applications`);
    await q.query(`ALTER TABLE scenario_batches DROP COLUMN rubric, DROP COLUMN exclude_previous_winners, DROP COLUMN required_certifications, DROP COLUMN max_applications_per_company`);
  }
}
