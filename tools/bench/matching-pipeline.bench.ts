/**
 * The matching pipeline at the seeds' scale, database included: 3,000 companies with listed
 * products × 1,003 open scenarios. `full_rebuild_s` is a rebuild request until every shard is
 * done (planning, scoring, writing the kept pairs); `incremental_p95_ms` is publishing one
 * scenario until it shows in a fitting company's recommendations, through outbox, BullMQ and
 * the worker.
 */
import { searchTokens } from '@scenematch/contracts';
import { MatchingJobsModule } from '@scenematch/server-matching';
import { JobName, OutboxService } from '@scenematch/server-queue';
import { TaxonomyModule } from '@scenematch/server-taxonomy';
import { testConfig, testQueuePrefix, waitFor } from '@scenematch/server-testing';
import { Client } from 'pg';
import { benchDatabase, dropBenchData, startWorker } from './bench-env';
import { emit, readTaxonomy, runBench } from './bench-kit';
import { rng } from './scenario-corpus';

const COMPANIES = Number(process.env['BENCH_COMPANIES'] ?? 3000);
const SCENARIOS = Number(process.env['BENCH_SCENARIOS_OPEN'] ?? 1003);

interface Taxonomy {
  domains: Array<{ code: string; name: string; vocabulary?: string[] }>;
  capabilities: Array<{ code: string; name: string; keywords?: string[] }>;
}

async function seed(url: string): Promise<void> {
  const taxonomy = readTaxonomy<Taxonomy>();
  const client = new Client({ connectionString: url });
  await client.connect();
  const random = rng(7);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const some = <T>(list: T[], n: number) => [...new Set(Array.from({ length: n }, () => pick(list)))];
  const companies = Array.from({ length: COMPANIES }, (_, i) => {
    const domains = some(taxonomy.domains, 2);
    const caps = some(taxonomy.capabilities, 3);
    const words = domains.flatMap((d) => some(d.vocabulary ?? [d.name], 4));
    const name = `深圳合成第${i + 1}智能科技有限公司`;
    const description = `${name}提供${caps.map((c) => c.name).join('、')}产品，服务${words.join('、')}等场景。`;
    return { name, domains: domains.map((d) => d.code), caps: caps.map((c) => c.code), description, tokens: searchTokens(description) };
  });
  await client.query(
    `WITH o AS (
       INSERT INTO organisations (type, name) SELECT 'enterprise', x.name FROM json_to_recordset($1::json) AS x(name text) RETURNING id, name
     )
     INSERT INTO products (organisation_id, name, description, capability_codes, domain_codes, maturity, deployment_modes, status, listed_at, search_text, search_tokens)
     SELECT o.id, x.name || '产品', x.description, ARRAY(SELECT json_array_elements_text(x.caps)), ARRAY(SELECT json_array_elements_text(x.domains)),
            'pilot', '{on-premise}', 'listed', now(), x.description, ARRAY(SELECT json_array_elements_text(x.tokens))
       FROM json_to_recordset($1::json) AS x(name text, description text, caps json, domains json, tokens json) JOIN o ON o.name = x.name`,
    [JSON.stringify(companies)],
  );
  const agency = (await client.query<{ id: string }>(`SELECT id FROM organisations WHERE type = 'agency' LIMIT 1`)).rows[0].id;
  const scenarios = Array.from({ length: SCENARIOS }, (_, i) => {
    const domain = pick(taxonomy.domains);
    const words = some(domain.vocabulary ?? [domain.name], 3);
    const title = `${words.join('')}智能化${i}`;
    const description = `围绕${words.join('、')}，需要${pick(taxonomy.capabilities).name}能力。`;
    return { title, domain: domain.code, description, text: `${title}\n${description}`.toLowerCase() };
  });
  await client.query(
    `INSERT INTO scenarios (title, domain_code, agency_id, description, status, source, published_at, search_text, search_tokens)
     SELECT x.title, x.domain, $2, x.description, 'published', 'import', now(), x.text, '{}' FROM json_to_recordset($1::json) AS x(title text, domain text, description text, text text)`,
    [JSON.stringify(scenarios), agency],
  );
  await client.query(`DELETE FROM outbox`);
  await client.query(`DELETE FROM matching_rebuilds`);
  await client.end();
}

async function main(): Promise<void> {
  const database = await benchDatabase('bench_matching');
  await seed(database.url);
  const config = testConfig(database.url, testQueuePrefix('bench'), { WORKER_CONCURRENCY: '4', OUTBOX_POLL_MS: '50' });
  const worker = await startWorker(config, [TaxonomyModule, MatchingJobsModule]);
  const sql = new Client({ connectionString: database.url });
  await sql.connect();
  try {
    const outbox = worker.get(OutboxService);
    // Warm: the first job loads the index.
    const warmStart = performance.now();
    const warm = (await sql.query<{ id: string }>(`INSERT INTO matching_rebuilds (shards) VALUES (0) RETURNING id`)).rows[0].id;
    await outbox.publishNow(JobName.MatchingRebuild, { rebuildId: warm });
    await waitFor(async () => (await sql.query(`SELECT 1 FROM matching_rebuilds WHERE id = $1 AND status = 'completed'`, [warm])).rowCount, 'the warm-up rebuild', 600_000, 50);
    emit('matching', 'first_rebuild_with_index_load_s', (performance.now() - warmStart) / 1000, 's');

    const started = performance.now();
    const rebuild = (await sql.query<{ id: string }>(`INSERT INTO matching_rebuilds (shards) VALUES (0) RETURNING id`)).rows[0].id;
    await outbox.publishNow(JobName.MatchingRebuild, { rebuildId: rebuild });
    await waitFor(async () => (await sql.query(`SELECT 1 FROM matching_rebuilds WHERE id = $1 AND status = 'completed'`, [rebuild])).rowCount, 'the rebuild', 600_000, 20);
    emit('matching', 'full_rebuild_s', (performance.now() - started) / 1000, 's');
    const kept = await sql.query<{ n: string }>(`SELECT count(*) AS n FROM match_results`);
    emit('matching', 'pairs_kept', Number(kept.rows[0].n), 'pairs');

    // Incremental: publish a scenario that fits company 1's product; time until it is kept for it.
    const company = await sql.query<{ id: string; caps: string[]; domains: string[] }>(
      `SELECT o.id, p.capability_codes AS caps, p.domain_codes AS domains FROM organisations o JOIN products p ON p.organisation_id = o.id
        WHERE o.name = '深圳合成第1智能科技有限公司'`,
    );
    const caps = await sql.query<{ name: string }>(`SELECT name FROM capabilities WHERE code = ANY($1)`, [company.rows[0].caps]);
    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      const rows = await sql.query<{ id: string }>(
        `INSERT INTO scenarios (title, domain_code, agency_id, description, capability_codes, status, source, published_at)
         SELECT $1, $2, (SELECT id FROM organisations WHERE type = 'agency' LIMIT 1), $3, $4, 'published', 'portal', now() RETURNING id`,
        [`增量测试场景${i}`, company.rows[0].domains[0], `需要${caps.rows.map((c) => c.name).join('、')}能力的场景。`, company.rows[0].caps],
      );
      const id = rows.rows[0].id;
      await outbox.publishNow(JobName.ScenarioChanged, { scenarioId: id });
      await waitFor(async () => (await sql.query(`SELECT 1 FROM match_results WHERE scenario_id = $1 AND organisation_id = $2`, [id, company.rows[0].id])).rowCount, 'the incremental match', 30_000, 5);
      latencies.push(performance.now() - t0);
    }
    latencies.sort((a, b) => a - b);
    emit('matching', 'incremental_p50_ms', latencies[Math.floor(latencies.length * 0.5)], 'ms');
    emit('matching', 'incremental_p95_ms', latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.95))], 'ms');
  } finally {
    await sql.end();
    await worker.close();
    await dropBenchData(database, config);
  }
}

runBench(main);
