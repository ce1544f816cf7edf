import { MigrationInterface, QueryRunner } from 'typeorm';

/** Statuses anyone may see (PUBLIC_SCENARIO_STATUSES when this migration shipped). */
const PUBLIC = `ARRAY['published', 'closed', 'evaluating', 'awarded', 'piloting', 'accepted']`;

/**
 * How much one search term of a row counts when searching by relevance, by the rules of
 * `termHitSql` on the stored folded parts (`searchPartSql`: the title is line 1, the responsible
 * unit line 3): 10 when the title holds it, 4 when the unit's name does. A Latin/digit term
 * counts only as a whole token.
 */
function weightSql(text: string, term: string): string {
  const hit = (part: string) =>
    `(CASE WHEN ${term} ~ '^[a-z0-9]+$' THEN ${part} ~ ('(^|[^a-z0-9])' || ${term} || '([^a-z0-9]|$)') ELSE strpos(${part}, ${term}) > 0 END)`;
  return `((CASE WHEN ${hit(`split_part(${text}, E'\\n', 1)`)} THEN 10 ELSE 0 END) + (CASE WHEN ${hit(`split_part(${text}, E'\\n', 3)`)} THEN 4 ELSE 0 END))::smallint`;
}

/**
 * Longer terms are never asked for (a search is at most 50 characters), and a Latin run of
 * thousands of letters (a pasted hash or key) would not fit in a btree entry.
 */
const MAX_TERM_LENGTH = 50;

/** The postings of the public rows of `source` (an alias for scenarios or a transition table). */
function postingsSql(source: string): string {
  return `
    INSERT INTO scenario_search_terms (term, scenario_id, domain_code, weight, title_length, listed_at, deadline)
    SELECT t.term, n.id, n.domain_code, ${weightSql('n.search_text', 't.term')}, length(n.title),
           coalesce(n.published_at, n.created_at), n.deadline
      FROM ${source} n, LATERAL (SELECT DISTINCT u FROM unnest(n.search_tokens) AS u WHERE length(u) <= ${MAX_TERM_LENGTH}) AS t(term)
     WHERE n.status = ANY(${PUBLIC})`;
}

/**
 * The scenario search's own inverted index: one row per term of every public scenario, carrying
 * what a search page needs besides the match — the domain (facets), the term's relevance weight and
 * the sort keys — so that a search counts, groups and orders its hits from the index alone
 * (index-only scans) rather than reading every hit's row in `scenarios`. The GIN index on
 * `scenarios.search_tokens` finds rows as fast, but counting 1,000 hits meant reading 1,000 table
 * pages, which capped uncached searches at 100,000 scenarios.
 *
 * Kept by triggers on `scenarios` (any writer, including the previous release during a rolling
 * upgrade): a changed row's old postings are removed by its old terms, its new ones added.
 */
export class ScenarioSearchTerms1766400000000 implements MigrationInterface {
  name = 'ScenarioSearchTerms1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scenario_search_terms (
        term text NOT NULL,
        scenario_id uuid NOT NULL,
        domain_code text NOT NULL,
        weight smallint NOT NULL,
        title_length smallint NOT NULL,
        listed_at timestamptz NOT NULL,
        deadline timestamptz,
        PRIMARY KEY (term, scenario_id) INCLUDE (domain_code, weight, title_length, listed_at, deadline)
      )`);
    await q.query(`
      CREATE FUNCTION scenario_search_terms_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${postingsSql('new_rows')};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION scenario_search_terms_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM scenario_search_terms p USING (SELECT o.id, unnest(o.search_tokens) AS term FROM old_rows o WHERE o.status = ANY(${PUBLIC})) x
         WHERE p.term = x.term AND p.scenario_id = x.id;
        RETURN NULL;
      END $$`);
    // An update rewrites the postings of the rows whose searched or sorted columns changed only.
    await q.query(`
      CREATE FUNCTION scenario_search_terms_update() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE changed uuid[];
      BEGIN
        SELECT array_agg(n.id) INTO changed FROM new_rows n JOIN old_rows o ON o.id = n.id
         WHERE (o.status, o.domain_code, o.title, o.search_text, o.search_tokens, o.published_at, o.created_at, o.deadline)
               IS DISTINCT FROM (n.status, n.domain_code, n.title, n.search_text, n.search_tokens, n.published_at, n.created_at, n.deadline);
        IF changed IS NULL THEN RETURN NULL; END IF;
        DELETE FROM scenario_search_terms p
         USING (SELECT o.id, unnest(o.search_tokens) AS term FROM old_rows o JOIN unnest(changed) AS c(id) ON c.id = o.id WHERE o.status = ANY(${PUBLIC})) x
         WHERE p.term = x.term AND p.scenario_id = x.id;
        ${postingsSql('(SELECT n.* FROM new_rows n JOIN unnest(changed) AS c(id) ON c.id = n.id)')};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION scenario_search_terms_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE scenario_search_terms;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER scenario_search_terms_insert AFTER INSERT ON scenarios REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION scenario_search_terms_insert()`,
    );
    await q.query(
      `CREATE TRIGGER scenario_search_terms_update AFTER UPDATE ON scenarios REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION scenario_search_terms_update()`,
    );
    await q.query(
      `CREATE TRIGGER scenario_search_terms_delete AFTER DELETE ON scenarios REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION scenario_search_terms_delete()`,
    );
    await q.query(`CREATE TRIGGER scenario_search_terms_truncate AFTER TRUNCATE ON scenarios FOR EACH STATEMENT EXECUTE FUNCTION scenario_search_terms_truncate()`);
    await q.query(postingsSql('scenarios'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS scenario_search_terms_insert ON scenarios`);
    await q.query(`DROP TRIGGER IF EXISTS scenario_search_terms_update ON scenarios`);
    await q.query(`DROP TRIGGER IF EXISTS scenario_search_terms_delete ON scenarios`);
    await q.query(`DROP TRIGGER IF EXISTS scenario_search_terms_truncate ON scenarios`);
    await q.query(`DROP FUNCTION IF EXISTS scenario_search_terms_insert(), scenario_search_terms_update(), scenario_search_terms_delete(), scenario_search_terms_truncate()`);
    await q.query(`DROP TABLE IF EXISTS scenario_search_terms`);
  }
}
