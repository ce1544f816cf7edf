import { AdminOrganisationView, AdminUserView, AuthTokens, buildUscc, Page, PersonalDataExport, PRIVACY_NOTICE_VERSION } from '@scenematch/contracts';
import { createOrganisation, createUser, FACTORY_PASSWORD, TestClient, TestUser, uniqueSuffix } from '@scenematch/server-testing';
import { startTestApp, TestApp } from '../testing/test-app';

type FieldErrors = { message: string; errors?: Array<{ field: string; message: string }> };

/** Account administration, contact details by verification, personal information (个人信息保护法). */
describe('accounts: administration, contacts and personal information', () => {
  let t: TestApp;
  let admin: TestClient;
  let organiser: TestClient;
  let adminUser: TestUser;
  let registrations = 0;

  const registration = (type: 'enterprise' | 'agency' = 'enterprise', extra: Record<string, unknown> = {}) => {
    const n = ++registrations;
    let uscc: string | null = null;
    for (let k = 0; !uscc; k++) uscc = buildUscc(type === 'agency' ? '11' : '91', '440300', String(61000000 + n * 113 + k));
    return {
      email: `accounts-${n}@example.cn`,
      password: 'Str0ng#Passw0rd',
      displayName: `账号测试${n}`,
      organisation: { type, name: type === 'agency' ? `深圳市测试局${n}` : `深圳账号测试科技有限公司${n}`, uscc },
      privacyConsent: true,
      ...extra,
    };
  };
  const register = async (type: 'enterprise' | 'agency' = 'enterprise') => {
    const body = registration(type);
    const response = await t.client.post<AuthTokens>('/api/auth/register', body);
    expect(response.status).toBe(201);
    return { ...response.body, email: body.email, client: t.client.withToken(response.body.accessToken) };
  };

  beforeAll(async () => {
    t = await startTestApp('accounts');
    [adminUser, organiser] = await Promise.all([createUser(t, { role: 'admin' }), createUser(t, { role: 'organiser' }).then((u) => u.client)]);
    admin = adminUser.client;
  });
  afterAll(() => t.close());

  it('requires consent to the privacy notice at registration and records its version and time', async () => {
    const refused = await t.client.post<FieldErrors>('/api/auth/register', registration('enterprise', { privacyConsent: false }));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual(expect.arrayContaining([{ field: 'privacyConsent', message: '请阅读并同意《隐私政策》' }]));
    const withoutConsent: Partial<ReturnType<typeof registration>> = registration();
    delete withoutConsent.privacyConsent;
    expect((await t.client.post('/api/auth/register', withoutConsent)).status).toBe(400);
    const user = await register();
    const row = await t.database.query<{ privacy_consent_version: string; privacy_consented_at: Date }>(
      `SELECT privacy_consent_version, privacy_consented_at FROM users WHERE id = $1`,
      [user.user.id],
    );
    expect(row.rows[0].privacy_consent_version).toBe(PRIVACY_NOTICE_VERSION);
    expect(Date.now() - new Date(row.rows[0].privacy_consented_at).getTime()).toBeLessThan(60_000);
  });

  it('lists and searches users for the admin only, with field-level 400s', async () => {
    const user = await register();
    const byEmail = await admin.get<Page<AdminUserView>>(`/api/admin/users?q=${encodeURIComponent(user.email)}`);
    expect(byEmail.status).toBe(200);
    expect(byEmail.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(byEmail.body.items[0]).toMatchObject({ id: user.user.id, role: 'enterprise', status: 'active', mfaEnabled: false, organisation: { verified: false } });
    const expert = await createUser(t, { role: 'expert', displayName: `钱教授${uniqueSuffix()}` });
    const byName = await admin.get<Page<AdminUserView>>(`/api/admin/users?q=${encodeURIComponent(expert.displayName)}&role=expert`);
    expect(byName.body.items.map((u) => u.email)).toEqual([expert.email]);
    // LIKE wildcards are literal: "%" finds nobody rather than everybody.
    expect((await admin.get<Page<AdminUserView>>('/api/admin/users?q=%25')).body.total).toBe(0);
    const bad = await admin.get<FieldErrors>('/api/admin/users?status=gone&role=king&pageSize=1000');
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => e.field).sort()).toEqual(['pageSize', 'role', 'status']);
    expect((await organiser.get('/api/admin/users')).status).toBe(403);
    expect((await user.client.get('/api/admin/organisations')).status).toBe(403);
  });

  it('queues organisations awaiting verification with the USCC check, and verifies or rejects them with the organisation told', async () => {
    const company = await register();
    const other = await register();
    const queue = await organiser.get<Page<AdminOrganisationView>>('/api/admin/organisations?status=pending&type=enterprise&pageSize=100');
    expect(queue.status).toBe(200);
    const queued = queue.body.items.find((o) => o.id === company.user.organisation.id);
    expect(queued).toMatchObject({ verificationStatus: 'pending', usccValid: true, members: 1, uscc: company.user.organisation.uscc });
    // Units imported from a published list by name alone (no code) are not in the queue.
    const everyPending = await organiser.get<Page<AdminOrganisationView>>('/api/admin/organisations?status=pending&pageSize=100');
    expect(everyPending.body.items.length).toBeGreaterThan(0);
    expect(everyPending.body.items.every((o) => !!o.uscc)).toBe(true);
    const all = await organiser.get<Page<AdminOrganisationView>>('/api/admin/organisations?type=agency&pageSize=100');
    expect(all.body.items.some((o) => !o.uscc && o.verificationStatus === 'pending')).toBe(true);
    // A code imported without its check (an agency from a published list) shows as not valid.
    await t.database.query(`UPDATE organisations SET uscc = '91440300MA5FAKE00X' WHERE id = $1`, [other.user.organisation.id]);
    const byCode = await admin.get<Page<AdminOrganisationView>>(`/api/admin/organisations?q=91440300ma5fake00x`);
    expect(byCode.body.items).toEqual([expect.objectContaining({ id: other.user.organisation.id, usccValid: false })]);
    expect((await admin.post<FieldErrors>(`/api/organisations/${other.user.organisation.id}/verify`)).status).toBe(400);

    const noReason = await organiser.post<FieldErrors>(`/api/organisations/${other.user.organisation.id}/reject`, { reason: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors?.[0].field).toBe('reason');
    expect((await organiser.post(`/api/organisations/${other.user.organisation.id}/reject`, { reason: '统一社会信用代码与营业执照不符' })).status).toBe(200);
    expect((await organiser.post(`/api/organisations/${other.user.organisation.id}/reject`, { reason: '再次驳回' })).status).toBe(409);
    const rejected = await admin.get<Page<AdminOrganisationView>>(`/api/admin/organisations?status=rejected&q=${encodeURIComponent(other.user.organisation.name)}`);
    expect(rejected.body.items[0]).toMatchObject({ verificationStatus: 'rejected', rejectionReason: '统一社会信用代码与营业执照不符' });
    const toldRejected = await other.client.get<{ items: Array<{ kind: string; body: string }> }>('/api/me/notifications');
    expect(toldRejected.body.items[0]).toMatchObject({ kind: 'organisation.rejected', body: expect.stringContaining('统一社会信用代码与营业执照不符') });

    expect((await organiser.post(`/api/organisations/${company.user.organisation.id}/verify`)).status).toBe(200);
    expect((await admin.post(`/api/organisations/${company.user.organisation.id}/verify`)).status).toBe(409);
    expect((await company.client.get<{ organisation: { verified: boolean } }>('/api/me')).body.organisation.verified).toBe(true);
    const told = await company.client.get<{ items: Array<{ kind: string; title: string }> }>('/api/me/notifications');
    expect(told.body.items[0]).toMatchObject({ kind: 'organisation.verified', title: expect.stringContaining('已通过机构认证') });
    const members = await organiser.get<Page<AdminUserView>>(`/api/admin/organisations/${company.user.organisation.id}/members`);
    expect(members.body.items.map((m) => m.email)).toEqual([company.email]);

    const audit = await t.database.query<{ action: string; details: Record<string, unknown> }>(
      `SELECT action, details FROM audit_log WHERE entity_id = ANY($1) AND action LIKE 'organisation.%' ORDER BY id`,
      [[company.user.organisation.id, other.user.organisation.id]],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['organisation.reject', 'organisation.verify']);
    expect(audit.rows[0].details['reason']).toBe('统一社会信用代码与营业执照不符');
  });

  it('shows contact details to verified organisations and staff only: a self-registered agency gets none until verified', async () => {
    const verifiedCompany = (await createUser(t, { role: 'enterprise', verified: true })).client;
    await verifiedCompany.request('PUT', '/api/me/profile', { contactName: '王经理', contactPhone: '0755-86001234', contactEmail: 'bd@pengzhi.example.cn' });
    const companyId = (await verifiedCompany.get<{ organisation: { id: string } }>('/api/me')).body.organisation.id;
    const verifiedAgency = (await createUser(t, { role: 'agency', verified: true })).client;
    const created = await verifiedAgency.post<{ id: string }>('/api/scenarios', {
      title: '社区卫生服务中心随访智能外呼',
      domain: '智慧医疗',
      description: '慢病患者随访电话由智能外呼完成。',
      contactName: '李科长',
      contactPhone: '0755-88886666',
      contactEmail: 'li@wjw.example.gov.cn',
    });
    expect(created.status).toBe(201);
    await verifiedAgency.post(`/api/scenarios/${created.body.id}/submit`);
    await organiser.post(`/api/scenarios/${created.body.id}/publish`);

    const agency = await register('agency');
    const company = await agency.client.get<{ contact: unknown }>(`/api/companies/${companyId}`);
    expect(company.status).toBe(200);
    expect(company.body.contact).toBeNull();
    const scenario = await agency.client.get<{ contact: unknown }>(`/api/scenarios/${created.body.id}`);
    expect(scenario.body.contact).toBeNull();
    expect(JSON.stringify([company.body, scenario.body])).not.toMatch(/0755-|@pengzhi|@wjw/);

    expect((await admin.post(`/api/organisations/${agency.user.organisation.id}/verify`)).status).toBe(200);
    // The same token: the verification is seen at once.
    expect((await agency.client.get<{ contact: { phone: string } }>(`/api/companies/${companyId}`)).body.contact).toMatchObject({ phone: '0755-86001234' });
    expect((await agency.client.get<{ contact: { phone: string } }>(`/api/scenarios/${created.body.id}`)).body.contact).toMatchObject({ phone: '0755-88886666' });
    expect((await verifiedCompany.get<{ contact: { phone: string } }>(`/api/scenarios/${created.body.id}`)).body.contact).toMatchObject({ phone: '0755-88886666' });
    expect((await organiser.get<{ contact: { phone: string } }>(`/api/companies/${companyId}`)).body.contact).toMatchObject({ phone: '0755-86001234' });
  });

  it('disables and enables users, resets a second factor, all audited; the admin cannot disable themselves', async () => {
    const user = await register();
    const noReason = await admin.post<FieldErrors>(`/api/admin/users/${user.user.id}/disable`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors?.[0].field).toBe('reason');
    const disabled = await admin.post<AdminUserView>(`/api/admin/users/${user.user.id}/disable`, { reason: '人员已离职' });
    expect(disabled.body).toMatchObject({ status: 'disabled', disabledReason: '人员已离职' });
    expect((await user.client.get('/api/me')).status).toBe(401);
    expect((await admin.post(`/api/admin/users/${user.user.id}/disable`, { reason: '再次停用' })).status).toBe(409);
    expect((await admin.get<Page<AdminUserView>>(`/api/admin/users?status=disabled&q=${encodeURIComponent(user.email)}`)).body.total).toBe(1);
    expect((await admin.post<AdminUserView>(`/api/admin/users/${user.user.id}/enable`)).body.status).toBe('active');
    expect((await admin.post(`/api/admin/users/${user.user.id}/mfa/reset`)).status).toBe(409);
    expect((await admin.post('/api/admin/users/00000000-0000-4000-8000-000000000000/enable')).status).toBe(404);
    const me = (await admin.get<{ id: string }>('/api/me')).body.id;
    expect((await admin.post(`/api/admin/users/${me}/disable`, { reason: '误操作' })).status).toBe(409);
    const audit = await t.database.query<{ action: string; actor_role: string }>(`SELECT action, actor_role FROM audit_log WHERE entity_id = $1 AND action LIKE 'user.%' ORDER BY id`, [user.user.id]);
    expect(audit.rows).toEqual([
      { action: 'user.disable', actor_role: 'admin' },
      { action: 'user.enable', actor_role: 'admin' },
    ]);
  });

  it('lets a user download their personal data and erase it: tokens end, sign-in is impossible, records and the audit chain stay', async () => {
    const user = await register();
    await admin.post(`/api/organisations/${user.user.organisation.id}/verify`);
    const signedIn = await t.client.signIn(user.email, 'Str0ng#Passw0rd');

    const download = await signedIn.request<PersonalDataExport>('GET', '/api/me/personal-data');
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(download.body.account).toMatchObject({ id: user.user.id, email: user.email, privacyConsentVersion: PRIVACY_NOTICE_VERSION });
    expect(download.body.organisation).toMatchObject({ id: user.user.organisation.id, verified: true });
    expect(download.body.notifications.map((n) => n.kind)).toContain('organisation.verified');
    expect(download.body.auditEvents.map((e) => e.action)).toEqual(expect.arrayContaining(['auth.register', 'auth.login']));

    const wrong = await signedIn.post<FieldErrors>('/api/me/erasure', { password: 'Wrong#Passw0rd' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.[0].field).toBe('password');
    expect((await signedIn.post('/api/me/erasure', { password: 'Str0ng#Passw0rd' })).status).toBe(204);

    expect((await signedIn.get('/api/me')).status).toBe(401);
    expect((await user.client.get('/api/me')).status).toBe(401);
    expect((await t.client.post('/api/auth/refresh', { refreshToken: user.refreshToken })).status).toBe(401);
    expect((await t.client.post('/api/auth/login', { email: user.email, password: 'Str0ng#Passw0rd' })).status).toBe(401);

    const row = await t.database.query<{ email: string; display_name: string; erased_at: Date | null }>(`SELECT email, display_name, erased_at FROM users WHERE id = $1`, [user.user.id]);
    expect(row.rows[0]).toMatchObject({ display_name: '已注销用户', erased_at: expect.any(Date) });
    expect(row.rows[0].email).not.toContain('accounts-');
    const left = await t.database.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM notifications WHERE user_id = $1) + (SELECT count(*) FROM refresh_tokens WHERE user_id = $1)::int AS n`,
      [user.user.id],
    );
    expect(Number(left.rows[0].n)).toBe(0);
    // The organisation and the audit trail are kept, and the chain still verifies.
    expect((await t.database.query(`SELECT 1 FROM organisations WHERE id = $1`, [user.user.organisation.id])).rowCount).toBe(1);
    const kept = await t.database.query<{ action: string }>(`SELECT action FROM audit_log WHERE actor_user_id = $1 ORDER BY id`, [user.user.id]);
    expect(kept.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['auth.register', 'user.personal_data.export', 'user.erase']));
    const verified = await admin.get<{ ok: boolean; problems: unknown[] }>('/api/audit/verify');
    expect(verified.body).toMatchObject({ ok: true, problems: [] });
    // Staff see the account by its pseudonym, not by the erased e-mail.
    const trail = await admin.get<{ items: Array<{ action: string; actor_name: string; actor_email: string }> }>(`/api/audit?actorUserId=${user.user.id}&action=user.erase`);
    expect(trail.body.items[0]).toMatchObject({ actor_name: '已注销用户' });
    expect(JSON.stringify(trail.body)).not.toContain(user.email);
  });

  it('names people and organisations in the audit list, and writes no record for a routine token refresh', async () => {
    const user = await register();
    const refreshed = await t.client.post<AuthTokens>('/api/auth/refresh', { refreshToken: user.refreshToken });
    expect(refreshed.status).toBe(200);
    expect((await t.database.query(`SELECT 1 FROM audit_log WHERE action = 'auth.refresh' AND actor_user_id = $1`, [user.user.id])).rowCount).toBe(0);
    // A refused refresh (the rotated token again) is a security event and is recorded.
    expect((await t.client.post('/api/auth/refresh', { refreshToken: user.refreshToken })).status).toBe(401);
    expect((await t.database.query(`SELECT 1 FROM audit_log WHERE action = 'auth.refresh' AND outcome <> 'success'`)).rowCount).toBeGreaterThan(0);

    await admin.post(`/api/admin/users/${user.user.id}/disable`, { reason: '测试' });
    const list = await admin.get<{ items: Array<{ action: string; actor_name: string; actor_organisation_name: string; entity_label: string }> }>('/api/audit?action=user.disable');
    expect(list.body.items[0]).toMatchObject({
      actor_name: adminUser.displayName,
      actor_organisation_name: adminUser.organisation.name,
      entity_label: `${user.user.displayName}（${user.user.organisation.name}）`,
    });
  });

  /** Paging through the organisations (单位管理): a page past the end is empty but still tells how many there are. */
  describe('admin organisation list pages', () => {
    it('answers a page past the last with no items and the true total, with and without a filter', async () => {
      // More than one page of two enterprises, whatever else the database holds.
      await Promise.all([1, 2, 3].map(() => createOrganisation(t, { type: 'enterprise' })));
      const enterprises = (await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM organisations WHERE type = 'enterprise'`)).rows[0].n;
      expect(enterprises).toBeGreaterThan(2);
      const first = await organiser.get<Page<AdminOrganisationView>>('/api/admin/organisations?type=enterprise&pageSize=2');
      expect(first.body.items).toHaveLength(2);
      expect(first.body.total).toBe(enterprises);

      const beyond = await organiser.get<Page<AdminOrganisationView>>('/api/admin/organisations?type=enterprise&pageSize=2&page=500');
      expect(beyond.status).toBe(200);
      expect(beyond.body).toMatchObject({ items: [], total: enterprises, page: 500, pageSize: 2 });

      const all = (await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM organisations`)).rows[0].n;
      expect((await organiser.get<Page<AdminOrganisationView>>('/api/admin/organisations?page=500')).body).toMatchObject({ items: [], total: all });
    });
  });

  /** The platform never loses its last administrator to a self-service erasure (注销账号). */
  describe('an administrator erasing their own account', () => {
    it('is refused to the only working administrator (a disabled one does not count), and the account keeps working', async () => {
      const only = await createUser(t, { role: 'admin' });
      // Every other administrator is switched off for this test (and back on after it): this one is the only working one.
      const switchedOff = await t.database.query<{ id: string }>(`UPDATE users SET disabled = true WHERE role = 'admin' AND NOT disabled AND id <> $1 RETURNING id`, [only.id]);
      try {
        const refused = await only.client.post<{ message: string }>('/api/me/erasure', { password: FACTORY_PASSWORD });
        expect(refused.status).toBe(409);
        expect(refused.body.message).toBe('您是平台唯一的管理员，注销前请先指定另一位管理员');
        expect((await only.client.get('/api/me')).status).toBe(200);
        const row = await t.database.query<{ erased_at: Date | null }>(`SELECT erased_at FROM users WHERE id = $1`, [only.id]);
        expect(row.rows[0].erased_at).toBeNull();
      } finally {
        await t.database.query(`UPDATE users SET disabled = false WHERE id = ANY($1::uuid[])`, [switchedOff.rows.map((r) => r.id)]);
      }
    });

    it('goes ahead once another working administrator exists: the account is closed at once', async () => {
      const [leaving] = await Promise.all([createUser(t, { role: 'admin' }), createUser(t, { role: 'admin' })]);

      expect((await leaving.client.post('/api/me/erasure', { password: FACTORY_PASSWORD })).status).toBe(204);
      expect((await leaving.client.get('/api/me')).status).toBe(401);
      const row = await t.database.query<{ erased_at: Date | null; email: string }>(`SELECT erased_at, email FROM users WHERE id = $1`, [leaving.id]);
      expect(row.rows[0].erased_at).not.toBeNull();
      expect(row.rows[0].email).toBe(`erased-${leaving.id}@erased.invalid`);
    });
  });
});
