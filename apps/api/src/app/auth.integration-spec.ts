import { AuthTokens, buildUscc, UserView } from '@scenematch/contracts';
import { createUser, DEMO_PASSWORD, DEMO_USERS, FACTORY_PASSWORD } from '@scenematch/server-testing';
import { startTestApp, TestApp } from '../testing/test-app';

function validUscc(seed: number): string {
  for (let n = seed; ; n++) {
    const code = buildUscc('91', '440300', String(20000000 + n));
    if (code) return code;
  }
}

function registration(overrides: Record<string, unknown> = {}, organisation: Record<string, unknown> = {}) {
  return {
    email: 'li.na@shenzhen-ai.cn',
    password: 'Str0ng#Passw0rd',
    displayName: '李娜',
    privacyConsent: true,
    ...overrides,
    organisation: { type: 'enterprise', name: '深圳灵析智能科技有限公司', uscc: validUscc(1), ...organisation },
  };
}

describe('sign-in and accounts', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp('auth')));
  afterAll(() => t.close());

  it('rejects a wrong USCC check character, a weak password and unknown fields with field messages', async () => {
    const good = validUscc(7);
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const response = await t.client.post<{ statusCode: number; errors: Array<{ field: string; message: string }> }>(
      '/api/auth/register',
      { ...registration({ password: 'password', role: 'admin' }, { uscc: wrongCheck }) },
    );
    expect(response.status).toBe(400);
    const fields = Object.fromEntries(response.body.errors.map((e) => [e.field, e.message]));
    expect(fields['organisation.uscc']).toContain('校验位');
    expect(fields['password']).toContain('至少三类');
    expect(fields['role']).toBe('不允许的字段');
    const me = await t.client.post('/api/auth/login', { email: 'li.na@shenzhen-ai.cn', password: 'password' });
    expect(me.status).toBe(401); // nothing was created
  });

  it('registers a company, signs it in, and answers 409 for a taken email or USCC', async () => {
    const created = await t.client.post<AuthTokens>('/api/auth/register', registration());
    expect(created.status).toBe(201);
    expect(created.body.user.role).toBe('enterprise');
    expect(created.body.user.organisation).toMatchObject({ type: 'enterprise', verified: false });
    const me = await t.client.withToken(created.body.accessToken).get<UserView>('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.organisation.name).toBe('深圳灵析智能科技有限公司');

    const sameEmail = await t.client.post<{ errors: Array<{ field: string }> }>('/api/auth/register', registration({}, { uscc: validUscc(50) }));
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body.errors[0].field).toBe('email');
    const sameUscc = await t.client.post<{ errors: Array<{ field: string }> }>('/api/auth/register', registration({ email: 'other@shenzhen-ai.cn' }));
    expect(sameUscc.status).toBe(409);
    expect(sameUscc.body.errors[0].field).toBe('organisation.uscc');
  });

  // About the seeded demo accounts themselves (the demo and DESIGN.md promise them): stays on DEMO_USERS.
  it('signs in every demo user with the role DESIGN.md gives them', async () => {
    for (const [role, email] of Object.entries(DEMO_USERS)) {
      const response = await t.client.post<AuthTokens>('/api/auth/login', { email, password: DEMO_PASSWORD });
      expect(response.status).toBe(200);
      expect(response.body.user.role).toBe(role);
    }
  });

  it('locks an account after repeated wrong passwords, even against the right one', async () => {
    const { email } = await createUser(t, { role: 'expert', signIn: false });
    const client = t.client.fromAddress('10.9.0.1');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await client.post('/api/auth/login', { email, password: 'Wrong#Passw0rd' })).status);
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses[5]).toBe(423);
    const right = await client.post<{ lockedUntil: string; message: string }>('/api/auth/login', { email, password: FACTORY_PASSWORD });
    expect(right.status).toBe(423);
    expect(new Date(right.body.lockedUntil).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(right.body.message).toContain('锁定');
  });

  it('answers a burst of sign-ins from one address with 429 and Retry-After, other addresses unaffected', async () => {
    const admin = await createUser(t, { role: 'admin', signIn: false });
    const client = t.client.fromAddress('10.9.0.2');
    let limited: { status: number; headers: Record<string, unknown> } | undefined;
    for (let i = 0; i < t.config.AUTH_RATE_LIMIT_PER_MINUTE + 5 && !limited; i++) {
      const r = await client.post('/api/auth/login', { email: 'nobody@example.cn', password: 'x' });
      if (r.status === 429) limited = r;
    }
    expect(limited).toBeDefined();
    expect(Number(limited!.headers['retry-after'])).toBeGreaterThan(0);
    const elsewhere = await t.client.fromAddress('10.9.0.3').post('/api/auth/login', { email: admin.email, password: FACTORY_PASSWORD });
    expect(elsewhere.status).toBe(200);
  });

  it('rotates refresh tokens and revokes the family when a rotated token is reused', async () => {
    const agency = await createUser(t, { role: 'agency' });
    const login = await t.client.post<AuthTokens>('/api/auth/login', { email: agency.email, password: FACTORY_PASSWORD });
    const first = login.body.refreshToken;
    const second = await t.client.post<AuthTokens>('/api/auth/refresh', { refreshToken: first });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first);
    expect((await t.client.post('/api/auth/refresh', { refreshToken: first })).status).toBe(401);
    // The reuse revoked the family: the token issued from it no longer works either.
    expect((await t.client.post('/api/auth/refresh', { refreshToken: second.body.refreshToken })).status).toBe(401);
  });

  it('logout revokes the refresh token', async () => {
    const organiser = await createUser(t, { role: 'organiser', signIn: false });
    const login = await t.client.post<AuthTokens>('/api/auth/login', { email: organiser.email, password: FACTORY_PASSWORD });
    expect((await t.client.post('/api/auth/logout', { refreshToken: login.body.refreshToken })).status).toBe(204);
    expect((await t.client.post('/api/auth/refresh', { refreshToken: login.body.refreshToken })).status).toBe(401);
  });

  it('requires a valid token for /api/me and rejects tokens signed with another secret or algorithm', async () => {
    expect((await t.client.get('/api/me')).status).toBe(401);
    const forged = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ4Iiwicm9sZSI6ImFkbWluIiwib3JnIjoieCIsInR5cCI6ImFjY2VzcyJ9.';
    expect((await t.client.withToken(forged).get('/api/me')).status).toBe(401);
  });

  it('lets organisers verify an organisation and forbids everyone else', async () => {
    const company = await t.client.post<AuthTokens>(
      '/api/auth/register',
      registration({ email: 'verify.me@example.cn' }, { uscc: validUscc(300), name: '深圳待认证科技有限公司' }),
    );
    const id = company.body.user.organisation.id;
    const asCompany = t.client.withToken(company.body.accessToken);
    expect((await asCompany.post(`/api/organisations/${id}/verify`)).status).toBe(403);
    expect((await t.client.post(`/api/organisations/${id}/verify`)).status).toBe(401);
    const organiser = (await createUser(t, { role: 'organiser' })).client;
    const verified = await organiser.post<{ verified: boolean }>(`/api/organisations/${id}/verify`);
    expect(verified.status).toBe(200);
    expect(verified.body.verified).toBe(true);
    expect((await organiser.post(`/api/organisations/${id}/verify`)).status).toBe(409);
    expect((await organiser.post(`/api/organisations/not-a-uuid/verify`)).status).toBe(404);
  });
});

describe('API basics', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp('basics')));
  afterAll(() => t.close());

  it('reports health of PostgreSQL and Redis', async () => {
    const health = await t.client.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', db: 'up', redis: 'up' });
  });

  it('answers an oversized body with 413 and malformed JSON with 400, never 500', async () => {
    const big = JSON.stringify({ email: 'a@b.cn', password: 'x'.repeat(2 * 1024 * 1024) });
    expect((await t.client.post('/api/auth/login', big, { 'content-type': 'application/json' })).status).toBe(413);
    const malformed = await t.client.post<{ message: string }>('/api/auth/register', '{"email": ', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toContain('JSON');
  });

  it('serves the OpenAPI document and security headers', async () => {
    const doc = await t.client.get<{ paths: Record<string, unknown> }>('/api/docs/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/auth/register', '/api/health']));
    expect(doc.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves taxonomies to anyone', async () => {
    const domains = await t.client.get<Array<{ name: string }>>('/api/taxonomy/domains');
    expect(domains.status).toBe(200);
    expect(domains.body.map((d) => d.name)).toEqual(expect.arrayContaining(['智慧医疗', '城市治理', '公共服务', '智能制造']));
  });

  it('records sign-ins in a hash chain that detects an altered record', async () => {
    const { email } = await createUser(t, { role: 'admin', signIn: false });
    await t.client.post('/api/auth/login', { email, password: 'Wrong#1234' });
    const admin = await t.client.signIn(email, FACTORY_PASSWORD);
    const before = await admin.get<{ ok: boolean; checked: number }>('/api/audit/verify');
    expect(before.body.ok).toBe(true);
    expect(before.body.checked).toBeGreaterThanOrEqual(2);
    const list = await admin.get<{ items: Array<{ id: string; action: string; outcome: string }> }>('/api/audit?action=auth.login');
    const failure = list.body.items.find((i) => i.outcome === 'failure')!;
    const dataSource = t.app.get(require('typeorm').DataSource);
    await dataSource.transaction(async (m: import('typeorm').EntityManager) => {
      await m.query(`SET LOCAL scenematch.audit_maintenance = 'on'`);
      await m.query(`UPDATE audit_log SET outcome = 'success' WHERE id = $1`, [failure.id]);
    });
    const after = await admin.get<{ ok: boolean; problems: Array<{ id: string }> }>('/api/audit/verify');
    expect(after.body.ok).toBe(false);
    expect(after.body.problems.map((p) => p.id)).toContain(String(failure.id));
    const enterprise = (await createUser(t, { role: 'enterprise' })).client;
    expect((await enterprise.get('/api/audit/verify')).status).toBe(403);
  });
});
