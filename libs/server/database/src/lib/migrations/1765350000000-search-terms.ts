import { searchTerms } from '@scenematch/matching/text';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The searchable tables and the key each is read in order of. */
const TABLES = [
  { table: 'scenarios', key: 'id' },
  { table: 'products', key: 'id' },
  { table: 'company_profiles', key: 'organisation_id' },
] as const;
const BATCH = 2000;

/**
 * Rebuilds every row's search terms by the one text pipeline (libs/matching, matching.text.ts):
 * the old tokens glued a Latin run to the Han text after it ("ai导游导览"), so AI, CT, 12345 or
 * 导游 next to Latin letters were never found. The terms come from the stored `search_text`, which
 * already holds the row's searched fields, folded. Computed here rather than in SQL so that the
 * database holds exactly what the application writes for new rows.
 */
export class SearchTerms1765350000000 implements MigrationInterface {
  name = 'SearchTerms1765350000000';

  async up(q: QueryRunner): Promise<void> {
    for (const { table, key } of TABLES) {
      let after: string | null = null;
      for (;;) {
        const rows: Array<{ key: string; text: string }> = await q.query(
          `SELECT ${key}::text AS key, search_text AS text FROM ${table} WHERE $1::uuid IS NULL OR ${key} > $1::uuid ORDER BY ${key} LIMIT ${BATCH}`,
          [after],
        );
        if (!rows.length) break;
        await q.query(
          `UPDATE ${table} t SET search_tokens = ARRAY(SELECT json_array_elements_text(v.terms))
             FROM json_to_recordset($1::json) AS v(key uuid, terms json) WHERE t.${key} = v.key`,
          [JSON.stringify(rows.map((r) => ({ key: r.key, terms: searchTerms(r.text) })))],
        );
        after = rows[rows.length - 1].key;
      }
    }
    // The companies' matching profiles carry the union of their profile's and listed products' terms.
    await q.query(`
      UPDATE enterprise_match_profiles e SET tokens = ARRAY(
        SELECT DISTINCT unnest(coalesce(cp.search_tokens, '{}') || coalesce((SELECT array_agg(t) FROM products p, unnest(p.search_tokens) t
                                                                              WHERE p.organisation_id = e.organisation_id AND p.status = 'listed'), '{}'))
        ORDER BY 1)
        FROM organisations o LEFT JOIN company_profiles cp ON cp.organisation_id = o.id
       WHERE o.id = e.organisation_id`);
  }

  async down(): Promise<void> {
    // Derived data: the new terms include every token the old code queried for (its bigrams and
    // Latin words), so the previous release still finds what it found before.
  }
}
