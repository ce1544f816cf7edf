import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching results kept by the worker, both ways: the top companies of each open scenario and
 * the top scenarios of each company (one row per pair, with its score and reasons), and the
 * runs of full rebuilds with their progress.
 */
export class Matching1764200000000 implements MigrationInterface {
  name = 'Matching1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match_results (
        scenario_id uuid NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
        reasons text[] NOT NULL DEFAULT '{}',
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scenario_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX match_results_company_idx ON match_results (organisation_id, score DESC)`);
    await q.query(`CREATE INDEX match_results_scenario_idx ON match_results (scenario_id, score DESC)`);

    await q.query(`
      CREATE TABLE matching_rebuilds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'failed')),
        shards integer NOT NULL,
        shards_done integer NOT NULL DEFAULT 0,
        done_shards integer[] NOT NULL DEFAULT '{}',
        scenarios integer NOT NULL DEFAULT 0,
        companies integer NOT NULL DEFAULT 0,
        pairs_kept integer NOT NULL DEFAULT 0,
        requested_by uuid REFERENCES users(id),
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        error text
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE matching_rebuilds`);
    await q.query(`DROP TABLE match_results`);
  }
}
