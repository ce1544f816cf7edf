/**
 * What the HTTP benchmarks of the hot read endpoints share: the matches the worker would have
 * kept for the corpus, the demo company's sign-in, and the request mix of each endpoint.
 */
import { DEMO_PASSWORD, DEMO_USERS, type TestDatabase } from '@scenematch/server-testing';
import { Client } from 'pg';
import { DISTINCT_SEARCH_PATHS, rng, SEARCH_PATHS } from './scenario-corpus';

export const COMPANIES = 300;

const REASONS = [
  ['能力匹配：计算机视觉', '领域相符：智慧医疗', '已上架产品 2 款'],
  ['能力匹配：自然语言处理、大模型', '同类场景已有落地案例'],
  ['领域相符：城市治理', '能力匹配：视频分析'],
];

/** Matches as the worker keeps them: each company scores a share of the open scenarios. */
export async function seedMatches(url: string): Promise<{ demoMatches: number; total: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO organisations (type, name, verified)
       SELECT 'enterprise', 'AI企业' || g, g % 3 = 0 FROM generate_series(1, $1) g ON CONFLICT DO NOTHING`,
      [COMPANIES],
    );
    const demo = (await client.query<{ id: string }>(`SELECT organisation_id AS id FROM users WHERE email = $1`, [DEMO_USERS.enterprise])).rows[0].id;
    await client.query('TRUNCATE match_results');
    // The demo company: one open scenario in five, scores spread over 1–100.
    await client.query(
      `INSERT INTO match_results (scenario_id, organisation_id, score, reasons)
       SELECT s.id, $1, 1 + abs(hashtext(s.id::text)) % 100, $2::text[]
         FROM scenarios s WHERE s.status = 'published' AND abs(hashtext(s.id::text || 'demo')) % 5 = 0`,
      [demo, REASONS[0]],
    );
    // Every other company: one in ten.
    const random = rng(7);
    for (const reasons of REASONS) {
      await client.query(
        `INSERT INTO match_results (scenario_id, organisation_id, score, reasons)
         SELECT s.id, o.id, 1 + abs(hashtext(s.id::text || o.id::text)) % 100, $1::text[]
           FROM scenarios s CROSS JOIN organisations o
          WHERE s.status = 'published' AND o.type = 'enterprise' AND o.id <> $2
            AND abs(hashtext(s.id::text || o.id::text)) % 30 = $3
         ON CONFLICT DO NOTHING`,
        [reasons, demo, Math.floor(random() * 30)],
      );
    }
    await client.query('ANALYZE match_results');
    const counts = await client.query<{ demo: string; total: string }>(
      `SELECT count(*) FILTER (WHERE organisation_id = $1) AS demo, count(*) AS total FROM match_results`,
      [demo],
    );
    return { demoMatches: Number(counts.rows[0].demo), total: Number(counts.rows[0].total) };
  } finally {
    await client.end();
  }
}

/** The demo company's bearer header, signed in through the API at `base`. */
export async function signInDemoEnterprise(base: string): Promise<Record<string, string>> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_USERS.enterprise, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}

export interface HotEndpoint {
  name: string;
  paths: string[];
  headers?: Record<string, string>;
}

/**
 * The hot read endpoints and their request mixes, /api/health first: one PostgreSQL and one
 * Redis ping, the floor of what the stack costs, the yardstick for ratios measured in the same run.
 */
export async function hotEndpoints(database: TestDatabase, auth: Record<string, string>, options: { distinctSearch?: boolean } = {}): Promise<HotEndpoint[]> {
  const ids = await database.query<{ id: string }>(`SELECT id FROM scenarios WHERE status = 'published' ORDER BY md5(id::text) LIMIT 1000`);
  const recommendations = [
    '/api/me/recommendations',
    '/api/me/recommendations?page=2',
    '/api/me/recommendations?pageSize=50',
    '/api/me/recommendations?domain=' + encodeURIComponent('智慧医疗'),
    '/api/me/recommendations?minScore=60',
    '/api/me/recommendations?page=10',
  ];
  return [
    { name: 'health', paths: ['/api/health'] },
    { name: 'search', paths: [...SEARCH_PATHS] },
    // Nearly every request a query not seen before (cache misses): the index has to answer.
    ...(options.distinctSearch ? [{ name: 'search_distinct', paths: DISTINCT_SEARCH_PATHS() }] : []),
    { name: 'scenario_page', paths: ids.rows.map((r) => `/api/scenarios/${r.id}`) },
    { name: 'recommendations', paths: recommendations, headers: auth },
  ];
}
