import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  AdminUserView,
  AuthTokens,
  ContactChannelsView,
  LoginResponse,
  MfaChallenge,
  MfaSetup,
  NotificationPage,
  NotificationRunView,
  NotificationSettingsView,
  Page,
  ScenarioView,
  SmsCodeSent,
} from '@scenematch/contracts';
import { SmsCodes } from '@scenematch/server-auth';
import { NotificationJobsModule, NotificationSmsHandler, NotificationWechatHandler } from '@scenematch/server-notifications';
import { createApplication, createUser, FACTORY_PASSWORD, TestClient, TestUser, waitFor } from '@scenematch/server-testing';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { createApp } from './create-app';
import { inDays, startTestApp, TestApp } from '../testing/test-app';
import { startTestWorker } from '../testing/test-worker';

interface SinkSms {
  file: string;
  phoneNumbers: string;
  signName: string;
  templateCode: string;
  templateParam: Record<string, string>;
}

interface SinkWechat {
  file: string;
  touser: string;
  template_id: string;
  url: string;
  data: Record<string, { value: string }>;
}

type FieldErrors = { message: string; errors?: Array<{ field: string; message: string }>; retryAfter?: number };

function readSink<T>(dir: string): T[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(join(dir, file), 'utf8')) }) as T);
}

/** The verified number of the company user `holder`. */
const PHONE = '13800138123';

describe('mobile numbers: SMS codes, sign-in by phone, SMS and WeChat notices', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let codes: SmsCodes;
  let smsDir: string;
  let wechatDir: string;
  let addresses = 0;
  let second: NestFastifyApplication | undefined;
  /** A company user who signs in by phone too (a verified number). */
  let holder: TestUser;
  /** A client from an address of its own: the per-address limit of one test does not touch another. */
  const fresh = () => t.client.fromAddress(`10.9.0.${++addresses}`);
  const smsTo = (phone: string) => readSink<SinkSms>(smsDir).filter((m) => m.phoneNumbers === `+86${phone}`);
  /** The newest code the sink holds for a number, once a new one has arrived. */
  async function codeFor(phone: string, before: number): Promise<string> {
    const m = await waitFor(async () => smsTo(phone)[before], `an SMS to ${phone}`, 5000);
    return m.templateParam['code'];
  }
  /** Asks for a sign-in code for `phone` as `client` and returns it once it has arrived. */
  async function signInCode(client: TestClient, phone: string): Promise<string> {
    const before = smsTo(phone).length;
    await client.post('/api/auth/sms/send', { phone });
    return codeFor(phone, before);
  }
  /** Forgets the send limits (only where a test is not about them). */
  async function resetLimits(): Promise<void> {
    const keys = await codes.redis.keys(`${t.config.QUEUE_PREFIX}:sms:limit:*`);
    if (keys.length) await codes.redis.del(...keys.map((k) => k.slice(`${t.config.QUEUE_PREFIX}:sms:`.length)));
  }

  beforeAll(async () => {
    // Ten failures before a lockout: the code's own limit (five wrong tries) is what is tested here first.
    t = await startTestApp('phone', { LOGIN_MAX_FAILURES: '10' });
    smsDir = t.config.SMS_DIR;
    wechatDir = t.config.WECHAT_DIR;
    rmSync(smsDir, { recursive: true, force: true });
    rmSync(wechatDir, { recursive: true, force: true });
    codes = t.app.get(SmsCodes);
    worker = await startTestWorker(t, NotificationJobsModule);
    holder = await createUser(t, { role: 'enterprise', verified: true });
    await t.database.query(`UPDATE users SET phone = $2, phone_verified_at = now() WHERE id = $1`, [holder.id, PHONE]);
  }, 90_000);

  afterAll(async () => {
    await second?.close();
    await worker?.close();
    await t?.close();
    rmSync(smsDir, { recursive: true, force: true });
    rmSync(wechatDir, { recursive: true, force: true });
  });

  it('answers "code sent" alike for a number with and without an account, and texts only the account', async () => {
    const client = fresh();
    const known = await client.post<SmsCodeSent>('/api/auth/sms/send', { phone: '+86 138-0013-8123' });
    const unknown = await client.post<SmsCodeSent>('/api/auth/sms/send', { phone: '13912345678' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(Object.keys(known.body).sort()).toEqual(Object.keys(unknown.body).sort());
    expect(known.body).toEqual({ accepted: true, phone: '138****8123', resendAfter: 60, expiresIn: 300 });
    expect(unknown.body).toEqual({ accepted: true, phone: '139****5678', resendAfter: 60, expiresIn: 300 });
    const sms = await waitFor(async () => smsTo(PHONE)[0], 'the sign-in code', 5000);
    expect(sms.templateParam['code']).toMatch(/^\d{6}$/);
    expect(sms.templateCode).toBe(t.config.SMS_TEMPLATE_CODE);
    expect(sms.signName).toBe(t.config.SMS_SIGN_NAME);
    expect(smsTo('13912345678')).toHaveLength(0);
    // The code is kept only as a hash.
    const stored = await codes.redis.hgetall(codes.codeKey('login', PHONE));
    expect(stored['h']).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(sms.templateParam['code']);
    // A bad number is a field error, not a silent success.
    const bad = await client.post<FieldErrors>('/api/auth/sms/send', { phone: '12812345678' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]).toEqual({ field: 'phone', message: expect.stringContaining('中国大陆手机号') });
  });

  it('signs in with the number and its code once; the code does not work a second time', async () => {
    await resetLimits();
    const client = fresh();
    const code = await signInCode(client, PHONE);
    const signedIn = await client.post<AuthTokens>('/api/auth/sms/login', { phone: PHONE, code });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.email).toBe(holder.email);
    const me = await client.withToken(signedIn.body.accessToken).get<{ email: string }>('/api/me');
    expect(me.body.email).toBe(holder.email);
    const again = await client.post<FieldErrors>('/api/auth/sms/login', { phone: PHONE, code });
    expect(again.status).toBe(401);
    expect(again.body.errors?.[0].field).toBe('code');
    const audited = await t.database.query<{ details: { method: string } }>(
      `SELECT details FROM audit_log WHERE action = 'auth.login' AND outcome = 'success' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [signedIn.body.user.id],
    );
    expect(audited.rows[0].details.method).toBe('sms');
  });

  it('refuses an expired code and voids a code after five wrong tries', async () => {
    const client = fresh();
    await resetLimits();
    await t.database.query(`UPDATE users SET failed_logins = 0 WHERE id = $1`, [holder.id]);
    const expired = await signInCode(client, PHONE);
    // Let the code's time run out (Redis expiry) instead of waiting five minutes.
    expect(await codes.redis.ttl(codes.codeKey('login', PHONE))).toBeGreaterThan(290);
    await codes.redis.pexpire(codes.codeKey('login', PHONE), 1);
    await new Promise((r) => setTimeout(r, 20));
    expect((await client.post('/api/auth/sms/login', { phone: PHONE, code: expired })).status).toBe(401);

    await resetLimits();
    const code = await signInCode(client, PHONE);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 5; i++) expect((await client.post('/api/auth/sms/login', { phone: PHONE, code: wrong })).status).toBe(401);
    // Void now: even the right code is refused.
    expect((await client.post('/api/auth/sms/login', { phone: PHONE, code })).status).toBe(401);
    // The wrong tries counted towards the account's lockout too.
    const failed = await t.database.query<{ failed_logins: number }>(`SELECT failed_logins FROM users WHERE id = $1`, [holder.id]);
    expect(failed.rows[0].failed_logins).toBe(7);
    await t.database.query(`UPDATE users SET failed_logins = 0 WHERE id = $1`, [holder.id]);
  });

  it('limits codes per number across API processes, and per client address', async () => {
    await resetLimits();
    // A second API process on the same database and Redis. Kept open until the end: passport's
    // strategies are process-wide, and the last app created serves them.
    second = await createApp(t.config, { servePortal: false });
    await second.init();
    await second.getHttpAdapter().getInstance().ready();
    {
      const a = fresh();
      const b = new TestClient(second, undefined, '10.9.1.1');
      expect((await a.post('/api/auth/sms/send', { phone: '13700000001' })).status).toBe(202);
      // Another process, another address, the same number: within the minute, refused.
      const again = await b.post<FieldErrors>('/api/auth/sms/send', { phone: '13700000001' });
      expect(again.status).toBe(429);
      expect(again.body.message).toContain('频繁');
      expect(again.body.retryAfter).toBeGreaterThan(0);
      expect(again.body.retryAfter).toBeLessThanOrEqual(60);
      // Five an hour: after the minute passes (its counter dropped), the sixth of the hour is refused.
      for (let i = 2; i <= 5; i++) {
        await codes.redis.del('limit:phone:13700000001:m');
        expect((await (i % 2 ? a : b).post('/api/auth/sms/send', { phone: '13700000001' })).status).toBe(202);
      }
      await codes.redis.del('limit:phone:13700000001:m');
      const hourly = await a.post<FieldErrors>('/api/auth/sms/send', { phone: '13700000001' });
      expect(hourly.status).toBe(429);
      expect(hourly.body.message).toContain('本小时');

      // One address asking for many numbers: twenty an hour, whichever API process answers.
      const c = fresh();
      const cOnSecond = new TestClient(second, undefined, `10.9.0.${addresses}`);
      for (let i = 0; i < 20; i++) {
        expect((await (i % 2 ? c : cOnSecond).post('/api/auth/sms/send', { phone: `136000000${String(i).padStart(2, '0')}` })).status).toBe(202);
      }
      const flood = await c.post<FieldErrors>('/api/auth/sms/send', { phone: '13600000099' });
      expect(flood.status).toBe(429);
      expect(flood.body.message).toContain('当前网络');
    }
  });

  it('respects disabled accounts and asks staff for their TOTP after the code', async () => {
    await resetLimits();
    const client = fresh();
    // A code asked before the account was disabled does not sign in after.
    const code = await signInCode(client, PHONE);
    await t.database.query(`UPDATE users SET disabled = true WHERE id = $1`, [holder.id]);
    const refused = await client.post<FieldErrors>('/api/auth/sms/login', { phone: PHONE, code });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('停用');
    // While disabled, no code is sent, and the answer says nothing of it.
    await resetLimits();
    const before = smsTo(PHONE).length;
    expect((await client.post('/api/auth/sms/send', { phone: PHONE })).status).toBe(202);
    await new Promise((r) => setTimeout(r, 200));
    expect(smsTo(PHONE)).toHaveLength(before);
    await t.database.query(`UPDATE users SET disabled = false WHERE id = $1`, [holder.id]);

    // The organiser with a second factor and a number: the code is the first factor only.
    const staffUser = await createUser(t, { role: 'organiser' });
    const organiser = staffUser.client;
    const setup = await organiser.post<MfaSetup>('/api/auth/mfa/setup');
    const totp = new TOTP({ secret: Secret.fromBase32(setup.body.secret), algorithm: 'SHA1', digits: 6, period: 30 });
    expect((await organiser.post('/api/auth/mfa/enable', { code: totp.generate(), password: FACTORY_PASSWORD })).status).toBe(200);
    await t.database.query(`UPDATE users SET phone = '13800000002', phone_verified_at = now() WHERE id = $1`, [staffUser.id]);
    await resetLimits();
    const staffCode = await signInCode(client, '13800000002');
    const staff = await client.post<LoginResponse>('/api/auth/sms/login', { phone: '13800000002', code: staffCode });
    expect(staff.status).toBe(200);
    expect((staff.body as MfaChallenge).mfaRequired).toBe(true);
    expect((staff.body as AuthTokens).accessToken).toBeUndefined();
    const challenge = await t.database.query<{ details: { method: string } }>(
      `SELECT details FROM audit_log WHERE action = 'auth.mfa.challenge' ORDER BY id DESC LIMIT 1`,
    );
    expect(challenge.rows[0].details.method).toBe('sms');
  });

  it('binds a number with its code and the password, shows it whole only to its owner, masked to staff', async () => {
    await resetLimits();
    const user = (await createUser(t, { role: 'enterprise' })).client.fromAddress(`10.9.2.1`);
    const email = (await user.get<{ email: string }>('/api/me')).body.email;
    const before = smsTo('13900001111').length;
    const sent = await user.post<SmsCodeSent>('/api/me/phone/code', { phone: '139 0000 1111' });
    expect(sent.status).toBe(202);
    const code = await codeFor('13900001111', before);
    const wrongPassword = await user.request<FieldErrors>('PUT', '/api/me/phone', { phone: '13900001111', code, password: 'Not#TheRight1' });
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.body.errors?.[0].field).toBe('password');
    const bound = await user.request<ContactChannelsView>('PUT', '/api/me/phone', { phone: '13900001111', code, password: FACTORY_PASSWORD });
    expect(bound.status).toBe(200);
    expect(bound.body.phone).toBe('13900001111');
    expect(bound.body.phoneVerifiedAt).not.toBeNull();
    expect((await user.get<ContactChannelsView>('/api/me/contact-channels')).body.phone).toBe('13900001111');

    // Someone else's number: they may prove they hold it, but it stays with its account.
    await resetLimits();
    const n = smsTo(PHONE).length;
    await user.post('/api/me/phone/code', { phone: PHONE });
    const theirs = await codeFor(PHONE, n);
    const taken = await user.request<FieldErrors>('PUT', '/api/me/phone', { phone: PHONE, code: theirs, password: FACTORY_PASSWORD });
    expect(taken.status).toBe(409);
    expect(taken.body.errors?.[0].field).toBe('phone');

    // Staff views: masked, in the user list and the organisation's members.
    const admin = (await createUser(t, { role: 'admin' })).client;
    const listed = await admin.get<Page<AdminUserView>>(`/api/admin/users?q=${encodeURIComponent(email)}`);
    expect(listed.body.items[0].phone).toBe('139****1111');
    expect(JSON.stringify(listed.body)).not.toContain('13900001111');
    const holderListed = await admin.get<Page<AdminUserView>>(`/api/admin/users?q=${encodeURIComponent(holder.email)}`);
    expect(holderListed.body.items[0].phone).toBe('138****8123');
    const members = await admin.get<Page<AdminUserView>>(`/api/admin/organisations/${holderListed.body.items[0].organisation.id}/members`);
    expect(JSON.stringify(members.body)).not.toContain(PHONE);
    // The audit trail records the number masked.
    const audit = await admin.get<Page<{ action: string; details: unknown }>>(`/api/audit?action=user.phone.bind&pageSize=50`);
    expect(JSON.stringify(audit.body)).toContain('139****1111');
    expect(JSON.stringify(audit.body)).not.toContain('13900001111');
    const raw = await t.database.query(`SELECT 1 FROM audit_log WHERE details::text LIKE '%13900001111%' OR details::text LIKE '%${PHONE}%'`);
    expect(raw.rowCount).toBe(0);

    // Removing the number ends sign-in by phone with it.
    expect((await user.request<ContactChannelsView>('DELETE', '/api/me/phone')).body.phone).toBeNull();
    await resetLimits();
    const after = smsTo('13900001111').length;
    await user.post('/api/auth/sms/send', { phone: '13900001111' });
    await new Promise((r) => setTimeout(r, 200));
    expect(smsTo('13900001111')).toHaveLength(after);
  });

  it('texts a deadline-tomorrow reminder to a company user who consented and switched SMS on, not to one who did not; WeChat to a bound openid', async () => {
    const [organiser, agency] = (await Promise.all([createUser(t, { role: 'organiser' }), createUser(t, { role: 'agency', verified: true })])).map((u) => u.client);
    const enterprise = holder.client;
    const colleague = (await createUser(t, { role: 'enterprise', organisation: holder.organisation })).client;
    // The colleague: a verified number but no consent; SMS switched on anyway; WeChat bound and on.
    const colleagueId = (await colleague.get<{ id: string }>('/api/me')).body.id;
    await t.database.query(`UPDATE users SET phone = '13500000003', phone_verified_at = now() WHERE id = $1`, [colleagueId]);
    expect((await colleague.request('PUT', '/api/me/notification-settings', { categories: [{ category: 'reminder', sms: true, wechat: true }] })).status).toBe(200);
    expect((await colleague.request<ContactChannelsView>('PUT', '/api/me/wechat', { openid: 'oTEST_colleague_openid_0001' })).status).toBe(200);

    // SMS is off by default and unavailable until consent; consent needs a verified number.
    const settings = await enterprise.get<NotificationSettingsView>('/api/me/notification-settings');
    expect(settings.body.categories.find((c) => c.category === 'reminder')?.sms).toBe(false);
    expect(settings.body.categories.find((c) => c.category === 'match')?.sms).toBeNull();
    expect(settings.body.channels.sms).toEqual({ available: false, reason: expect.stringContaining('同意接收短信') });
    expect((await enterprise.request<FieldErrors>('PUT', '/api/me/notification-settings', { categories: [{ category: 'match', sms: true }] })).status).toBe(400);
    expect((await colleague.request<FieldErrors>('PUT', '/api/me/sms-consent', { consent: true })).status).toBe(200);
    expect((await colleague.request<ContactChannelsView>('PUT', '/api/me/sms-consent', { consent: false })).body.smsConsentAt).toBeNull();
    const consented = await enterprise.request<ContactChannelsView>('PUT', '/api/me/sms-consent', { consent: true });
    expect(consented.body.smsConsentAt).not.toBeNull();
    // The audit trail keeps the time consent was given, as stored.
    const given = await t.database.query<{ at: string | null }>(
      `SELECT details->>'at' AS at FROM audit_log WHERE action = 'user.sms_consent.give' AND entity_id IN (SELECT id::text FROM users WHERE sms_consent_at IS NOT NULL) ORDER BY id DESC LIMIT 1`,
    );
    expect(given.rows.map((r) => r.at && new Date(r.at).toISOString())).toEqual([consented.body.smsConsentAt]);
    await enterprise.request('PUT', '/api/me/notification-settings', { categories: [{ category: 'reminder', sms: true }] });
    expect((await enterprise.get<NotificationSettingsView>('/api/me/notification-settings')).body.channels.sms.available).toBe(true);

    const s = await agency.post<ScenarioView>('/api/scenarios', {
      title: '急诊分诊智能语音助手',
      domain: '智慧医疗',
      description: '在急诊科部署语音识别与分诊辅助系统，利用计算机视觉与语音识别自动记录主诉、识别体征并提示分诊等级，提升急诊分诊效率。',
      capabilities: ['计算机视觉'],
      deadline: inDays(1),
    });
    expect([s.status, s.body]).toEqual([201, expect.anything()]);
    await agency.post(`/api/scenarios/${s.body.id}/submit`);
    expect((await organiser.post(`/api/scenarios/${s.body.id}/publish`)).status).toBe(200);
    await createApplication(t, { company: enterprise, scenarioId: s.body.id, status: 'draft' });
    const run = await organiser.post<NotificationRunView>('/api/notifications/reminders/run');
    await waitFor(async () => (await organiser.get<NotificationRunView>(`/api/notifications/runs/${run.body.id}`)).body.status === 'completed', 'the reminder run', 20_000);
    await waitFor(
      async () =>
        (await t.database.query(`SELECT 1 FROM notifications WHERE kind = 'reminder.deadline_1d' AND 'pending' IN (sms_status, wechat_status)`)).rowCount === 0,
      'the SMS and WeChat jobs',
      20_000,
    );

    const reminder = await t.database.query<{ id: string; user_id: string; sms_status: string | null; wechat_status: string | null }>(
      `SELECT n.id::text, n.user_id, n.sms_status, n.wechat_status FROM notifications n WHERE n.kind = 'reminder.deadline_1d' AND n.title LIKE '%急诊分诊智能语音助手%'`,
    );
    expect(reminder.rows).toHaveLength(2);
    const mine = reminder.rows.find((r) => r.user_id !== colleagueId) as { id: string };
    const theirs = reminder.rows.find((r) => r.user_id === colleagueId) as { id: string; sms_status: string | null };
    const texts = readSink<SinkSms>(smsDir).filter((m) => m.file.endsWith(`notification-${mine.id}.json`));
    expect(texts).toHaveLength(1);
    expect(texts[0].phoneNumbers).toBe(`+86${PHONE}`);
    expect(texts[0].templateCode).toBe(t.config.SMS_TEMPLATE_NOTICE);
    expect(texts[0].templateParam['title']).toContain('急诊分诊');
    // No consent, no SMS — the in-app notification is there all the same.
    expect(theirs.sms_status).toBeNull();
    expect(readSink<SinkSms>(smsDir).filter((m) => m.file.endsWith(`notification-${theirs.id}.json`))).toHaveLength(0);
    expect(smsTo('13500000003')).toHaveLength(0);
    // WeChat: a template message to the colleague's bound openid, none to the unbound user.
    const wx = readSink<SinkWechat>(wechatDir).filter((m) => m.file.endsWith(`notification-${theirs.id}.json`));
    expect(wx).toHaveLength(1);
    expect(wx[0].touser).toBe('oTEST_colleague_openid_0001');
    expect(wx[0].template_id).toBe(t.config.WECHAT_TEMPLATE_NOTICE);
    expect(wx[0].data['first'].value).toContain('急诊分诊智能语音助手');
    expect(wx[0].url).toContain('/me/applications');
    expect(readSink<SinkWechat>(wechatDir).filter((m) => m.file.endsWith(`notification-${mine.id}.json`))).toHaveLength(0);
  }, 60_000);

  it('skips a text or WeChat message still waiting once the user withdrew consent or unbound WeChat', async () => {
    const user = await createUser(t, { role: 'enterprise', verified: true });
    await t.database.query(`UPDATE users SET phone = '13500000017', phone_verified_at = now() WHERE id = $1`, [user.id]);
    expect((await user.client.request('PUT', '/api/me/sms-consent', { consent: true })).status).toBe(200);
    expect((await user.client.request('PUT', '/api/me/wechat', { openid: 'oTEST_withdrawing_openid_01' })).status).toBe(200);
    expect((await user.client.request('PUT', '/api/me/notification-settings', { categories: [{ category: 'reminder', sms: true, wechat: true }] })).status).toBe(200);
    const sms = worker.get(NotificationSmsHandler);
    const wechat = worker.get(NotificationWechatHandler);
    /** A reminder written for both channels whose jobs have not run yet. */
    const waitingReminder = async () =>
      (
        await t.database.query<{ id: string }>(
          `INSERT INTO notifications (user_id, kind, title, body, sms_status, wechat_status) VALUES ($1, 'reminder.deadline_1d', '申报截止提醒：测试场景', '明天截止', 'pending', 'pending') RETURNING id::text`,
          [user.id],
        )
      ).rows[0].id;
    const statuses = async (id: string) =>
      (await t.database.query<{ sms_status: string; wechat_status: string }>(`SELECT sms_status, wechat_status FROM notifications WHERE id = $1`, [id])).rows[0];
    const textsOf = (id: string) => readSink<SinkSms>(smsDir).filter((m) => m.file.endsWith(`notification-${id}.json`));
    const messagesOf = (id: string) => readSink<SinkWechat>(wechatDir).filter((m) => m.file.endsWith(`notification-${id}.json`));

    const before = await waitingReminder();
    expect([await sms.handle({ notificationId: before }), await wechat.handle({ notificationId: before })]).toEqual(['sent', 'sent']);
    expect([textsOf(before).length, messagesOf(before).length]).toEqual([1, 1]);

    const waiting = await waitingReminder();
    expect((await user.client.request<ContactChannelsView>('PUT', '/api/me/sms-consent', { consent: false })).body.smsConsentAt).toBeNull();
    expect((await user.client.request('DELETE', '/api/me/wechat')).status).toBe(200);
    expect([await sms.handle({ notificationId: waiting }), await wechat.handle({ notificationId: waiting })]).toEqual(['skipped', 'skipped']);
    expect([textsOf(waiting).length, messagesOf(waiting).length]).toEqual([0, 0]);
    expect(await statuses(waiting)).toEqual({ sms_status: 'skipped', wechat_status: 'skipped' });
    // A retried job changes nothing; the in-app notification is there all the same.
    expect([await sms.handle({ notificationId: waiting }), await wechat.handle({ notificationId: waiting })]).toEqual(['done', 'done']);
    const inApp = await user.client.get<NotificationPage>('/api/me/notifications');
    expect(inApp.body.items.map((n) => n.id)).toContain(waiting);
  });
});
