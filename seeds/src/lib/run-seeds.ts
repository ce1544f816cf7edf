import { Algorithm, hash } from '@node-rs/argon2';
import { buildUscc } from '@scenematch/contracts';
import { Client } from 'pg';
import { readSeedJson, readSeedTsv } from './seed-files';
import { DemoEnterprise, ScenarioListRow, TaxonomyFile } from './seed-types';

export const DEMO_PASSWORD = 'Demo#2025pass';
export const ORGANISER_ORG_NAME = '示范区人工智能创新服务中心';
export const EXPERT_POOL_NAME = 'SceneMatch 评审专家库';
export const DEMO_AGENCY_NAME = '市卫生健康委';
export const SCENARIO_LIST_FILE = 'city-ai-scenarios-batch1.tsv';

export interface SeedContext {
  client: Client;
  demo: boolean;
}

/** One idempotent loading step; later domains add theirs to SEED_STEPS. */
export interface SeedStep {
  name: string;
  demoOnly?: boolean;
  run(context: SeedContext): Promise<Record<string, number>>;
}

/** Splits a 责任单位 cell that names several units ("市住房建设局 市工业和信息化局"). */
export function responsibleUnits(cell: string): string[] {
  return cell
    .split(/[\s、，,；;]+/)
    .map((u) => u.trim())
    .filter(Boolean);
}

const taxonomyStep: SeedStep = {
  name: 'taxonomy',
  async run({ client }) {
    const taxonomy = readSeedJson<TaxonomyFile>('taxonomy.json');
    let sort = 0;
    for (const d of taxonomy.domains) {
      await client.query(
        `INSERT INTO domains (code, name, grp, aliases, vocabulary, sort) VALUES ($1,$2,$3,$4,$5,$6)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, grp = EXCLUDED.grp, aliases = EXCLUDED.aliases,
           vocabulary = EXCLUDED.vocabulary, sort = EXCLUDED.sort`,
        [d.code, d.name, d.group, d.aliases ?? [], d.vocabulary ?? [], sort++],
      );
    }
    sort = 0;
    for (const c of taxonomy.capabilities) {
      await client.query(
        `INSERT INTO capabilities (code, name, synonyms, keywords, sort) VALUES ($1,$2,$3,$4,$5)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, synonyms = EXCLUDED.synonyms,
           keywords = EXCLUDED.keywords, sort = EXCLUDED.sort`,
        [c.code, c.name, c.synonyms ?? [], c.keywords ?? [], sort++],
      );
    }
    await client.query(
      `INSERT INTO taxonomy_documents (name, body) VALUES ('taxonomy', $1)
       ON CONFLICT (name) DO UPDATE SET body = EXCLUDED.body, loaded_at = now()`,
      [JSON.stringify(taxonomy)],
    );
    return { domains: taxonomy.domains.length, capabilities: taxonomy.capabilities.length };
  },
};

/** The responsible units of the real first list become agency organisations (known by name). */
const agenciesStep: SeedStep = {
  name: 'agencies',
  async run({ client }) {
    const rows = readSeedTsv(SCENARIO_LIST_FILE) as unknown as ScenarioListRow[];
    const names = new Set(rows.flatMap((r) => responsibleUnits(r.责任单位)));
    let created = 0;
    for (const name of names) {
      const result = await client.query(
        `INSERT INTO organisations (type, name) VALUES ('agency', $1)
         ON CONFLICT (name) WHERE type = 'agency' DO NOTHING`,
        [name],
      );
      created += result.rowCount ?? 0;
    }
    return { agencies: names.size, created };
  },
};

async function upsertOrganisation(client: Client, type: string, name: string, uscc: string | null): Promise<string> {
  const existing = await client.query<{ id: string }>(`SELECT id FROM organisations WHERE type = $1 AND name = $2 LIMIT 1`, [type, name]);
  if (existing.rows[0]) return existing.rows[0].id;
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO organisations (type, name, uscc, verified, verified_at) VALUES ($1,$2,$3,$4,$5) RETURNING id`,
    [type, name, uscc, !!uscc, uscc ? new Date() : null],
  );
  return inserted.rows[0].id;
}

let demoHash: Promise<string> | undefined;

async function upsertUser(client: Client, email: string, displayName: string, role: string, organisationId: string): Promise<number> {
  const found = await client.query(`SELECT 1 FROM users WHERE email = $1`, [email]);
  if (found.rowCount) return 0;
  demoHash ??= hash(DEMO_PASSWORD, { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  await client.query(
    `INSERT INTO users (email, password_hash, display_name, role, organisation_id) VALUES ($1,$2,$3,$4,$5)
     ON CONFLICT (email) DO NOTHING`,
    [email, await demoHash, displayName, role, organisationId],
  );
  return 1;
}

/** Demo organisations (the service centre, the expert pool, demo companies) and the five demo users. */
const demoAccountsStep: SeedStep = {
  name: 'demo-accounts',
  demoOnly: true,
  async run({ client }) {
    const organiserId = await upsertOrganisation(client, 'organiser', ORGANISER_ORG_NAME, buildUscc('12', '440304', 'MB2C0001'));
    const expertPoolId = await upsertOrganisation(client, 'expert_pool', EXPERT_POOL_NAME, null);
    const agency = await client.query<{ id: string }>(`SELECT id FROM organisations WHERE type = 'agency' AND name = $1`, [DEMO_AGENCY_NAME]);
    if (!agency.rows[0]) throw new Error(`Demo agency ${DEMO_AGENCY_NAME} is missing from the scenario list`);
    const enterprises = readSeedJson<DemoEnterprise[]>('demo-enterprises.json');
    const enterpriseIds: string[] = [];
    for (const e of enterprises) {
      const byUscc = await client.query<{ id: string }>(`SELECT id FROM organisations WHERE uscc = $1`, [e.uscc]);
      enterpriseIds.push(byUscc.rows[0]?.id ?? (await upsertOrganisation(client, 'enterprise', e.name, e.uscc)));
    }
    let users = 0;
    users += await upsertUser(client, 'organiser@demo.scenematch.cn', '王敏（服务中心）', 'organiser', organiserId);
    users += await upsertUser(client, 'admin@demo.scenematch.cn', '系统管理员', 'admin', organiserId);
    users += await upsertUser(client, 'agency@demo.scenematch.cn', '李静（市卫生健康委）', 'agency', agency.rows[0].id);
    users += await upsertUser(client, 'enterprise@demo.scenematch.cn', `陈晨（${enterprises[0].name}）`, 'enterprise', enterpriseIds[0]);
    users += await upsertUser(client, 'expert@demo.scenematch.cn', '赵教授（评审专家）', 'expert', expertPoolId);
    return { enterprises: enterprises.length, usersCreated: users };
  },
};

export const SEED_STEPS: SeedStep[] = [taxonomyStep, agenciesStep, demoAccountsStep];

/** Loads every seed step in one transaction; safe to run any number of times. */
export async function runSeeds(databaseUrl: string, options: { demo: boolean }, steps: SeedStep[] = SEED_STEPS) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const summary: Record<string, Record<string, number>> = {};
  try {
    await client.query('BEGIN');
    // Two processes seeding at once wait for each other instead of racing.
    await client.query('SELECT pg_advisory_xact_lock(7240517032)');
    for (const step of steps) {
      if (step.demoOnly && !options.demo) continue;
      summary[step.name] = await step.run({ client, demo: options.demo });
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return summary;
}
