import { buildUscc, DEMO_PASSWORD, demoAccountOf, responsibleUnits } from '@scenematch/contracts';
import { PasswordHasher } from '@scenematch/server-crypto';
import { searchDocumentOf } from '@scenematch/server-database';
import { Client } from 'pg';
import { demoStoryStep } from './demo-story';
import { readSeedJson, readSeedTsv } from './seed-files';
import { DemoEnterprise, ScenarioListRow, TaxonomyFile } from './seed-types';

export { DEMO_PASSWORD };
/** The demo company user's verified mobile number (sign-in by SMS code with the development sink). */
export const DEMO_ENTERPRISE_PHONE = '13800138000';
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


const taxonomyStep: SeedStep = {
  name: 'taxonomy',
  async run({ client }) {
    const taxonomy = readSeedJson<TaxonomyFile>('taxonomy.json');
    let sort = 0;
    for (const d of taxonomy.domains) {
      await client.query<object>(
        `INSERT INTO domains (code, name, grp, aliases, vocabulary, sort) VALUES ($1,$2,$3,$4,$5,$6)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, grp = EXCLUDED.grp, aliases = EXCLUDED.aliases,
           vocabulary = EXCLUDED.vocabulary, sort = EXCLUDED.sort`,
        [d.code, d.name, d.group, d.aliases ?? [], d.vocabulary ?? [], sort++],
      );
    }
    sort = 0;
    for (const c of taxonomy.capabilities) {
      await client.query<object>(
        `INSERT INTO capabilities (code, name, synonyms, keywords, sort) VALUES ($1,$2,$3,$4,$5)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, synonyms = EXCLUDED.synonyms,
           keywords = EXCLUDED.keywords, sort = EXCLUDED.sort`,
        [c.code, c.name, c.synonyms ?? [], c.keywords ?? [], sort++],
      );
    }
    await client.query<object>(
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
      const result = await client.query<object>(
        `INSERT INTO organisations (type, name) VALUES ('agency', $1)
         ON CONFLICT (name) WHERE type = 'agency' DO NOTHING`,
        [name],
      );
      created += result.rowCount ?? 0;
    }
    return { agencies: names.size, created };
  },
};

async function upsertOrganisation(client: Client, type: string, name: string, uscc: string | null, financierKind: string | null = null): Promise<string> {
  const existing = await client.query<{ id: string }>(`SELECT id FROM organisations WHERE type = $1 AND name = $2 LIMIT 1`, [type, name]);
  if (existing.rows[0]) return existing.rows[0].id;
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO organisations (type, name, uscc, verified, verified_at, financier_kind) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
    [type, name, uscc, !!uscc, uscc ? new Date() : null, financierKind],
  );
  return inserted.rows[0].id;
}

/** The demo financiers (金融机构, 投资机构) that come to the demo story's scheduled session. */
export const DEMO_FINANCIERS = [
  { name: '鹏城银行科技支行', kind: 'bank', uscc: buildUscc('91', '440300', 'MB2F0001') },
  { name: '湾区智能产业创业投资基金', kind: 'investor', uscc: buildUscc('91', '440300', 'MB2F0002') },
] as const;

let demoHash: Promise<string> | undefined;

async function upsertUser(client: Client, email: string, displayName: string, role: string, organisationId: string): Promise<number> {
  const found = await client.query<object>(`SELECT 1 FROM users WHERE email = $1`, [email]);
  if (found.rowCount) return 0;
  demoHash ??= PasswordHasher.hash(DEMO_PASSWORD);
  await client.query<object>(
    `INSERT INTO users (email, password_hash, display_name, role, organisation_id) VALUES ($1,$2,$3,$4,$5)
     ON CONFLICT (email) DO NOTHING`,
    [email, await demoHash, displayName, role, organisationId],
  );
  return 1;
}

/** Demo organisations (the service centre, the expert pool, demo companies, a bank and an investor) and the six demo users. */
const demoAccountsStep: SeedStep = {
  name: 'demo-accounts',
  demoOnly: true,
  async run({ client }) {
    const organiserId = await upsertOrganisation(client, 'organiser', ORGANISER_ORG_NAME, buildUscc('12', '440304', 'MB2C0001'));
    const expertPoolId = await upsertOrganisation(client, 'expert_pool', EXPERT_POOL_NAME, null);
    const agency = await client.query<{ id: string }>(`SELECT id FROM organisations WHERE type = 'agency' AND name = $1`, [DEMO_AGENCY_NAME]);
    if (!agency.rows[0]) throw new Error(`Demo agency ${DEMO_AGENCY_NAME} is missing from the scenario list`);
    // The demo unit is a known government unit: verified (with its code), so that it sees companies' contact details.
    await client.query<object>(
      `UPDATE organisations SET uscc = coalesce(uscc, $2), verified = true, verified_at = coalesce(verified_at, now()) WHERE id = $1 AND NOT verified`,
      [agency.rows[0].id, buildUscc('11', '440300', 'MB2D0001')],
    );
    const enterprises = readSeedJson<DemoEnterprise[]>('demo-enterprises.json');
    const enterpriseIds: string[] = [];
    for (const e of enterprises) {
      const byUscc = await client.query<{ id: string }>(`SELECT id FROM organisations WHERE uscc = $1`, [e.uscc]);
      enterpriseIds.push(byUscc.rows[0]?.id ?? (await upsertOrganisation(client, 'enterprise', e.name, e.uscc)));
    }
    let users = 0;
    users += await upsertUser(client, demoAccountOf('organiser').email, '王敏（服务中心）', 'organiser', organiserId);
    users += await upsertUser(client, demoAccountOf('admin').email, '系统管理员', 'admin', organiserId);
    users += await upsertUser(client, demoAccountOf('agency').email, '李静（市卫生健康委）', 'agency', agency.rows[0].id);
    users += await upsertUser(client, demoAccountOf('enterprise').email, `陈晨（${enterprises[0].name}）`, 'enterprise', enterpriseIds[0]);
    users += await upsertUser(client, demoAccountOf('expert').email, '赵教授（评审专家）', 'expert', expertPoolId);
    const financierIds: string[] = [];
    for (const f of DEMO_FINANCIERS) financierIds.push(await upsertOrganisation(client, 'financier', f.name, f.uscc, f.kind));
    users += await upsertUser(client, demoAccountOf('financier').email, `刘洋（${DEMO_FINANCIERS[0].name}）`, 'financier', financierIds[0]);
    // The demo company user signs in by phone too (手机验证码登录): a verified number whose codes
    // the development SMS sink writes to SMS_DIR. Only while the user has no number of their own.
    await client.query<object>(
      `UPDATE users SET phone = $2, phone_verified_at = now() WHERE email = $1 AND phone IS NULL
          AND NOT EXISTS (SELECT 1 FROM users WHERE phone = $2)`,
      [demoAccountOf('enterprise').email, DEMO_ENTERPRISE_PHONE],
    );
    return { enterprises: enterprises.length, financiers: financierIds.length, usersCreated: users };
  },
};

export const FIRST_LIST = {
  number: 1,
  name: '“城市+AI”应用场景清单（第一批）',
  issuer: '中共深圳市委办公厅 深圳市人民政府办公厅',
  description: '《深圳市加快推动人工智能高质量发展高水平应用行动方案（2023—2024年）》附件，2023年5月31日印发。',
  opensOn: '2023-05-31',
};

async function insertScenario(
  client: Client,
  s: { batchId: string | null; seqNo: number | null; title: string; domain: string; units: string[]; status: string; source: string;
       description?: string; painPoints?: string; expectedOutcome?: string; capabilities?: string[]; deadline?: string | null; createdBy?: string | null },
): Promise<number> {
  const domain = await client.query<{ code: string; name: string }>(`SELECT code, name FROM domains WHERE name = $1 OR $1 = ANY(aliases)`, [s.domain]);
  if (!domain.rows[0]) throw new Error(`Seed scenario "${s.title}": unknown domain ${s.domain}`);
  const units = await client.query<{ id: string; name: string }>(`SELECT id, name FROM organisations WHERE type = 'agency' AND name = ANY($1)`, [s.units]);
  const ids = s.units.map((u) => units.rows.find((r) => r.name === u)?.id);
  if (ids.some((id) => !id)) throw new Error(`Seed scenario "${s.title}": unknown unit in ${s.units.join(' ')}`);
  const caps = s.capabilities?.length
    ? (await client.query<{ code: string }>(`SELECT code FROM capabilities WHERE name = ANY($1)`, [s.capabilities])).rows.map((r) => r.code)
    : [];
  const doc = searchDocumentOf([s.title, domain.rows[0].name, ...s.units, s.description ?? '', s.painPoints ?? '', s.expectedOutcome ?? '']);
  const published = ['published', 'closed'].includes(s.status);
  const result = await client.query<{ id: string }>(
    `INSERT INTO scenarios (batch_id, seq_no, title, domain_code, agency_id, co_agency_ids, description, pain_points, expected_outcome,
                            capability_codes, deadline, status, source, submitted_at, published_at, search_text, search_tokens, created_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13, now(), $14, $15, $16, $17)
     ON CONFLICT DO NOTHING RETURNING id`,
    [s.batchId, s.seqNo, s.title, domain.rows[0].code, ids[0], ids.slice(1), s.description ?? '', s.painPoints ?? '', s.expectedOutcome ?? '',
     caps, s.deadline ?? null, s.status, s.source, published ? new Date() : null, doc.text, doc.tokens, s.createdBy ?? null],
  );
  if (result.rows[0]) {
    await client.query<object>(`INSERT INTO scenario_events (scenario_id, from_status, to_status, reason) VALUES ($1, NULL, $2, $3)`, [
      result.rows[0].id, s.status, s.source === 'seed' ? '初始数据' : null,
    ]);
  }
  return result.rowCount ?? 0;
}

/** The real first list, published as batch 1 exactly as the source document gives it. */
const firstListStep: SeedStep = {
  name: 'first-list',
  async run({ client }) {
    await client.query<object>(
      `INSERT INTO scenario_batches (number, name, issuer, description, opens_on, status, published_at)
       VALUES ($1, $2, $3, $4, $5, 'published', $5::date) ON CONFLICT (number) DO NOTHING`,
      [FIRST_LIST.number, FIRST_LIST.name, FIRST_LIST.issuer, FIRST_LIST.description, FIRST_LIST.opensOn],
    );
    const batch = await client.query<{ id: string; name: string }>(`SELECT id, name FROM scenario_batches WHERE number = $1`, [FIRST_LIST.number]);
    // Batch 1 renamed by staff: it is theirs now, leave it alone.
    if (batch.rows[0].name !== FIRST_LIST.name) return { skipped: 1 } as Record<string, number>;
    const rows = readSeedTsv(SCENARIO_LIST_FILE) as unknown as ScenarioListRow[];
    let created = 0;
    for (const row of rows) {
      created += await insertScenario(client, {
        batchId: batch.rows[0].id, seqNo: Number(row.序号), title: row.场景名称, domain: row.应用领域,
        units: responsibleUnits(row.责任单位), status: 'published', source: 'seed',
      });
    }
    return { scenarios: rows.length, created };
  },
};

/** Demo only: a second batch being collected, with scenarios at each step of review. */
const demoScenariosStep: SeedStep = {
  name: 'demo-scenarios',
  demoOnly: true,
  async run({ client }) {
    const organiser = await client.query<{ id: string }>(`SELECT id FROM users WHERE email = 'organiser@demo.scenematch.cn'`);
    await client.query<object>(
      `INSERT INTO scenario_batches (number, name, issuer, description, status, created_by)
       VALUES (2, '示范区人工智能应用场景清单（第二批·征集中）', $1, '演示数据：服务中心正在征集和审核的第二批场景。', 'draft', $2)
       ON CONFLICT (number) DO NOTHING`,
      [ORGANISER_ORG_NAME, organiser.rows[0]?.id ?? null],
    );
    const batch = await client.query<{ id: string }>(`SELECT id FROM scenario_batches WHERE number = 2`);
    const agencyUser = await client.query<{ id: string }>(`SELECT id FROM users WHERE email = 'agency@demo.scenematch.cn'`);
    const demo = [
      { title: '基层医疗机构慢病随访智能助手', status: 'submitted', capabilities: ['自然语言处理', '大模型', '语音识别与合成'],
        description: '面向社区健康服务中心，利用大模型与语音外呼自动完成高血压、糖尿病患者的随访问询、用药提醒和结果归档，减轻家庭医生随访负担。',
        painPoints: '家庭医生签约人数多，人工电话随访覆盖率低，记录不规范。', expectedOutcome: '随访覆盖率提升到 90% 以上，随访记录自动结构化入档。' },
      { title: '院前急救调度智能辅助', status: 'draft', capabilities: ['语音识别与合成', '智能决策与优化'],
        description: '在 120 调度中实时转写呼救电话，提取关键症状和位置，推荐派车方案。', painPoints: '', expectedOutcome: '' },
    ];
    let created = 0;
    for (const d of demo) {
      created += await insertScenario(client, {
        batchId: batch.rows[0].id, seqNo: null, title: d.title, domain: '智慧医疗', units: [DEMO_AGENCY_NAME], status: d.status,
        source: 'portal', description: d.description, painPoints: d.painPoints, expectedOutcome: d.expectedOutcome,
        capabilities: d.capabilities, createdBy: agencyUser.rows[0]?.id ?? null,
      });
    }
    return { created };
  },
};

interface DemoProduct {
  key: string;
  name: string;
  description: string;
  capabilities: string[];
  domains: string[];
  maturity: string;
  deploymentModes: string[];
  cases?: string[];
}

interface DemoCompany extends DemoEnterprise {
  district?: string;
  founded?: number;
  employees?: number;
  profile?: string;
  capabilities?: string[];
  domains?: string[];
  certifications?: string[];
  contact?: { name: string; phone: string; email: string };
  products?: DemoProduct[];
}

function headcountBand(employees: number | undefined): string | null {
  if (!employees) return null;
  for (const [limit, band] of [[20, '1-20'], [50, '21-50'], [200, '51-200'], [500, '201-500'], [1000, '501-1000']] as const) if (employees <= limit) return band;
  return '1000+';
}

/**
 * Demo only: the demo companies' profiles and products. Most products are listed, released at a
 * demo launch event; the demo enterprise's last product waits for review so the queue has work.
 */
const demoProductsStep: SeedStep = {
  name: 'demo-products',
  demoOnly: true,
  async run({ client }) {
    const companies = readSeedJson<DemoCompany[]>('demo-enterprises.json');
    const capabilities = new Map((await client.query<{ code: string; name: string }>(`SELECT code, name FROM capabilities`)).rows.map((r) => [r.name, r.code]));
    const domains = new Map((await client.query<{ code: string; name: string }>(`SELECT code, name FROM domains`)).rows.map((r) => [r.name, r.code]));
    const codes = (names: string[] | undefined, map: Map<string, string>) => (names ?? []).map((n) => map.get(n)).filter((c): c is string => !!c);
    await client.query<object>(
      `INSERT INTO launch_events (title, held_on, venue, description, status, released_at)
       SELECT '人工智能产品发布会（演示场）', DATE '2026-10-28', '示范区人工智能创新服务中心 路演厅', '演示数据：首批入库的 AI 产品。', 'released', TIMESTAMPTZ '2026-10-28 15:00+08'
        WHERE NOT EXISTS (SELECT 1 FROM launch_events WHERE title = '人工智能产品发布会（演示场）')`,
    );
    const event = (await client.query<{ id: string }>(`SELECT id FROM launch_events WHERE title = '人工智能产品发布会（演示场）'`)).rows[0].id;
    let products = 0;
    for (const [index, c] of companies.entries()) {
      const org = (await client.query<{ id: string }>(`SELECT id FROM organisations WHERE uscc = $1`, [c.uscc])).rows[0];
      if (!org) continue;
      const certifications = (c.certifications ?? []).map((kind, i) => ({ kind, number: `DEMO-${c.uscc.slice(8, 14)}-${i + 1}`, validUntil: '2028-12-31' }));
      const doc = searchDocumentOf([c.name, c.profile ?? '', c.district ?? '']);
      await client.query<object>(
        `INSERT INTO company_profiles (organisation_id, introduction, domain_codes, capability_codes, district, founded_year, headcount_band,
                                       certifications, contact_name, contact_phone, contact_email, search_text, search_tokens)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (organisation_id) DO NOTHING`,
        [org.id, c.profile ?? '', codes(c.domains, domains), codes(c.capabilities, capabilities), c.district ?? '', c.founded ?? null,
         headcountBand(c.employees), JSON.stringify(certifications), c.contact?.name ?? '', c.contact?.phone ?? '', c.contact?.email ?? '', doc.text, doc.tokens],
      );
      for (const [i, product] of (c.products ?? []).entries()) {
        const waiting = index === 0 && i === (c.products?.length ?? 0) - 1;
        const pdoc = searchDocumentOf([product.name, product.description, c.name, ...product.capabilities, ...product.domains, ...(product.cases ?? [])]);
        const inserted = await client.query<{ id: string }>(
          `INSERT INTO products (organisation_id, name, description, capability_codes, domain_codes, maturity, deployment_modes, cases, status,
                                 launch_event_id, submitted_at, listed_at, search_text, search_tokens)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), $11, $12, $13)
           ON CONFLICT DO NOTHING RETURNING id`,
          [org.id, product.name, product.description, codes(product.capabilities, capabilities), codes(product.domains, domains), product.maturity,
           product.deploymentModes, product.cases ?? [], waiting ? 'submitted' : 'listed', waiting ? null : event, waiting ? null : new Date('2026-10-28T07:00:00Z'),
           pdoc.text, pdoc.tokens],
        );
        if (inserted.rows[0]) {
          products++;
          await client.query<object>(`INSERT INTO product_events (product_id, from_status, to_status, reason) VALUES ($1, NULL, $2, '演示数据')`, [
            inserted.rows[0].id,
            waiting ? 'submitted' : 'listed',
          ]);
        }
      }
    }
    // Matching profiles for the seeded companies (the worker keeps them current afterwards).
    await client.query<object>(
      `INSERT INTO outbox (queue, job, payload)
       SELECT 'matching', 'enterprise.changed', json_build_object('organisationId', o.id)
         FROM organisations o WHERE o.type = 'enterprise' AND NOT EXISTS (SELECT 1 FROM enterprise_match_profiles m WHERE m.organisation_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM outbox x WHERE x.job = 'enterprise.changed' AND x.payload->>'organisationId' = o.id::text)`,
    );
    return { companies: companies.length, productsCreated: products };
  },
};

/** The first start scores everything once: a rebuild request for the worker, if none was ever made. */
const matchingBootstrapStep: SeedStep = {
  name: 'matching-bootstrap',
  async run({ client }) {
    const result = await client.query<{ id: string }>(
      `INSERT INTO matching_rebuilds (shards) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM matching_rebuilds) RETURNING id`,
    );
    if (!result.rows[0]) return { requested: 0 };
    await client.query<object>(`INSERT INTO outbox (queue, job, payload) VALUES ('matching', 'matching.rebuild', $1)`, [JSON.stringify({ rebuildId: result.rows[0].id })]);
    return { requested: 1 };
  },
};

export const SEED_STEPS: SeedStep[] = [
  taxonomyStep,
  agenciesStep,
  firstListStep,
  demoAccountsStep,
  demoScenariosStep,
  demoProductsStep,
  demoStoryStep,
  matchingBootstrapStep,
];

/** Loads every seed step in one transaction; safe to run any number of times. */
export async function runSeeds(databaseUrl: string, options: { demo: boolean }, steps: SeedStep[] = SEED_STEPS) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const summary: Record<string, Record<string, number>> = {};
  try {
    await client.query<object>('BEGIN');
    // Two processes seeding at once wait for each other instead of racing.
    await client.query<object>('SELECT pg_advisory_xact_lock(7240517032)');
    for (const step of steps) {
      if (step.demoOnly && !options.demo) continue;
      summary[step.name] = await step.run({ client, demo: options.demo });
    }
    await client.query<object>('COMMIT');
  } catch (error) {
    await client.query<object>('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return summary;
}
