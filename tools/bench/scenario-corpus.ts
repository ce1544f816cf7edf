/**
 * The district-scale scenario corpus the HTTP benchmarks share: `count` published scenarios
 * over 300 responsible units, titles and descriptions drawn from the domain vocabularies,
 * deterministic (the same corpus every run), inserted with their search documents.
 */
import { searchTokens } from '@scenematch/contracts';
import { Client } from 'pg';
import { readTaxonomy } from './bench-kit';

export interface Taxonomy {
  domains: Array<{ code: string; name: string; vocabulary?: string[] }>;
}

/** The search mix of the HTTP benchmarks: Chinese two-character searches, filters and pages. */
export const SEARCH_PATHS: readonly string[] = [
  '?q=' + encodeURIComponent('影像'),
  '?q=' + encodeURIComponent('巡查'),
  '?q=' + encodeURIComponent('风险预警') + '&sort=newest',
  '?q=' + encodeURIComponent('量子火锅'),
  '?domain=' + encodeURIComponent('智慧医疗') + '&page=3',
  '?page=20&pageSize=20',
  '?q=' + encodeURIComponent('卫生') + '&facets=true',
  '?q=' + encodeURIComponent('数字孪生') + '&domain=' + encodeURIComponent('城市治理'),
].map((q) => `/api/scenarios${q}`);

/**
 * Queries a warm cache has not seen: every vocabulary word of every domain and mixed-script
 * terms (Latin, digits, a single Han character), on `pages` pages (2 unless told) and three sorts;
 * `facets` asks for the domain counts as the portal's list does.
 */
export function DISTINCT_SEARCH_PATHS(options: { pages?: number; facets?: boolean } = {}): string[] {
  const words = [...new Set(readTaxonomy<Taxonomy>().domains.flatMap((d) => d.vocabulary ?? []))];
  const queries = [...words, 'AI', 'ai', '5G', '3D', 'CT', '12345', '车', 'AI影像'];
  const pages = Array.from({ length: options.pages ?? 2 }, (_, i) => i + 1);
  const facets = options.facets ? '&facets=true' : '';
  return queries.flatMap((w) => ['relevance', 'newest', 'deadline'].flatMap((sort) => pages.map((page) => `/api/scenarios?q=${encodeURIComponent(w)}&sort=${sort}&page=${page}${facets}`)));
}

/** Deterministic pseudo-random numbers, so every run searches the same corpus. */
export function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

export async function seedCorpus(url: string, count: number): Promise<void> {
  const taxonomy = readTaxonomy<Taxonomy>();
  const client = new Client({ connectionString: url });
  await client.connect();
  const random = rng(42);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const units = Array.from({ length: 300 }, (_, i) => `第${i + 1}区${pick(['卫生健康局', '城管局', '教育局', '交通运输局', '工信局', '住建局', '文旅局', '应急管理局'])}`);
  await client.query(`INSERT INTO organisations (type, name) SELECT 'agency', unnest($1::text[]) ON CONFLICT DO NOTHING`, [units]);
  const unitIds = new Map((await client.query<{ id: string; name: string }>(`SELECT id, name FROM organisations WHERE type = 'agency'`)).rows.map((r) => [r.name, r.id]));
  const batch = (await client.query<{ id: string }>(`SELECT id FROM scenario_batches WHERE number = 1`)).rows[0].id;
  const actions = ['智能识别', '辅助决策', '自动巡查', '风险预警', '智能问答', '精准调度', '影像分析', '数字孪生建模', '无人化作业', '质量检测'];
  for (let start = 0; start < count; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, count - start) }, (_, i) => {
      const domain = pick(taxonomy.domains);
      const vocabulary = domain.vocabulary?.length ? domain.vocabulary : [domain.name];
      const title = `${pick(vocabulary)}${pick(actions)}${start + i}`;
      const unit = pick(units);
      const description = `围绕${pick(vocabulary)}和${pick(vocabulary)}，建设${pick(actions)}能力，解决${pick(vocabulary)}效率低、${pick(vocabulary)}覆盖不足等问题。`;
      const text = [title, domain.name, unit, description].join('\n').toLowerCase();
      return { title, domain: domain.code, unit: unitIds.get(unit), description, text, tokens: searchTokens(text) };
    });
    await client.query(
      `INSERT INTO scenarios (batch_id, title, domain_code, agency_id, description, status, source, published_at, search_text, search_tokens)
       SELECT $1, t.title, t.domain, t.unit::uuid, t.description, 'published', 'import', now() - (random() * interval '300 days'), t.text,
              ARRAY(SELECT json_array_elements_text(t.tokens))
         FROM json_to_recordset($2::json) AS t(title text, domain text, unit text, description text, text text, tokens json)`,
      [batch, JSON.stringify(rows)],
    );
  }
  // As autovacuum does soon after a bulk import: statistics, and the visibility map that lets the
  // search's postings be read from their index alone (and the per-domain counts, which every
  // batch's trigger rewrote, free of their dead versions).
  await client.query('VACUUM ANALYZE scenarios, scenario_search_terms, scenario_search_term_domains');
  await client.end();
}
