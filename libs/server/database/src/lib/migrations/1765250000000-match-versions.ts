import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A data version for the kept matches, bumped by every statement that changes match_results,
 * so that API processes can cache an enterprise's recommendations (keyed on this version and
 * the scenarios' one) and still show a worker's new scores at once.
 */
export class MatchVersions1765250000000 implements MigrationInterface {
  name = 'MatchVersions1765250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO data_versions (name) VALUES ('matches') ON CONFLICT DO NOTHING`);
    await q.query(
      `CREATE TRIGGER match_results_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON match_results
       FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('matches')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER match_results_data_version ON match_results`);
    await q.query(`DELETE FROM data_versions WHERE name = 'matches'`);
  }
}
