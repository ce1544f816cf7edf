import { SCENARIO_FROM_SQL, SCENARIO_VIEW_SQL } from './scenario-view';

export interface TermSearch {
  /** Index terms every hit holds (`searchQuery(q).terms`), at least one. */
  terms: string[];
  /** Only hits in these domains count and are listed (the domain counts still cover all). */
  domainCodes?: string[];
  sort: 'relevance' | 'newest' | 'deadline';
  /** Whether to count the hits per domain. */
  facets: boolean;
  limit: number;
  offset: number;
}

/**
 * One query for a public search by words, from the postings in scenario_search_terms (index-only
 * scans of its primary key): a scenario hits when it holds every term; its relevance is the sum of
 * its terms' weights (10 in the title, 4 in the unit's name), then the shorter title, the newer
 * listing and the id — the order the table path ranks by. Returns the page's view rows
 * (SCENARIO_VIEW_SQL, plus `ord`), or one row of NULLs for an empty page; `search_total` on every
 * row and `search_facets` (domain counts, largest first) on the first.
 */
export function termSearchSql(search: TermSearch): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const { terms } = search;
  const joins = terms
    .slice(1)
    .map((term, i) => `JOIN scenario_search_terms t${i + 1} ON t${i + 1}.term = ${p(term)} AND t${i + 1}.scenario_id = t0.scenario_id`)
    .join(' ');
  const score = terms.map((_, i) => `t${i}.weight`).join(' + ');
  const first = p(terms[0]);
  const inDomain = search.domainCodes ? `WHERE domain_code = ANY(${p(search.domainCodes)}::text[])` : '';
  const order =
    search.sort === 'newest' ? 'listed_at DESC, id' : search.sort === 'deadline' ? 'deadline ASC NULLS LAST, id' : 'score DESC, title_length, listed_at DESC, id';
  const facets = search.facets
    ? `(SELECT coalesce(json_agg(json_build_object('code', d.code, 'name', d.name, 'count', c.n) ORDER BY c.n DESC, d.sort), '[]'::json)
          FROM (SELECT domain_code, count(*) AS n FROM hits GROUP BY domain_code) c JOIN domains d ON d.code = c.domain_code)`
    : 'NULL::json';
  const sql = `
    WITH hits AS MATERIALIZED (
      SELECT t0.scenario_id AS id, t0.domain_code, ${score} AS score, t0.title_length, t0.listed_at, t0.deadline
        FROM scenario_search_terms t0 ${joins}
       WHERE t0.term = ${first})
    , page AS (SELECT id, row_number() OVER () AS ord
                 FROM (SELECT id FROM hits ${inDomain} ORDER BY ${order} LIMIT ${p(search.limit)} OFFSET ${p(search.offset)}) ranked)
    , summary AS (SELECT (SELECT count(*) FROM hits ${inDomain})::int AS total, ${facets} AS facets)
    SELECT summary.total AS search_total, CASE WHEN v.ord IS NULL OR v.ord = 1 THEN summary.facets END AS search_facets, v.*
      FROM summary LEFT JOIN (SELECT page.ord, ${SCENARIO_VIEW_SQL} ${SCENARIO_FROM_SQL} JOIN page ON page.id = s.id) v ON true
     ORDER BY v.ord`;
  return { sql, params };
}
