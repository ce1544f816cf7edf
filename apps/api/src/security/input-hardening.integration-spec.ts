import { ApplicationView } from '@scenematch/contracts';
import { createScenario, createUser, FACTORY_PASSWORD, TestClient, TestUser } from '@scenematch/server-testing';
import { inDays, startTestApp, TestApp } from '../testing/test-app';

type FieldErrors = { statusCode: number; message: string; errors: Array<{ field: string; message: string }> };

/** Declarations have a schema, and JSON routes take only JSON bodies. */
describe('input hardening: declarations schema and JSON-only bodies', () => {
  let t: TestApp;
  let enterprise: TestClient;
  let company: TestUser;
  let applicationId: string;

  const bid = (declarations: unknown) => ({
    proposal: '基于自研影像平台在试点医院部署辅助诊断系统，三个月内完成上线、培训与评估。',
    quote: 500000,
    durationDays: 90,
    declarations,
  });

  beforeAll(async () => {
    t = await startTestApp('input-hardening');
    const [organiser, agency] = await Promise.all([createUser(t, { role: 'organiser' }), createUser(t, { role: 'agency' })]);
    company = await createUser(t, { role: 'enterprise' });
    enterprise = company.client;
    const s = await createScenario(t, { agency, organiser: organiser.client, title: '输入校验测试：影像辅助诊断', description: '在区属医院试点影像辅助诊断。', deadline: inDays(30) });
    const created = await enterprise.post<ApplicationView>(`/api/scenarios/${s.id}/applications`, bid({ truthful: true, noConflict: true, relationNote: '无' }));
    expect(created.status).toBe(201);
    applicationId = created.body.id;
  });
  afterAll(() => t?.close());

  it('keeps the known declarations and gives them back', async () => {
    const read = await enterprise.get<ApplicationView>(`/api/applications/${applicationId}`);
    expect(read.body.declarations).toEqual({ truthful: true, noConflict: true, relationNote: '无' });
    const changed = await enterprise.patch<ApplicationView>(`/api/applications/${applicationId}`, { declarations: { truthful: true, noDishonesty: true } });
    expect(changed.status).toBe(200);
    expect(changed.body.declarations).toEqual({ truthful: true, noDishonesty: true });
  });

  it('refuses unknown keys, nested objects, wrong types and overlong text with field-level messages', async () => {
    const stored = (await enterprise.get<ApplicationView>(`/api/applications/${applicationId}`)).body.declarations;
    const cases: Array<[string, unknown, [string]]> = [
      ['unknown key', { truthful: true, approvedByOrganiser: true }, ['declarations.approvedByOrganiser']],
      ['nested object', { truthful: { yes: true } }, ['declarations.truthful']],
      ['text for a flag', { noConflict: 'yes' }, ['declarations.noConflict']],
      ['overlong note', { relationNote: '关'.repeat(5000) }, ['declarations.relationNote']],
      ['an array', [true], ['declarations']],
      ['a string', 'truthful', ['declarations']],
    ];
    for (const [label, declarations, fields] of cases) {
      const res = await enterprise.patch<FieldErrors>(`/api/applications/${applicationId}`, { declarations });
      expect([label, res.status, res.body.errors[0].field]).toEqual([label, 400, fields[0]]);
      expect(res.body.errors.every((e) => e.field.startsWith('declarations'))).toBe(true);
      expect(res.body.errors.every((e) => /[\u4e00-\u9fff]/.test(e.message))).toBe(true);
    }
    const many = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, true]));
    const flood = await enterprise.patch<FieldErrors>(`/api/applications/${applicationId}`, { declarations: many });
    expect(flood.status).toBe(400);
    expect(flood.body.errors.length).toBeLessThanOrEqual(50);
    expect(flood.body.errors[0]).toEqual({ field: 'declarations.k0', message: '不允许的字段' });
    // Nothing of it was stored.
    expect((await enterprise.get<ApplicationView>(`/api/applications/${applicationId}`)).body.declarations).toEqual(stored);
  });

  it('refuses a form-encoded or text/plain body on a JSON route, before signing anyone in', async () => {
    const before = await t.database.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.login'`);
    const form = await t.client.request<FieldErrors>('POST', '/api/auth/login', `email=${encodeURIComponent(company.email)}&password=${encodeURIComponent(FACTORY_PASSWORD)}`, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(400);
    expect(form.body).toMatchObject({ statusCode: 400, message: '请求内容应为 JSON（Content-Type: application/json）', errors: [{ field: 'content-type' }] });
    expect(form.body).not.toHaveProperty('accessToken');
    const text = await t.client.request<FieldErrors>('POST', '/api/auth/login', JSON.stringify({ email: company.email, password: FACTORY_PASSWORD }), { 'content-type': 'text/plain' });
    expect(text.status).toBe(400);
    expect(text.body.errors[0].field).toBe('content-type');
    // No credentials were checked: no sign-in was recorded.
    expect((await t.database.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.login'`)).rows[0]).toEqual(before.rows[0]);

    const formPatch = await enterprise.request<FieldErrors>('PATCH', `/api/applications/${applicationId}`, 'team=%E5%9B%A2%E9%98%9F', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(formPatch.status).toBe(400);
    expect(formPatch.body.errors[0].message).toContain('application/json');
  });

  it('takes multipart only on upload routes', async () => {
    const onJson = await enterprise.upload<FieldErrors>(`/api/applications/${applicationId}/withdraw`, 'a.pdf', Buffer.from('%PDF-1.4\n'));
    expect(onJson.status).toBe(400);
    expect(onJson.body.errors[0].field).toBe('content-type');
    const create = await enterprise.upload<FieldErrors>('/api/products', 'a.pdf', Buffer.from('x'), { name: '产品' });
    expect(create.status).toBe(400);
    // The attachment route takes it (and then judges the file itself).
    const attach = await enterprise.upload<FieldErrors>(`/api/applications/${applicationId}/files`, 'note.pdf', Buffer.from('not a pdf at all'));
    expect(attach.status).toBe(400);
    expect(attach.body.errors[0].field).toBe('file');
  });
});
