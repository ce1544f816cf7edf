import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a public search by one term needs besides its page, without reading its hits:
 *
 * - `scenario_search_term_domains`: how many public scenarios hold each term, per domain (the
 *   total and the domain counts of a one-term search: one row per domain instead of counting up
 *   to a fifth of all scenarios). Kept by statement triggers on `scenario_search_terms` itself,
 *   so it follows the postings whatever changes them (the triggers on `scenarios`, a truncate).
 *   Each statement changes its counts in key order, so that concurrent writers lock the shared
 *   rows (a common term in a domain) in the same order.
 * - the postings in each list order: relevance (the term's weight, then the shorter title, the
 *   newer listing, the id), newest and deadline, each with the domain (the domain filter), so that
 *   a page of a one-term search reads its own rows from an index-only scan and stops there.
 */
export class ScenarioSearchSummary1766425000000 implements MigrationInterface {
  name = 'ScenarioSearchSummary1766425000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scenario_search_term_domains (
        term text NOT NULL,
        domain_code text NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (term, domain_code)
      )`);
    await q.query(`
      CREATE FUNCTION scenario_search_term_domains_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO scenario_search_term_domains AS d (term, domain_code, hits)
        SELECT term, domain_code, count(*) FROM new_rows GROUP BY term, domain_code ORDER BY term, domain_code
        ON CONFLICT (term, domain_code) DO UPDATE SET hits = d.hits + excluded.hits;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION scenario_search_term_domains_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Lock the counts in key order first (as the insert does), then lower them.
        PERFORM 1 FROM scenario_search_term_domains d
          WHERE (d.term, d.domain_code) IN (SELECT term, domain_code FROM old_rows)
          ORDER BY d.term, d.domain_code FOR UPDATE;
        UPDATE scenario_search_term_domains d SET hits = d.hits - g.n
          FROM (SELECT term, domain_code, count(*) AS n FROM old_rows GROUP BY term, domain_code) g
         WHERE d.term = g.term AND d.domain_code = g.domain_code;
        DELETE FROM scenario_search_term_domains d
         WHERE (d.term, d.domain_code) IN (SELECT term, domain_code FROM old_rows) AND d.hits <= 0;
        RETURN NULL;
      END $$`);
    // The postings are only inserted and deleted; an update (by hand) counts as both.
    await q.query(`
      CREATE FUNCTION scenario_search_term_domains_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM scenario_search_term_domains d
          WHERE (d.term, d.domain_code) IN (SELECT term, domain_code FROM old_rows UNION SELECT term, domain_code FROM new_rows)
          ORDER BY d.term, d.domain_code FOR UPDATE;
        INSERT INTO scenario_search_term_domains AS d (term, domain_code, hits)
        SELECT term, domain_code, sum(n) FROM (SELECT term, domain_code, 1 AS n FROM new_rows UNION ALL SELECT term, domain_code, -1 FROM old_rows) c
         GROUP BY term, domain_code HAVING sum(n) <> 0 ORDER BY term, domain_code
        ON CONFLICT (term, domain_code) DO UPDATE SET hits = d.hits + excluded.hits;
        DELETE FROM scenario_search_term_domains d
         WHERE (d.term, d.domain_code) IN (SELECT term, domain_code FROM old_rows) AND d.hits <= 0;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION scenario_search_term_domains_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE scenario_search_term_domains;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER scenario_search_term_domains_insert AFTER INSERT ON scenario_search_terms REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION scenario_search_term_domains_insert()`,
    );
    await q.query(
      `CREATE TRIGGER scenario_search_term_domains_delete AFTER DELETE ON scenario_search_terms REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION scenario_search_term_domains_delete()`,
    );
    await q.query(
      `CREATE TRIGGER scenario_search_term_domains_update AFTER UPDATE ON scenario_search_terms REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION scenario_search_term_domains_update()`,
    );
    await q.query(
      `CREATE TRIGGER scenario_search_term_domains_truncate AFTER TRUNCATE ON scenario_search_terms FOR EACH STATEMENT EXECUTE FUNCTION scenario_search_term_domains_truncate()`,
    );
    await q.query(`
      INSERT INTO scenario_search_term_domains (term, domain_code, hits)
      SELECT term, domain_code, count(*) FROM scenario_search_terms GROUP BY term, domain_code`);
    // Same order as the table path ranks (ScenariosService.order; termSearchSql).
    await q.query(
      `CREATE INDEX scenario_search_terms_relevance_idx ON scenario_search_terms (term, weight DESC, title_length, listed_at DESC, scenario_id) INCLUDE (domain_code)`,
    );
    await q.query(`CREATE INDEX scenario_search_terms_newest_idx ON scenario_search_terms (term, listed_at DESC, scenario_id) INCLUDE (domain_code)`);
    await q.query(`CREATE INDEX scenario_search_terms_deadline_idx ON scenario_search_terms (term, deadline ASC NULLS LAST, scenario_id) INCLUDE (domain_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS scenario_search_terms_relevance_idx, scenario_search_terms_newest_idx, scenario_search_terms_deadline_idx`);
    for (const op of ['insert', 'delete', 'update', 'truncate']) await q.query(`DROP TRIGGER IF EXISTS scenario_search_term_domains_${op} ON scenario_search_terms`);
    await q.query(
      `DROP FUNCTION IF EXISTS scenario_search_term_domains_insert(), scenario_search_term_domains_delete(), scenario_search_term_domains_update(), scenario_search_term_domains_truncate()`,
    );
    await q.query(`DROP TABLE IF EXISTS scenario_search_term_domains`);
  }
}
