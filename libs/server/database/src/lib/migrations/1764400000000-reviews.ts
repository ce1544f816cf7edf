import { MigrationInterface, QueryRunner } from 'typeorm';

/** Expert review (专家评审): assignments with recusal for conflicts of interest, and rubric scores. */
export class Reviews1764400000000 implements MigrationInterface {
  name = 'Reviews1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE review_assignments (
        application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        expert_user_id uuid NOT NULL REFERENCES users(id),
        assigned_by uuid REFERENCES users(id),
        assigned_at timestamptz NOT NULL DEFAULT now(),
        recused boolean NOT NULL DEFAULT false,
        recuse_reason text,
        PRIMARY KEY (application_id, expert_user_id)
      )`);
    await q.query(`CREATE INDEX review_assignments_expert_idx ON review_assignments (expert_user_id)`);
    await q.query(`
      CREATE TABLE reviews (
        application_id uuid NOT NULL,
        expert_user_id uuid NOT NULL,
        scores jsonb NOT NULL,
        comment text NOT NULL DEFAULT '',
        submitted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (application_id, expert_user_id),
        FOREIGN KEY (application_id, expert_user_id) REFERENCES review_assignments (application_id, expert_user_id) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reviews`);
    await q.query(`DROP TABLE review_assignments`);
  }
}
