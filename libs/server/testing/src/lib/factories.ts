import { randomBytes } from 'node:crypto';
import {
  ApplicationView,
  AuthTokens,
  buildUscc,
  chinaToday,
  OrganisationType,
  ProductView,
  Role,
  ScenarioView,
  SelfRegistrationType,
  SessionView,
} from '@scenematch/contracts';
import { PasswordHasher } from '@scenematch/server-crypto';
import { TestClient, TestResponse } from './http-client';
import { TestDatabase, withConnection } from './test-database';

/**
 * Test-data factories: each test arranges the organisations, users, scenarios, products,
 * sessions and applications it needs instead of signing in as the demo users and looking up
 * seeded rows by name. Things a user creates are created through the API (so its rules run);
 * SQL is used only where the API has no way in (staff accounts, an extra member of an
 * organisation) or no quick way (a deadline in the past). Every name is unique, so tests in one
 * file never collide, whatever order they run in.
 */

/** What the factories need of a running test app: its in-process client and a way to query its database. */
export interface FactoryContext {
  client: TestClient;
  database: Pick<TestDatabase, 'query'>;
}

/** A factory context for an app on a database of the test's own making (not a createTestDatabase copy). */
export function factoryContextAt(client: TestClient, databaseUrl: string): FactoryContext {
  return {
    client,
    database: {
      query: <R extends object>(sql: string, params: unknown[] = []) =>
        withConnection(databaseUrl, async (connection) => {
          const result = await connection.query<R>(sql, params);
          return { rows: result.rows, rowCount: result.rowCount };
        }),
    },
  };
}

/** The password of every user the factories create (meets the password policy). */
export const FACTORY_PASSWORD = 'Fact0ry#Passw0rd';

let sequence = 0;
const run = randomBytes(3).toString('hex');

/** A suffix no other factory call in this process (or another test process) gives out. */
export function uniqueSuffix(): string {
  return `${run}${(++sequence).toString(36)}`;
}

/** A valid, unused-looking Unified Social Credit Code (GB 32100 check characters right). */
export function uniqueUscc(prefix = '91', division = '440300'): string {
  for (;;) {
    const body = randomBytes(4).readUInt32BE(0) % 100_000_000;
    const code = buildUscc(prefix, division, String(body).padStart(8, '0'));
    if (code) return code;
  }
}

/**
 * Registrations come from addresses of their own (198.18.0.0/15, the benchmarking range no test
 * uses): the per-address rate limits and audit rows of a test's own addresses stay its own.
 */
function registrationAddress(): string {
  const n = ++sequence;
  return `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`;
}

function expectStatus<T>(what: string, response: TestResponse<T>, ...expected: number[]): T {
  if (!expected.includes(response.status)) {
    throw new Error(`${what} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

export interface TestOrganisation {
  id: string;
  type: OrganisationType;
  name: string;
  uscc: string | null;
  verified: boolean;
}

export interface TestUser {
  /** Signed in as this user. */
  client: TestClient;
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisation: TestOrganisation;
}

const USCC_PREFIX: Record<OrganisationType, string> = { enterprise: '91', agency: '11', financier: '91', organiser: '12', expert_pool: '12' };
const NAME_STEM: Record<OrganisationType, string> = {
  enterprise: '测试智能科技有限公司',
  agency: '测试局',
  financier: '测试银行科技支行',
  organiser: '人工智能创新服务中心（测试）',
  expert_pool: '评审专家库（测试）',
};

function isSelfRegistration(type: OrganisationType): type is SelfRegistrationType {
  return type === 'enterprise' || type === 'agency' || type === 'financier';
}

/** One staff account per test database, for the arrangements only staff may make (verify, publish, list). */
const arrangers = new WeakMap<FactoryContext['database'], Promise<TestClient>>();
function arranger(ctx: FactoryContext): Promise<TestClient> {
  let found = arrangers.get(ctx.database);
  if (!found) {
    found = createUser(ctx, { role: 'organiser' }).then((u) => u.client);
    arrangers.set(ctx.database, found);
  }
  return found;
}

let factoryHash: Promise<string> | undefined;

async function insertUser(
  ctx: FactoryContext,
  role: Role,
  organisation: TestOrganisation,
  email: string,
  displayName: string,
  signIn: boolean,
): Promise<TestUser> {
  const id = await insertUserRow(ctx.database, role, organisation, email, displayName);
  const client = signIn ? await ctx.client.signIn(email, FACTORY_PASSWORD) : ctx.client;
  return { client, id, email, displayName, role, organisation };
}

async function insertUserRow(database: FactoryContext['database'], role: Role, organisation: TestOrganisation, email: string, displayName: string): Promise<string> {
  factoryHash ??= PasswordHasher.hash(FACTORY_PASSWORD);
  const inserted = await database.query<{ id: string }>(
    `INSERT INTO users (email, password_hash, display_name, role, organisation_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [email, await factoryHash, displayName, role, organisation.id],
  );
  return inserted.rows[0].id;
}

/** Organisers and expert pools (no one registers them), and companies and agencies for insertAccount. */
async function insertOrganisation(
  database: FactoryContext['database'],
  type: Exclude<OrganisationType, 'financier'>,
  name: string,
  uscc: string,
  verified: boolean,
): Promise<TestOrganisation> {
  const code = type === 'expert_pool' ? null : uscc;
  const row = await database.query<{ id: string }>(
    `INSERT INTO organisations (type, name, uscc, verified, verified_at) VALUES ($1, $2, $3, $4, CASE WHEN $4 THEN now() END) RETURNING id`,
    [type, name, code, verified],
  );
  return { id: row.rows[0].id, type, name, uscc: code, verified };
}

const STAFF_ORGANISATION: Partial<Record<Role, OrganisationType>> = { organiser: 'organiser', admin: 'organiser', expert: 'expert_pool' };

/**
 * A user of a role in a new verified organisation of the role's type (a service centre for staff,
 * an expert pool for experts), inserted straight into a database: for apps a test reaches over
 * HTTP (child processes) instead of in process, where createUser has no client to work with. Not
 * signed in; the password is FACTORY_PASSWORD.
 */
export async function insertAccount(
  database: FactoryContext['database'],
  role: 'organiser' | 'admin' | 'expert' | 'enterprise' | 'agency',
): Promise<Omit<TestUser, 'client'>> {
  const type = role === 'enterprise' || role === 'agency' ? role : (STAFF_ORGANISATION[role] as 'organiser' | 'expert_pool');
  const suffix = uniqueSuffix();
  const organisation = await insertOrganisation(database, type, `${NAME_STEM[type]}${suffix}`, uniqueUscc(USCC_PREFIX[type]), true);
  const email = `${role}-${suffix}@factory.example.cn`;
  const displayName = `测试${role}${suffix}`;
  return { id: await insertUserRow(database, role, organisation, email, displayName), email, displayName, role, organisation };
}

export interface OrganisationOptions {
  type: OrganisationType;
  /** Verified by staff through the API (self-registered types) or at creation (staff types). Default false for self-registered, true for staff. */
  verified?: boolean;
  name?: string;
  /** Financiers only: bank (default), guarantee, leasing or investor. */
  financierKind?: 'bank' | 'guarantee' | 'leasing' | 'investor';
  /** Self-registered types: the display name of the founding user. */
  founderName?: string;
}

/**
 * A new organisation. Enterprises, agencies and financiers register through the API with their
 * founding user (returned too); organisers and expert pools are inserted (no one registers them).
 */
export async function createOrganisation(ctx: FactoryContext, options: OrganisationOptions): Promise<TestOrganisation & { founder?: TestUser }> {
  const type = options.type;
  const suffix = uniqueSuffix();
  const name = options.name ?? `${NAME_STEM[type]}${suffix}`;
  const uscc = uniqueUscc(USCC_PREFIX[type]);
  if (!isSelfRegistration(type)) return insertOrganisation(ctx.database, type, name, uscc, options.verified ?? true);
  const email = `${type}-${suffix}@factory.example.cn`;
  const registered = expectStatus(
    `Registering ${name}`,
    await ctx.client.fromAddress(registrationAddress()).post<AuthTokens>('/api/auth/register', {
      email,
      password: FACTORY_PASSWORD,
      displayName: options.founderName ?? `测试用户${suffix}`,
      organisation: { type, name, uscc, ...(type === 'financier' ? { financierKind: options.financierKind ?? 'bank' } : {}) },
      privacyConsent: true,
    }),
    201,
  );
  const organisation: TestOrganisation = { id: registered.user.organisation.id, type, name, uscc, verified: false };
  if (options.verified) {
    expectStatus(`Verifying ${name}`, await (await arranger(ctx)).post(`/api/organisations/${organisation.id}/verify`), 200);
    organisation.verified = true;
  }
  const client = ctx.client.withToken(registered.accessToken);
  return { ...organisation, founder: { client, id: registered.user.id, email, displayName: registered.user.displayName, role: registered.user.role, organisation } };
}

export interface UserOptions {
  role: Role;
  /** An existing organisation (the user is added to it); otherwise a new one of the role's type. */
  organisation?: TestOrganisation;
  /** For a new organisation: verified or not (see createOrganisation). */
  verified?: boolean;
  /** Default a unique name. For a new self-registered organisation, its founder's name. */
  displayName?: string;
  /**
   * Default true. False: the user is inserted and left without any session or sign-in (their
   * first sign-in is the test's subject, or a second factor is mandatory for them); `client` is
   * then not signed in. A founder registering a new organisation is always signed in, so a
   * company, agency or financier user needs `organisation` for this.
   */
  signIn?: boolean;
}

/**
 * A signed-in user of a role. Without `organisation`, a company, agency or financier user
 * registers a new organisation through the API; staff and experts are inserted into a new
 * service centre or expert pool. With `organisation`, the user is added to it.
 */
export async function createUser(ctx: FactoryContext, options: UserOptions): Promise<TestUser> {
  const { role } = options;
  const signIn = options.signIn ?? true;
  if (!options.organisation && (role === 'enterprise' || role === 'agency' || role === 'financier')) {
    if (!signIn) throw new Error(`A new ${role} user registers and is signed in: pass an organisation to create one without a sign-in`);
    const organisation = await createOrganisation(ctx, { type: role, verified: options.verified, founderName: options.displayName });
    return organisation.founder as TestUser;
  }
  const organisation = options.organisation ?? (await createOrganisation(ctx, { type: STAFF_ORGANISATION[role] ?? 'organiser', verified: options.verified }));
  const suffix = uniqueSuffix();
  return insertUser(ctx, role, organisation, `${role}-${suffix}@factory.example.cn`, options.displayName ?? `测试${role}${suffix}`, signIn);
}

export type ScenarioState = 'draft' | 'submitted' | 'published' | 'closed';

export interface ScenarioOptions {
  /** The owning agency's user (creates and submits it). */
  agency: TestUser | TestClient;
  /** Who publishes or closes it; default a staff account of the factories'. */
  organiser?: TestClient;
  status?: ScenarioState;
  title?: string;
  domain?: string;
  description?: string;
  capabilities?: string[];
  /** A date (17:00 Beijing time that day) or date-time; default 30 days on. */
  deadline?: string;
  /** Set in the database after publishing: the bids are open (the API only takes future deadlines). */
  deadlinePassed?: boolean;
  /** Any other field of the scenario form (budgetMin, site, batchId, …). */
  extra?: Record<string, unknown>;
}

function clientOf(who: TestUser | TestClient): TestClient {
  return who instanceof TestClient ? who : who.client;
}

/** The calendar date in Beijing `days` from now. */
function chinaDateIn(days: number): string {
  return chinaToday(new Date(Date.now() + days * 86_400_000));
}

/** A scenario of an agency, taken through the API to the status asked (default published). */
export async function createScenario(ctx: FactoryContext, options: ScenarioOptions): Promise<ScenarioView> {
  const agency = clientOf(options.agency);
  const status = options.status ?? 'published';
  const title = options.title ?? `测试场景${uniqueSuffix()}`;
  let scenario = expectStatus(
    `Creating scenario ${title}`,
    await agency.post<ScenarioView>('/api/scenarios', {
      title,
      domain: options.domain ?? '智慧医疗',
      description: options.description ?? '在区属医院试点医学影像辅助诊断，提升阅片效率。',
      capabilities: options.capabilities ?? ['计算机视觉'],
      deadline: options.deadline ?? chinaDateIn(30),
      ...options.extra,
    }),
    201,
  );
  if (status === 'draft') return scenario;
  scenario = expectStatus(`Submitting ${title}`, await agency.post<ScenarioView>(`/api/scenarios/${scenario.id}/submit`), 200);
  if (status === 'submitted') return scenario;
  const organiser = options.organiser ?? (await arranger(ctx));
  scenario = expectStatus(`Publishing ${title}`, await organiser.post<ScenarioView>(`/api/scenarios/${scenario.id}/publish`), 200);
  if (options.deadlinePassed) {
    await ctx.database.query<object>(`UPDATE scenarios SET deadline = now() - interval '1 second' WHERE id = $1`, [scenario.id]);
  }
  if (status === 'closed') {
    scenario = expectStatus(`Closing ${title}`, await organiser.post<ScenarioView>(`/api/scenarios/${scenario.id}/close`), 200);
  }
  return scenario;
}

export type ProductState = 'draft' | 'submitted' | 'listed' | 'rejected';

export interface ProductOptions {
  /** The company's user (creates and submits it). */
  company: TestUser | TestClient;
  /** Who lists or rejects it; default a staff account of the factories'. */
  organiser?: TestClient;
  status?: ProductState;
  name?: string;
  description?: string;
  capabilities?: string[];
  domains?: string[];
  maturity?: 'prototype' | 'pilot' | 'scaled';
  extra?: Record<string, unknown>;
}

/** A product of a company, taken through the API to the status asked (default listed). */
export async function createProduct(ctx: FactoryContext, options: ProductOptions): Promise<ProductView> {
  const company = clientOf(options.company);
  const status = options.status ?? 'listed';
  const name = options.name ?? `测试产品${uniqueSuffix()}`;
  let product = expectStatus(
    `Creating product ${name}`,
    await company.post<ProductView>('/api/products', {
      name,
      description: options.description ?? '面向社区医院的慢病随访语音机器人，自动外呼随访并生成结构化记录。',
      capabilities: options.capabilities ?? ['计算机视觉'],
      domains: options.domains ?? ['智慧医疗'],
      maturity: options.maturity ?? 'pilot',
      deploymentModes: ['private-cloud'],
      ...options.extra,
    }),
    201,
  );
  if (status === 'draft') return product;
  product = expectStatus(`Submitting ${name}`, await company.post<ProductView>(`/api/products/${product.id}/submit`), 200);
  if (status === 'submitted') return product;
  const organiser = options.organiser ?? (await arranger(ctx));
  return status === 'listed'
    ? expectStatus(`Listing ${name}`, await organiser.post<ProductView>(`/api/products/${product.id}/list`), 200)
    : expectStatus(`Rejecting ${name}`, await organiser.post<ProductView>(`/api/products/${product.id}/reject`, { reason: '请补充部署案例' }), 200);
}

export interface SessionOptions {
  /** Default a staff account of the factories'. */
  organiser?: TestClient;
  /** planning (default) or open_for_registration. */
  status?: 'planning' | 'open_for_registration';
  title?: string;
  /** Default 09:00 Beijing time 30 days on. */
  startsAt?: string;
  slotMinutes?: number;
  slots?: number;
  tables?: number;
  extra?: Record<string, unknown>;
}

/** A matchmaking session created by an organiser through the API. */
export async function createSession(ctx: FactoryContext, options: SessionOptions = {}): Promise<SessionView> {
  const organiser = options.organiser ?? (await arranger(ctx));
  const title = options.title ?? `测试对接会${uniqueSuffix()}`;
  const session = expectStatus(
    `Creating session ${title}`,
    await organiser.post<SessionView>('/api/sessions', {
      title,
      startsAt: options.startsAt ?? `${chinaDateIn(30)}T09:00:00+08:00`,
      slotMinutes: options.slotMinutes ?? 20,
      slots: options.slots ?? 4,
      tables: options.tables ?? 2,
      ...options.extra,
    }),
    201,
  );
  if ((options.status ?? 'planning') === 'planning') return session;
  return expectStatus(`Opening ${title}`, await organiser.post<SessionView>(`/api/sessions/${session.id}/status`, { status: 'open_for_registration' }), 200);
}

export interface ApplicationOptions {
  /** The bidding company's user. */
  company: TestUser | TestClient;
  scenarioId: string;
  /** draft or submitted (default). */
  status?: 'draft' | 'submitted';
  /** Any field of the application form (proposal, quote, durationDays, team, productIds, …). */
  extra?: Record<string, unknown>;
}

/** A company's application (bid) to a published scenario, through the API. */
export async function createApplication(_ctx: FactoryContext, options: ApplicationOptions): Promise<ApplicationView> {
  const company = clientOf(options.company);
  const created = expectStatus(
    'Creating an application',
    await company.post<ApplicationView>(`/api/scenarios/${options.scenarioId}/applications`, {
      proposal: '基于自研影像平台，在试点医院部署辅助诊断，结构化报告回写 PACS，三个月内完成上线与培训。',
      quote: 500000,
      durationDays: 120,
      team: '项目经理 1 名，算法工程师 3 名，实施工程师 2 名',
      declarations: { truthful: true },
      ...options.extra,
    }),
    201,
  );
  if ((options.status ?? 'submitted') === 'draft') return created;
  return expectStatus('Submitting an application', await company.post<ApplicationView>(`/api/applications/${created.id}/submit`), 200);
}
