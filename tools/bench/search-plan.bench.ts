/**
 * The scenario search's SQL at scale, without HTTP: for each query, the plan PostgreSQL picks
 * (whether the GIN index on the search terms answers it) and the median execution time from
 * EXPLAIN (ANALYZE, BUFFERS), warm. Data: the search benchmark's corpus (BENCH_SCENARIOS,
 * default 100,000), one scenario in 20 with "AI" in its title, one in 40 with it in its
 * description only, one in 50 with "5G" in its title — mixed scripts as real lists have them.
 * The SQL is built by the same helpers as the service (textSearchClauses, termHitSql). Each query
 * is measured twice: the table's GIN index with the ranking and count over every hit (the path of
 * filtered and staff lists), and the search's own postings (termSearchSql: page, total and domain
 * counts in one query by index-only scans; the path of public searches by words — for several
 * words that query returns the page's ids, and the 20 rows' view, read by a second prepared query
 * (TERM_SEARCH_ROWS_SQL), is not in its figure).
 * `npm run bench -- search-plan`.
 */
import { PUBLIC_SCENARIO_STATUSES } from '@scenematch/contracts';
import { searchQuery, searchTerms } from '@scenematch/matching/text';
import { searchPartSql, termHitSql, textSearchClauses } from '@scenematch/server-database';
import { termSearchSql } from '@scenematch/server-scenarios';
import { testConfig, testQueuePrefix } from '@scenematch/server-testing';
import { benchDatabase, dropBenchData } from './bench-env';
import { emit, runBench } from './bench-kit';
import { seedCorpus } from './scenario-corpus';

const SCENARIOS = Number(process.env['BENCH_SCENARIOS'] ?? 100_000);
const RUNS = 7;
const QUERIES = ['影像', '巡查', '风险预警', '数字孪生', 'AI', 'ai', '5G', 'AI影像', '12345', '量子火锅', '车'];

/** The id query of GET /api/scenarios?q=… (relevance order, first page), as the service builds it. */
function searchSql(q: string): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = [`s.status = ANY(${p(PUBLIC_SCENARIO_STATUSES)})`];
  const search = textSearchClauses(q, 's', p);
  where.push(...search.where);
  const title = searchPartSql('s', 1);
  const unit = searchPartSql('s', 3);
  const score = search.terms
    .map((term) => `(CASE WHEN ${termHitSql(title, term, p)} THEN 10 ELSE 0 END + CASE WHEN ${termHitSql(unit, term, p)} THEN 4 ELSE 0 END)`)
    .join(' + ');
  const sql = `SELECT s.id, count(*) OVER () AS total FROM scenarios s
     WHERE ${where.join(' AND ')}
     ORDER BY ${score} DESC, length(s.title), coalesce(s.published_at, s.created_at) DESC, s.id LIMIT 20 OFFSET 0`;
  return { sql, params };
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function indexesUsed(node: PlanNode, out = new Set<string>()): Set<string> {
  if (node['Index Name']) out.add(`${node['Node Type']} on ${node['Index Name']}`);
  for (const child of node.Plans ?? []) indexesUsed(child, out);
  return out;
}

function seqScans(node: PlanNode, out: string[] = []): string[] {
  if (node['Node Type'] === 'Seq Scan') out.push('Seq Scan');
  for (const child of node.Plans ?? []) seqScans(child, out);
  return out;
}

async function main(): Promise<void> {
  const database = await benchDatabase('bench_search_plan');
  const config = testConfig(database.url, testQueuePrefix('bench_search_plan'));
  try {
    await seedCorpus(database.url, SCENARIOS);
    // Mixed scripts: rewrite some titles and descriptions, and store their terms as the API would.
    const rows = (
      await database.query<{ id: string; title: string; description: string; text: string; n: number }>(
        `SELECT id, title, description, search_text AS text, abs(hashtext(id::text)) AS n FROM scenarios WHERE abs(hashtext(id::text)) % 40 = 0 OR abs(hashtext(id::text)) % 50 = 0`,
      )
    ).rows.map((r) => {
      let { title, description } = r;
      if (r.n % 20 === 0) title = `AI${title}`;
      else if (r.n % 40 === 0) description = `引入AI${description}`;
      if (r.n % 50 === 0) title = `5G${title}`;
      const text = `${title}\n${r.text.split('\n').slice(1).join('\n')}`.replace(r.description.toLowerCase(), description.toLowerCase()).toLowerCase();
      return { id: r.id, title, description, text, terms: searchTerms(text) };
    });
    await database.query(
      `UPDATE scenarios s SET title = v.title, description = v.description, search_text = v.text, search_tokens = ARRAY(SELECT json_array_elements_text(v.terms))
         FROM json_to_recordset($1::json) AS v(id uuid, title text, description text, text text, terms json) WHERE s.id = v.id`,
      [JSON.stringify(rows)],
    );
    await database.query('VACUUM ANALYZE scenarios, scenario_search_terms');
    emit('search_plan', 'corpus', SCENARIOS, 'scenarios');

    const explain = async (sql: string, params: unknown[]) => {
      const times: number[] = [];
      let plan: { Plan: PlanNode; 'Execution Time': number } | undefined;
      for (let i = 0; i < RUNS; i++) {
        const result = await database.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode; 'Execution Time': number }> }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
        plan = result.rows[0]['QUERY PLAN'][0];
        times.push(plan['Execution Time']);
      }
      times.sort((a, b) => a - b);
      const used = plan ? [...indexesUsed(plan.Plan)].join(', ') || 'none' : 'none';
      const scans = plan ? seqScans(plan.Plan).length : 0;
      return { median: times[Math.floor(RUNS / 2)], plan: `indexes: ${used}${scans ? `, ${scans} seq scan(s)` : ''}` };
    };
    for (const q of QUERIES) {
      const { sql, params } = searchSql(q);
      const table = await explain(sql, params);
      const total = (await database.query<{ total: string }>(`SELECT total FROM (${sql}) x LIMIT 1`, params)).rows[0]?.total ?? '0';
      process.stderr.write(`q=${q}: ${total} hits, ${table.median.toFixed(2)} ms median, ${table.plan}\n`);
      emit('search_plan', `q=${q}_median_ms`, table.median, 'ms');
      emit('search_plan', `q=${q}_hits`, Number(total), 'rows');
      const { terms, chars } = searchQuery(q);
      if (terms.length && !chars.length) {
        const postings = termSearchSql({ terms, sort: 'relevance', facets: true, limit: 20, offset: 0 });
        const indexed = await explain(postings.sql, postings.params);
        process.stderr.write(`  postings (page, total and domain counts in one): ${indexed.median.toFixed(2)} ms median, ${indexed.plan}\n`);
        emit('search_plan', `q=${q}_postings_median_ms`, indexed.median, 'ms');
      }
    }
    if (process.env['BENCH_SHOW_PLAN']) {
      const { sql, params } = searchSql(process.env['BENCH_SHOW_PLAN']);
      const result = await database.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      process.stderr.write(result.rows.map((r) => r['QUERY PLAN']).join('\n') + '\n');
    }
  } finally {
    await dropBenchData(database, config);
  }
}

runBench(main);
