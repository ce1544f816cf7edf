import { DOMAINS } from '@scenematch/server-data';
import { SCENARIO_FROM_SQL, SCENARIO_VIEW_SQL } from './scenario-view';

export interface TermSearch {
  /** Index terms every hit holds (`searchQuery(q).terms`), at least one unless `char` is given. */
  terms: string[];
  /**
   * A Han character typed alone (`searchQuery(q).chars`, with no terms): a hit holds it anywhere
   * in its text. The index holds it exactly where it holds a term written with it — a bigram of a
   * longer run, or the character itself as a run of one — so its hits are the union of those
   * terms' postings.
   */
  char?: string;
  /** Only hits in these domains count and are listed (the domain counts still cover all). */
  domainCodes?: string[];
  sort: 'relevance' | 'newest' | 'deadline';
  /** Whether to count the hits per domain. */
  facets: boolean;
  limit: number;
  offset: number;
  /**
   * How many postings each term has (same order as `terms`; `termPostingsSql`), to pick how a
   * search by several terms joins them: the rarest drives, terms of comparable size are read whole
   * and hashed, much larger ones are looked up per hit. Without it every term is read whole.
   */
  postings?: number[];
}

/**
 * A term's postings found per hit of the rarest term instead of read whole when it has more than
 * this many times as many: a lookup costs about as much as reading that many postings in order.
 */
export const PROBE_RATIO = 10;

/**
 * How many postings each of `count` terms ($1, $2, …) has (from the per-domain counts); a term
 * without any is left out. One parameter per term rather than one array: PostgreSQL plans an
 * array parameter as ten elements in a generic plan, so that plan never looks cheaper and the
 * prepared lookup was planned again on every search by several terms (planning cost about four
 * times its run); with the terms' count in the text each count keeps one generic plan.
 */
export function termPostingsSql(count: number): string {
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`not a term count: ${count}`);
  const terms = Array.from({ length: count }, (_, i) => `$${i + 1}::text`).join(', ');
  return `SELECT term, sum(hits)::int AS n FROM scenario_search_term_domains WHERE term IN (${terms}) AND hits > 0 GROUP BY term`;
}

/**
 * One query for a public search by words, from the postings in scenario_search_terms: a scenario
 * hits when it holds every term; its relevance is the sum of its terms' weights (10 in the title,
 * 4 in the unit's name), then the shorter title, the newer listing and the id — the order the
 * table path ranks by. Returns the page's view rows (SCENARIO_VIEW_SQL, plus `ord`), or one row
 * of NULLs for an empty page; `search_total` on every row and `search_facets` (domain counts,
 * largest first) on the first.
 *
 * One term (most searches: a word of two Han characters, a Latin token) reads no more than it
 * shows: the page from the postings index in the list's order (index-only, it stops after the
 * page), the total and the domain counts from the term's per-domain counts
 * (scenario_search_term_domains). Several terms join their postings (index-only scans of the
 * primary key), then count, group and rank the hits; their query returns the page's ids only
 * (`ids`: `id` and `ord` instead of the view's columns), whose rows TERM_SEARCH_ROWS_SQL reads.
 * Its text varies with the number of terms and how they are joined, so a pool connection plans
 * most of them for their values, and the view's five joins were half of that planning; the rows
 * of the page by their ids are one text, soon planned once per connection.
 */
export function termSearchSql(search: TermSearch): { sql: string; params: unknown[]; ids?: true } {
  if (search.char !== undefined) return charSql(search);
  return search.terms.length === 1 ? oneTermSql(search) : termsSql(search);
}

/** The list's order over the postings (the order of the index that serves it, for one term). */
function postingsOrder(sort: TermSearch['sort'], score: string, id: string): string {
  if (sort === 'newest') return `listed_at DESC, ${id}`;
  if (sort === 'deadline') return `deadline ASC NULLS LAST, ${id}`;
  return `${score} DESC, title_length, listed_at DESC, ${id}`;
}

/** Domain counts as a JSON array, largest first, from `counts` (domain_code, n). */
function facetsSql(counts: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('code', d.code, 'name', d.name, 'count', c.n) ORDER BY c.n DESC, d.sort), '[]'::json)
          FROM ${counts} c JOIN ${DOMAINS} d ON d.code = c.domain_code)`;
}

/**
 * The view rows of a page of ids ($1, in their order) that still have a status of $2 (the public
 * ones: the ids were read a moment before): the second query of a search by several terms
 * (`termSearchSql` with `ids`). One text for every such search, so that each pool connection
 * soon keeps its generic plan.
 */
export const TERM_SEARCH_ROWS_SQL = `
  SELECT ${SCENARIO_VIEW_SQL} ${SCENARIO_FROM_SQL} JOIN unnest($1::uuid[]) WITH ORDINALITY AS page(id, ord) ON page.id = s.id
   WHERE s.status = ANY($2)
   ORDER BY page.ord`;

/** The page's view rows beside the summary (total, facets), as termSearchSql returns them. */
function pageRowsSql(): string {
  return `
    SELECT summary.total AS search_total, CASE WHEN v.ord IS NULL OR v.ord = 1 THEN summary.facets END AS search_facets, v.*
      FROM summary LEFT JOIN (SELECT page.ord, ${SCENARIO_VIEW_SQL} ${SCENARIO_FROM_SQL} JOIN page ON page.id = s.id) v ON true
     ORDER BY v.ord`;
}

function whole(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a row count: ${n}`);
  return n;
}

/**
 * The page of a search: LIMIT written into the text (PostgreSQL estimates a LIMIT parameter as a
 * tenth of the rows, so a generic plan with one never looks cheaper), OFFSET a parameter. Its
 * plan is the same for every page, so one prepared statement per order (and, for several terms,
 * per way of joining them) serves all pages: each pool connection plans it five times before
 * keeping the generic plan (PostgreSQL's rule), not five times for each page number, and planning
 * costs more than running a one-term page (about 0.8 ms against 0.5 ms at 100,000 scenarios) and
 * a quarter of a search by several terms.
 */
function pageSql(search: TermSearch, p: (value: unknown) => string): string {
  return `LIMIT ${whole(search.limit)} OFFSET ${p(whole(search.offset))}::bigint`;
}

function parameters(): { params: unknown[]; p: (value: unknown) => string } {
  const params: unknown[] = [];
  return {
    params,
    p: (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    },
  };
}

function oneTermSql(search: TermSearch): { sql: string; params: unknown[] } {
  const { params, p } = parameters();
  const term = p(search.terms[0]);
  const domains = search.domainCodes ? p(search.domainCodes) : undefined;
  const inDomain = domains ? `AND domain_code = ANY(${domains}::text[])` : '';
  const sql = `
    WITH page AS (SELECT id, row_number() OVER () AS ord
                    FROM (SELECT scenario_id AS id FROM scenario_search_terms WHERE term = ${term} ${inDomain}
                           ORDER BY ${postingsOrder(search.sort, 'weight', 'scenario_id')} ${pageSql(search, p)}) ranked)
    , counts AS (SELECT domain_code, hits AS n FROM scenario_search_term_domains WHERE term = ${term} AND hits > 0)
    , summary AS (SELECT (SELECT coalesce(sum(n), 0) FROM counts WHERE true ${inDomain})::int AS total,
                         ${search.facets ? facetsSql('counts') : 'NULL::json'} AS facets)
    ${pageRowsSql()}`;
  return { sql, params };
}

function termsSql(search: TermSearch): { sql: string; params: unknown[]; ids: true } {
  const { params, p } = parameters();
  // The rarest term first; each other term read whole in id order (the primary key's order),
  // merged with the others, or, when it has far more postings, looked up for each hit. The
  // fence (OFFSET 0) keeps the planner from looking up every posting of one term in another's
  // index anyway: it cannot see that the terms of one word occur together, so it expects a
  // handful of hits where there are thousands.
  const sizes = search.postings ?? search.terms.map(() => 0);
  const order = search.terms.map((term, i) => ({ term, n: sizes[i] })).sort((a, b) => a.n - b.n);
  const rarest = order[0].n;
  const inOrder = (columns: string, term: string) => `(SELECT ${columns} FROM scenario_search_terms WHERE term = ${p(term)} ORDER BY scenario_id OFFSET 0)`;
  const from = order
    .map(({ term, n }, i) => {
      if (i === 0) return `${inOrder('scenario_id, domain_code, weight, title_length, listed_at, deadline', term)} t0`;
      if (search.postings && n > rarest * PROBE_RATIO) {
        return `JOIN LATERAL (SELECT weight FROM scenario_search_terms WHERE term = ${p(term)} AND scenario_id = t0.scenario_id) t${i} ON true`;
      }
      return `JOIN ${inOrder('scenario_id, weight', term)} t${i} ON t${i}.scenario_id = t0.scenario_id`;
    })
    .join(' ');
  const score = order.map((_, i) => `t${i}.weight`).join(' + ');
  const hits = `SELECT t0.scenario_id AS id, t0.domain_code, ${score} AS score, t0.title_length, t0.listed_at, t0.deadline FROM ${from}`;
  return { sql: hitsPageSql(search, hits, p), params, ids: true };
}

/**
 * A lone Han character: the terms written with it, from the per-domain term counts (by their
 * first or last character, each an index), then the union of their postings, one hit per
 * scenario. Its relevance is the table's: 10 when any of those terms is in the title (the
 * character is), plus 4 when any is in the unit's name.
 */
function charSql(search: TermSearch): { sql: string; params: unknown[]; ids: true } {
  const { params, p } = parameters();
  const char = p(search.char);
  const hits = `
      SELECT t.scenario_id AS id, min(t.domain_code) AS domain_code,
             max(CASE WHEN t.weight >= 10 THEN 10 ELSE 0 END) + max(CASE WHEN t.weight IN (4, 14) THEN 4 ELSE 0 END) AS score,
             min(t.title_length) AS title_length, min(t.listed_at) AS listed_at, min(t.deadline) AS deadline
        FROM (SELECT term FROM scenario_search_term_domains WHERE hits > 0 AND left(term, 1) = ${char}::text
              UNION SELECT term FROM scenario_search_term_domains WHERE hits > 0 AND right(term, 1) = ${char}::text) w
        JOIN scenario_search_terms t ON t.term = w.term
       GROUP BY t.scenario_id`;
  return { sql: hitsPageSql(search, hits, p), params, ids: true };
}

/**
 * The page's ids, the total and the domain counts of the hits that `hits` selects (`id`,
 * `domain_code`, `score`, `title_length`, `listed_at`, `deadline`; one row per scenario): the
 * domain counts in one pass over the hits; the total is theirs, in the domains asked for.
 */
function hitsPageSql(search: TermSearch, hits: string, p: (value: unknown) => string): string {
  const inDomain = search.domainCodes ? `WHERE domain_code = ANY(${p(search.domainCodes)}::text[])` : '';
  return `
    WITH hits AS MATERIALIZED (${hits})
    , page AS (SELECT id, row_number() OVER () AS ord
                 FROM (SELECT id FROM hits ${inDomain} ORDER BY ${postingsOrder(search.sort, 'score', 'id')} ${pageSql(search, p)}) ranked)
    , counts AS (SELECT domain_code, count(*) AS n FROM hits GROUP BY domain_code)
    , summary AS (SELECT (SELECT coalesce(sum(n), 0) FROM counts ${inDomain})::int AS total,
                         ${search.facets ? facetsSql('counts') : 'NULL::json'} AS facets)
    SELECT summary.total AS search_total, CASE WHEN page.ord IS NULL OR page.ord = 1 THEN summary.facets END AS search_facets, page.ord, page.id
      FROM summary LEFT JOIN page ON true
     ORDER BY page.ord`;
}
