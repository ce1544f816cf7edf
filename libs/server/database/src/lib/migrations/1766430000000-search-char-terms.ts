import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A search by one Han character typed alone ("车") is answered from the search's own index: a
 * scenario holds the character exactly where it holds a term written with it (a bigram that
 * starts or ends with it, or the character itself as a run of one), so its hits are the union of
 * those terms' postings. These two indexes find those terms among the per-domain term counts by
 * their first and their last character, instead of reading every scenario's text.
 */
export class SearchCharTerms1766430000000 implements MigrationInterface {
  name = 'SearchCharTerms1766430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX scenario_search_term_domains_first_char_idx ON scenario_search_term_domains (left(term, 1)) WHERE hits > 0`,
    );
    await q.query(
      `CREATE INDEX scenario_search_term_domains_last_char_idx ON scenario_search_term_domains (right(term, 1)) WHERE hits > 0`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP INDEX IF EXISTS scenario_search_term_domains_first_char_idx, scenario_search_term_domains_last_char_idx`,
    );
  }
}
