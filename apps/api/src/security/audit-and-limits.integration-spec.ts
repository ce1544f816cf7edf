import ExcelJS from 'exceljs';
import { AuthTokens, buildUscc, CompanyView, ScenarioView } from '@scenematch/contracts';
import { createUser, FACTORY_PASSWORD, TestClient, TestUser } from '@scenematch/server-testing';
import { discoverRoutes } from '../testing/routes';
import { startTestApp, TestApp } from '../testing/test-app';
import { domainChecksum } from '../testing/domain-checksum';
import { createWorld } from '../testing/matrix-world';

interface AuditItem {
  id: string;
  action: string;
  outcome: string;
  actor_user_id: string | null;
  actor_email: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  details: Record<string, unknown>;
}
interface Verification {
  ok: boolean;
  checked: number;
  problems: Array<{ id: string; problem: string }>;
}

describe('audit trail: who, what, when, from where, outcome — and tamper evidence', () => {
  let t: TestApp;
  let adminUser: TestUser;
  let admin: TestClient;
  let organiser: TestClient;

  /** As a superuser with direct database access would: triggers off for this transaction only. */
  async function tamper(sql: string, params: unknown[]): Promise<void> {
    await t.database.query(`BEGIN; SET LOCAL session_replication_role = replica; ${sql.replace(/\$1/g, `'${String(params[0]).replace(/'/g, "''")}'`)}; COMMIT;`);
  }

  beforeAll(async () => {
    t = await startTestApp('audit');
    adminUser = await createUser(t, { role: 'admin' });
    admin = adminUser.client;
    organiser = (await createUser(t, { role: 'organiser' })).client;
  });
  afterAll(() => t?.close());

  it('records every sign-in, successful or not, with the address, client and request id', async () => {
    const agency = await createUser(t, { role: 'agency' });
    const from = (ip: string, requestId: string) => ({ ip, headers: { 'x-request-id': requestId, 'user-agent': 'Mozilla/5.0 审计测试' } });
    const attempts: Array<[string, { email: string; password: string }, string, string]> = [
      ['10.20.0.1', { email: agency.email, password: FACTORY_PASSWORD }, 'success', 'signin-ok'],
      ['10.20.0.2', { email: agency.email, password: 'Wrong#Passw0rd' }, 'failure', 'signin-wrong'],
      ['10.20.0.3', { email: 'nobody@example.cn', password: 'Wrong#Passw0rd' }, 'failure', 'signin-unknown'],
    ];
    for (const [ip, body, , requestId] of attempts) {
      const r = from(ip, requestId);
      await t.client.fromAddress(r.ip).request('POST', '/api/auth/login', body, r.headers);
    }
    const list = await admin.get<{ items: AuditItem[] }>('/api/audit?action=auth.login&pageSize=100');
    for (const [ip, body, outcome, requestId] of attempts) {
      const row = list.body.items.find((i) => i.request_id === requestId);
      expect(row).toMatchObject({ outcome, ip, user_agent: 'Mozilla/5.0 审计测试' });
      if (body.email === agency.email) expect(row?.actor_email).toBe(agency.email);
      else expect(row?.details).toMatchObject({ email: 'nobody@example.cn', reason: 'unknown_email' });
    }
  });

  it('records a sign-in refused by the rate limit as denied, with the address', async () => {
    // The burst itself (429 + Retry-After) is covered in auth.integration-spec.ts; here: it is on the record.
    const client = t.client.fromAddress('10.20.1.1');
    let limited = false;
    for (let i = 0; i < t.config.AUTH_RATE_LIMIT_PER_MINUTE + 3 && !limited; i++) {
      limited = (await client.request('POST', '/api/auth/login', { email: 'burst@example.cn', password: 'x' }, { 'x-request-id': `burst-${i}` })).status === 429;
    }
    expect(limited).toBe(true);
    const rows = await admin.get<{ items: AuditItem[] }>('/api/audit?action=auth.login&outcome=denied&pageSize=100');
    expect(rows.body.items.find((i) => i.ip === '10.20.1.1')?.details).toMatchObject({ reason: 'rate_limited', email: 'burst@example.cn' });
  });

  it('filters by action, user (id or email), entity, outcome and date range, with paging', async () => {
    const me = await admin.get<{ id: string }>('/api/me');
    const byEmail = await admin.get<{ items: AuditItem[]; total: number }>(`/api/audit?actor=${encodeURIComponent(adminUser.email)}`);
    const byId = await admin.get<{ items: AuditItem[]; total: number }>(`/api/audit?actorUserId=${me.body.id}`);
    expect(byEmail.body.total).toBeGreaterThan(0);
    expect(byEmail.body.total).toBe(byId.body.total);
    expect(byEmail.body.items.every((i) => i.actor_user_id === me.body.id)).toBe(true);
    const page = await admin.get<{ items: AuditItem[]; total: number; page: number; pageSize: number }>('/api/audit?pageSize=2&page=2');
    expect(page.body).toMatchObject({ page: 2, pageSize: 2 });
    expect(page.body.items).toHaveLength(2);
    const future = await admin.get<{ total: number }>('/api/audit?from=2999-01-01');
    expect(future.body.total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await admin.get<{ total: number }>(`/api/audit?from=${today}&to=${tomorrow}&outcome=failure`)).body.total).toBeGreaterThan(0);
    // A LIKE wildcard typed by the user is literal, not "everything".
    expect((await admin.get<{ total: number }>('/api/audit?action=%25')).body.total).toBe(0);
    expect((await admin.get('/api/audit?outcome=maybe')).status).toBe(400);
    expect((await admin.get('/api/audit?from=yesterday')).status).toBe(400);
  });

  it('exports the same filtered records as CSV and XLSX for staff, and audits the export', async () => {
    const csv = await organiser.download('/api/audit/export?format=csv&action=auth.login&outcome=failure');
    expect(csv.status).toBe(200);
    expect(String(csv.headers['content-type'])).toContain('text/csv');
    const text = csv.body.toString('utf8');
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toContain('操作');
    const listed = await organiser.get<{ total: number }>('/api/audit?action=auth.login&outcome=failure');
    expect(lines.length - 1).toBe(listed.body.total);
    expect(lines.slice(1).every((l) => l.includes('auth.login') && l.includes('失败'))).toBe(true);

    const xlsx = await admin.download('/api/audit/export?format=xlsx&action=auth.');
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('审计日志');
    expect(sheet?.getRow(1).getCell(3).value).toBe('操作');
    expect(sheet?.rowCount).toBeGreaterThan(3);

    expect((await organiser.get('/api/audit/export?format=pdf')).status).toBe(400);
    const exported = await admin.get<{ items: AuditItem[] }>('/api/audit?action=audit.export');
    expect(exported.body.items[0]?.details).toMatchObject({ format: 'xlsx', filters: { action: 'auth.' } });
  });

  it('neutralises spreadsheet formulas in exported values', async () => {
    await t.client.fromAddress('10.20.2.1').request('POST', '/api/auth/login', { email: 'formula@example.cn', password: 'x' }, { 'user-agent': '=HYPERLINK("http://evil.example/","点我")' });
    const csv = (await admin.download('/api/audit/export?format=csv&action=auth.login')).body.toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/"",""点我"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const xlsx = await admin.download('/api/audit/export?format=xlsx&action=auth.login');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    workbook.getWorksheet('审计日志')?.eachRow((row) => cells.push(row.getCell(11).value));
    expect(cells).toContain(`'=HYPERLINK("http://evil.example/","点我")`);
  });

  it('has no endpoint that changes or deletes audit records', () => {
    const writes = discoverRoutes(t.app).filter((r) => r.path.startsWith('/api/audit') && r.method !== 'GET');
    expect(writes).toEqual([]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of the trail in the database, and deleting records younger than 180 days even in maintenance', async () => {
    const [{ id }] = (await t.database.query<{ id: string }>(`SELECT id FROM audit_log ORDER BY id LIMIT 1`)).rows;
    await expect(t.database.query(`UPDATE audit_log SET outcome = 'success' WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(t.database.query(`DELETE FROM audit_log WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(t.database.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    await expect(
      t.database.query(`BEGIN; SET LOCAL scenematch.audit_maintenance = 'on'; DELETE FROM audit_log WHERE id = ${Number(id)}; COMMIT;`),
    ).rejects.toThrow(/180 days/);
    await expect(t.database.query(`UPDATE audit_chain_head SET last_id = 1`)).rejects.toThrow(/audit_chain_head/);
    expect((await admin.get<Verification>('/api/audit/verify')).body.ok).toBe(true);
  });

  it('detects a record altered directly in the database', async () => {
    const before = await admin.get<Verification>('/api/audit/verify');
    expect(before.body.ok).toBe(true);
    const [row] = (await t.database.query<{ id: string }>(`SELECT id FROM audit_log WHERE action = 'auth.login' AND outcome = 'failure' ORDER BY id LIMIT 1`)).rows;
    await tamper(`UPDATE audit_log SET ip = '127.0.0.1', details = '{}' WHERE id = $1`, [row.id]);
    const after = await admin.get<Verification>('/api/audit/verify');
    expect(after.body.ok).toBe(false);
    expect(after.body.problems).toContainEqual({ id: String(row.id), problem: expect.stringContaining('篡改') });
  });
});

describe('audit trail: deleted records', () => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp('auditdel');
    admin = (await createUser(t, { role: 'admin' })).client;
    const expert = await createUser(t, { role: 'expert', signIn: false });
    for (let i = 0; i < 3; i++) await t.client.fromAddress(`10.21.0.${i + 1}`).post('/api/auth/login', { email: expert.email, password: `Wrong#${i}pass` });
  });
  afterAll(() => t?.close());

  const tamper = (sql: string) => t.database.query(`BEGIN; SET LOCAL session_replication_role = replica; ${sql}; COMMIT;`);

  it('detects a record deleted from the middle of the chain', async () => {
    expect((await admin.get<Verification>('/api/audit/verify')).body.ok).toBe(true);
    const rows = (await t.database.query<{ id: string }>(`SELECT id FROM audit_log ORDER BY id`)).rows;
    const victim = rows[Math.floor(rows.length / 2)].id;
    await tamper(`DELETE FROM audit_log WHERE id = ${Number(victim)}`);
    const after = await admin.get<Verification>('/api/audit/verify');
    expect(after.body.ok).toBe(false);
    expect(after.body.problems.some((p) => p.problem.includes('删除'))).toBe(true);
  });

  it('detects the newest records deleted (the chain before them still intact) through the anchor', async () => {
    const fresh = await startTestApp('auditdel2');
    try {
      const freshAdmin = (await createUser(fresh, { role: 'admin' })).client;
      const expert = await createUser(fresh, { role: 'expert', signIn: false });
      await fresh.client.post('/api/auth/login', { email: expert.email, password: 'Wrong#1pass' });
      expect((await freshAdmin.get<Verification>('/api/audit/verify')).body.ok).toBe(true);
      await fresh.database.query(`BEGIN; SET LOCAL session_replication_role = replica; DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT 2); COMMIT;`);
      const after = await freshAdmin.get<Verification>('/api/audit/verify');
      expect(after.body.ok).toBe(false);
      expect(after.body.problems.map((p) => p.problem)).toContain('最新的审计记录缺失（记录被删除）');
    } finally {
      await fresh.close();
    }
  });
});

describe('request limits', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp('limits')));
  afterAll(() => t?.close());

  it('answers a 12 MB JSON body with 413 in the API error shape, changing nothing', async () => {
    const agency = (await createUser(t, { role: 'agency', verified: true })).client;
    const before = await domainChecksum(t.database);
    const body = JSON.stringify({ title: '超大请求', domain: '智慧医疗', description: '测'.repeat(4 * 1024 * 1024) });
    expect(Buffer.byteLength(body)).toBeGreaterThan(12 * 1024 * 1024);
    const response = await agency.request<{ statusCode: number; message: string }>('POST', '/api/scenarios', body, { 'content-type': 'application/json' });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ statusCode: 413, message: '请求内容过大' });
    expect(await domainChecksum(t.database)).toEqual(before);
  });

  it('refuses an over-long query string with 414 in the API error shape', async () => {
    const response = await t.client.get<{ statusCode: number; message: string }>(`/api/scenarios?q=${'影'.repeat(3000)}`);
    expect(response.status).toBe(414);
    expect(response.body).toEqual({ statusCode: 414, message: '请求地址过长' });
    expect((await t.client.get(`/api/scenarios?q=${encodeURIComponent('影像')}`)).status).toBe(200);
  });

  it('tells browsers and proxies not to keep API answers', async () => {
    const me = await (await createUser(t, { role: 'enterprise' })).client.get('/api/me');
    expect(me.headers['cache-control']).toBe('no-store');
    expect((await t.client.get('/api/scenarios')).headers['cache-control']).toBe('no-store');
  });

  it('answers a burst of registrations from one address with 429', async () => {
    const client = t.client.fromAddress('10.30.0.1');
    const statuses: number[] = [];
    for (let i = 0; i < t.config.AUTH_RATE_LIMIT_PER_MINUTE + 3; i++) {
      statuses.push((await client.post('/api/auth/register', { email: `burst${i}@example.cn` })).status);
    }
    expect(statuses).toContain(429);
    expect(statuses.slice(0, 3).every((s) => s === 400)).toBe(true);
  });
});

describe('sensitive fields are masked for callers who may not see them', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp('masking')));
  afterAll(() => t?.close());

  it('shows a company’s contact details to itself, agencies and staff only', async () => {
    const enterprise = (await createUser(t, { role: 'enterprise', verified: true })).client;
    await enterprise.request('PUT', '/api/me/profile', { contactName: '王经理', contactPhone: '0755-86001234', contactEmail: 'bd@pengzhi.example.cn' });
    const id = (await enterprise.get<{ organisation: { id: string } }>('/api/me')).body.organisation.id;
    const seen = async (client: TestClient) => (await client.get<CompanyView>(`/api/companies/${id}`)).body.contact;
    const [rival, agency, expert, organiser, admin] = (
      await Promise.all([
        createUser(t, { role: 'enterprise', verified: true }),
        createUser(t, { role: 'agency', verified: true }),
        createUser(t, { role: 'expert' }),
        createUser(t, { role: 'organiser' }),
        createUser(t, { role: 'admin' }),
      ])
    ).map((user) => user.client);
    for (const client of [enterprise, agency, organiser, admin]) expect(await seen(client)).toMatchObject({ phone: '0755-86001234', email: 'bd@pengzhi.example.cn' });
    for (const client of [t.client, rival, expert]) expect(await seen(client)).toBeNull();
    const raw = JSON.stringify((await t.client.get(`/api/companies/${id}`)).body);
    expect(raw).not.toContain('0755-86001234');
    expect(raw).not.toContain('bd@pengzhi.example.cn');
  });

  it('shows a scenario’s contact person to signed-in users only', async () => {
    const agency = (await createUser(t, { role: 'agency', verified: true })).client;
    const organiser = (await createUser(t, { role: 'organiser' })).client;
    const created = await agency.post<ScenarioView>('/api/scenarios', {
      title: '区医院影像辅助诊断试点',
      domain: '智慧医疗',
      description: '在区属医院试点医学影像辅助诊断，提升阅片效率。',
      contactName: '李科长',
      contactPhone: '0755-88886666',
      contactEmail: 'li@wjw.example.gov.cn',
    });
    await agency.post(`/api/scenarios/${created.body.id}/submit`);
    await organiser.post(`/api/scenarios/${created.body.id}/publish`);
    const anonymous = await t.client.get<ScenarioView & { contact: unknown }>(`/api/scenarios/${created.body.id}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.contact).toBeNull();
    expect(JSON.stringify(anonymous.body)).not.toContain('0755-88886666');
    const list = await t.client.get('/api/scenarios?q=影像辅助诊断');
    expect(JSON.stringify(list.body)).not.toContain('0755-88886666');
    const exported = await t.client.download('/api/scenarios/export?format=csv');
    expect(exported.body.toString('utf8')).not.toContain('0755-88886666');
    const enterprise = (await createUser(t, { role: 'enterprise', verified: true })).client;
    expect((await enterprise.get<{ contact: { phone: string } }>(`/api/scenarios/${created.body.id}`)).body.contact.phone).toBe('0755-88886666');
  });

  it('shows a session participant’s check-in code and contact person to itself and staff only', async () => {
    const w = await createWorld(t);
    const p = await w.fixtures['session.withParticipants']();
    await w.clients.enterprise.request('PATCH', `/api/sessions/${p['id']}/participants/${p['participantId']}`, { contactName: '王经理' });
    const view = async (caller: 'enterprise' | 'enterprise:other' | 'agency' | 'organiser') =>
      (await w.clients[caller].get<{ checkinCode?: string; contactName?: string }>(`/api/sessions/${p['id']}/participants/${p['participantId']}`)).body;
    expect(await view('enterprise')).toMatchObject({ checkinCode: expect.stringMatching(/^[A-Z2-9]{10}$/), contactName: '王经理' });
    expect(await view('organiser')).toMatchObject({ contactName: '王经理' });
    for (const caller of ['enterprise:other', 'agency'] as const) {
      const seen = await view(caller);
      expect(seen.checkinCode).toBeUndefined();
      expect(seen.contactName).toBeUndefined();
    }
  });

  it('keeps applicants’ details out of public notices and other companies’ views', async () => {
    const w = await createWorld(t);
    const notice = await w.fixtures['notice.open']();
    const proposal = '基于影像平台在试点医院部署肺结节与骨折辅助诊断';
    for (const url of ['/api/notices', `/api/notices/${notice['id']}`]) {
      const response = await t.client.get(url);
      expect(response.status).toBe(200);
      const text = JSON.stringify(response.body);
      expect(text).toContain('深圳鹏知医疗智能科技有限公司'); // the winner is public …
      expect(text).not.toContain(proposal); // … its bid is not
      // The winning price is part of a 公示 by design (中标金额); the bid's content and people are not.
      for (const field of ['proposal', 'team', 'declarations', 'contact', 'email', 'productIds']) expect(text).not.toContain(`"${field}"`);
    }
    const objections = await w.clients['enterprise:other'].get<unknown[]>(`/api/notices/${notice['id']}/objections`);
    expect(objections.body).toEqual([]);
    // Accounts' emails: only in the signed-in user's own /api/me and in staff-only views.
    const registered = await t.client.post<AuthTokens>('/api/auth/register', {
      email: 'private.person@example.cn',
      password: 'Str0ng#Passw0rd',
      displayName: '赵敏',
      organisation: { type: 'enterprise', name: '深圳隐私测试科技有限公司', uscc: buildUscc('91', '440300', '40000001') ?? buildUscc('91', '440300', '40000002') },
      privacyConsent: true,
    });
    expect(registered.status).toBe(201);
    const publicView = await t.client.get(`/api/companies/${registered.body.user.organisation.id}`);
    expect(JSON.stringify(publicView.body)).not.toContain('private.person@example.cn');
    const org = await t.client.get(`/api/organisations/${registered.body.user.organisation.id}`);
    expect(JSON.stringify(org.body)).not.toContain('private.person@example.cn');
  });
});
