import { INestApplicationContext } from '@nestjs/common';
import { NotificationPage, NotificationRunView, NotificationSettingsView, Page, RebuildView, ScenarioView } from '@scenematch/contracts';
import { MatchingJobsModule } from '@scenematch/server-matching';
import { ApplicationJobsModule } from '@scenematch/server-applications';
import { NotificationDispatchHandler, NotificationJobsModule, NotificationsSchedule } from '@scenematch/server-notifications';
import { JobName, OutboxService } from '@scenematch/server-queue';
import { TaxonomyModule } from '@scenematch/server-taxonomy';
import { createApplication, createProduct, createScenario, createUser, TestClient, TestUser, waitFor } from '@scenematch/server-testing';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inDays, startTestApp, TestApp } from '../testing/test-app';
import { startTestWorker } from '../testing/test-worker';

interface InboxItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
}

interface Mail {
  file: string;
  headers: Record<string, string>;
  text: string;
  html: string;
}

/** Decodes one MIME part's body by its transfer encoding. */
function decodePart(body: string, encoding: string | undefined): string {
  const enc = (encoding ?? '7bit').toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (enc === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => `%${h}`);
    // Bytes as %XX, everything else as is: decodeURIComponent needs literal % escaped first.
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
  }
  return body;
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  return headers;
}

/** The .eml files written by the worker (SMTP_URL unset), parsed enough to check them. */
function readMails(dir: string): Mail[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(dir, file), 'utf8');
      const split = raw.indexOf('\n\n');
      const headers = parseHeaders(raw.slice(0, split));
      const boundary = /boundary="?([^";]+)"?/.exec(headers['content-type'] ?? '')?.[1];
      const parts = boundary ? raw.slice(split + 2).split(`--${boundary}`).slice(1, -1) : [raw];
      let text = '';
      let html = '';
      for (const part of parts) {
        const p = part.replace(/^\r?\n/, '');
        const at = p.indexOf('\n\n');
        const h = parseHeaders(p.slice(0, at));
        const body = decodePart(p.slice(at + 2), h['content-transfer-encoding']);
        if ((h['content-type'] ?? '').startsWith('text/plain')) text = body;
        if ((h['content-type'] ?? '').startsWith('text/html')) html = body;
      }
      return { file, headers, text, html };
    });
}

describe('notifications: strong matches, mails, settings, digest and reminders', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let organiser: TestClient;
  let agency: TestClient;
  let enterprise: TestClient;
  let mailDir: string;
  /** A company whose listed imaging product matches the scenarios published below strongly. */
  let company: TestUser;
  let agencyUser: TestUser;
  let ENTERPRISE: string;
  let AGENCY: string;

  async function publish(title: string, extra: Record<string, unknown> = {}): Promise<string> {
    const s = await agency.post<ScenarioView>('/api/scenarios', {
      title,
      domain: '智慧医疗',
      description: '在区属医院部署医学影像辅助诊断系统，利用计算机视觉识别CT影像中的肺结节与骨折，生成结构化报告，提升放射科阅片效率。',
      capabilities: ['计算机视觉'],
      deadline: inDays(40),
      ...extra,
    });
    expect(s.status).toBe(201);
    await agency.post(`/api/scenarios/${s.body.id}/submit`);
    expect((await organiser.post(`/api/scenarios/${s.body.id}/publish`)).status).toBe(200);
    return s.body.id;
  }

  const inbox = async (client: TestClient) => (await client.get<Page<InboxItem>>('/api/me/notifications?pageSize=100')).body.items;
  const matchNotice = (items: InboxItem[], scenarioId: string) => items.filter((n) => n.kind === 'match.strong' && n.link === `/scenarios/${scenarioId}`);
  const outboxDrained = () => waitFor(async () => (await t.database.query(`SELECT 1 FROM outbox WHERE completed_at IS NULL AND failed_at IS NULL`)).rowCount === 0, 'the outbox to drain', 20_000);

  async function runDigest(): Promise<NotificationRunView> {
    const requested = await organiser.post<NotificationRunView>('/api/notifications/digest/run');
    expect(requested.status).toBe(202);
    const done = await waitFor(async () => {
      const r = await organiser.get<NotificationRunView>(`/api/notifications/runs/${requested.body.id}`);
      return r.body.status === 'completed' ? r.body : undefined;
    }, 'the digest run to complete', 20_000);
    await outboxDrained();
    return done;
  }

  beforeAll(async () => {
    // A low threshold keeps the test independent of the scoring model's exact numbers; the
    // company's actual score is checked against it below.
    t = await startTestApp('notifications', { MATCH_NOTIFY_MIN_SCORE: '30', PUBLIC_URL: 'https://scenematch.example.cn' });
    mailDir = t.config.MAIL_DIR;
    rmSync(mailDir, { recursive: true, force: true });
    worker = await startTestWorker(t, TaxonomyModule, MatchingJobsModule, NotificationJobsModule, ApplicationJobsModule);
    const users = await Promise.all([
      createUser(t, { role: 'organiser' }),
      createUser(t, { role: 'agency', verified: true }),
      createUser(t, { role: 'enterprise', verified: true }),
    ]);
    [organiser, agency, enterprise] = users.map((u) => u.client);
    [, agencyUser, company] = users;
    [ENTERPRISE, AGENCY] = [company.email, agencyUser.email];
    const rebuilds = await organiser.get<RebuildView[]>('/api/matching/rebuilds');
    await waitFor(async () => (await organiser.get<RebuildView>(`/api/matching/rebuilds/${rebuilds.body[0].id}`)).body.status === 'completed', 'the bootstrap rebuild', 40_000);
    await createProduct(t, {
      company,
      organiser,
      description: '医学影像智能辅助诊断平台：基于计算机视觉识别CT影像中的肺结节与骨折，生成结构化报告，已在多家医院放射科规模化应用。',
      capabilities: ['计算机视觉'],
      domains: ['智慧医疗'],
      maturity: 'scaled',
    });
    await outboxDrained();
    await waitFor(
      async () => ((await t.database.query<{ n: number }>(`SELECT listed_products AS n FROM enterprise_match_profiles WHERE organisation_id = $1`, [company.organisation.id])).rows[0]?.n ?? 0) > 0,
      'the company’s matching profile',
      20_000,
    );
  }, 90_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    if (mailDir) rmSync(mailDir, { recursive: true, force: true });
  });

  let firstScenario: string;

  it('tells a strongly matching company about a newly published scenario once, in-app and by mail, and puts it in the next digest', async () => {
    firstScenario = await publish('放射科CT影像智能辅助诊断');
    const told = await waitFor(async () => matchNotice(await inbox(enterprise), firstScenario)[0], 'the strong-match notification', 15_000);
    expect(told.title).toBe('新场景与贵企业匹配度低'); // MATCH_NOTIFY_MIN_SCORE 30 names the level of 30
    expect(told.body).toContain('放射科CT影像智能辅助诊断');
    const score = Number(/匹配度为 (\d+) 分/.exec(told.body)?.[1]);
    expect(score).toBeGreaterThanOrEqual(30);
    // The agency that posted it is not a company: told nothing.
    expect(matchNotice(await inbox(agency), firstScenario)).toHaveLength(0);
    // The settings page names the same level for the digest; the agency has no digest.
    expect((await enterprise.get<NotificationSettingsView>('/api/me/notification-settings')).body).toMatchObject({ digest: true, digestLevel: 'low' });
    expect((await agency.get<NotificationSettingsView>('/api/me/notification-settings')).body).toMatchObject({ digest: null, digestLevel: null });

    // Scoring the same scenario again (an edit, a retried job) tells nobody a second time.
    await worker.get(OutboxService).publishNow(JobName.ScenarioChanged, { scenarioId: firstScenario });
    await outboxDrained();
    expect(matchNotice(await inbox(enterprise), firstScenario)).toHaveLength(1);

    // The notification was mailed once, with a one-click unsubscribe link for its kind.
    await outboxDrained();
    const mails = readMails(mailDir).filter((m) => m.file.endsWith(`notification-${told.id}.eml`));
    expect(mails).toHaveLength(1);
    expect(mails[0].headers['to']).toBe(ENTERPRISE);
    expect(mails[0].text).toContain('新场景与贵企业匹配度低');
    expect(mails[0].text).toContain(`https://scenematch.example.cn/scenarios/${firstScenario}`);
    expect(mails[0].html).toContain('放射科CT影像智能辅助诊断');
    expect(mails[0].headers['list-unsubscribe']).toMatch(/^<https:\/\/scenematch\.example\.cn\/api\/notifications\/unsubscribe\?token=[^>]+>$/);

    // A retried mail job finds the notification sent and mails nothing more.
    expect(await worker.get(NotificationDispatchHandler).handle({ notificationId: told.id })).toBe('done');
    expect(readMails(mailDir).filter((m) => m.file.endsWith(`notification-${told.id}.eml`))).toHaveLength(1);

    // Only organisers may run the digest.
    expect((await enterprise.post('/api/notifications/digest/run')).status).toBe(403);
    expect((await t.client.post('/api/notifications/digest/run')).status).toBe(401);
    const run = await runDigest();
    expect(run.sent).toBeGreaterThanOrEqual(1);
    const digests = readMails(mailDir).filter((m) => m.file.includes('-digest-') && m.headers['to'] === ENTERPRISE);
    expect(digests).toHaveLength(1);
    expect(digests[0].text).toContain('放射科CT影像智能辅助诊断');
    expect(digests[0].text).toContain(`匹配度 ${score} 分`);
    expect(digests[0].text).toContain(company.organisation.name);
    expect(digests[0].text).toContain('匹配度低：');
    expect(digests[0].headers['list-unsubscribe']).toContain('/api/notifications/unsubscribe?token=');
    // What it contained is recorded: the next digest starts after it and repeats nothing.
    const recorded = await t.database.query<{ scenario_ids: string[] }>(
      `SELECT g.scenario_ids FROM notification_digests g JOIN users u ON u.id = g.user_id WHERE u.email = $1`,
      [ENTERPRISE],
    );
    expect(recorded.rows).toHaveLength(1);
    expect(recorded.rows[0].scenario_ids).toContain(firstScenario);
    await runDigest();
    expect(readMails(mailDir).filter((m) => m.file.includes('-digest-') && m.headers['to'] === ENTERPRISE)).toHaveLength(1);
  }, 60_000);

  it('stops the digest after its unsubscribe link is followed (no login), and sends it nothing more', async () => {
    const digest = readMails(mailDir).find((m) => m.file.includes('-digest-') && m.headers['to'] === ENTERPRISE) as Mail;
    const link = /<([^>]+)>/.exec(digest.headers['list-unsubscribe'])?.[1] as string;
    const path = new URL(link).pathname + new URL(link).search;
    // A tampered token is refused with a field error; nothing changes.
    const tampered = await t.client.post<{ errors: Array<{ field: string }> }>(path.replace(/token=([^.]+)\.(.)/, (_, a: string, b: string) => `token=${a}.${b === 'A' ? 'B' : 'A'}`));
    expect(tampered.status).toBe(400);
    expect(tampered.body.errors[0].field).toBe('token');
    expect((await t.client.get('/api/notifications/unsubscribe')).status).toBe(400);
    expect(digest.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    // Opening the link (as a mail scanner would) only asks; it changes nothing.
    const page = await t.client.get<string>(path);
    expect(page.status).toBe(200);
    expect(String(page.headers['content-type'])).toContain('text/html');
    expect(page.body).toContain('退订「每周匹配摘要」邮件？');
    expect(page.body).toContain('method="post"');
    expect((await enterprise.get<NotificationSettingsView>('/api/me/notification-settings')).body.digest).toBe(true);

    // The one-click POST (RFC 8058 body, form-encoded) switches it off.
    const done = await t.client.request<string>('POST', path, 'List-Unsubscribe=One-Click', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(done.status).toBe(200);
    expect(done.body).toContain('已退订「每周匹配摘要」邮件');
    expect((await enterprise.get<NotificationSettingsView>('/api/me/notification-settings')).body.digest).toBe(false);

    // A new strong match still arrives in-app, but the next digest sends this user nothing.
    const second = await publish('急诊CT影像智能分诊与辅助诊断');
    await waitFor(async () => matchNotice(await inbox(enterprise), second)[0], 'the second strong-match notification', 15_000);
    // (Other companies that match, such as the demo one, still get theirs.)
    const before = readMails(mailDir).filter((m) => m.file.includes('-digest-') && m.headers['to'] === ENTERPRISE).length;
    await runDigest();
    expect(readMails(mailDir).filter((m) => m.file.includes('-digest-') && m.headers['to'] === ENTERPRISE).length).toBe(before);
    const recorded = await t.database.query(`SELECT 1 FROM notification_digests g JOIN users u ON u.id = g.user_id WHERE u.email = $1`, [ENTERPRISE]);
    expect(recorded.rowCount).toBe(1);

    // Switched back on in the settings, the next digest has what was missed.
    await enterprise.request('PUT', '/api/me/notification-settings', { digest: true });
    await runDigest();
    const digests = readMails(mailDir).filter((m) => m.file.includes('-digest-') && m.headers['to'] === ENTERPRISE);
    expect(digests).toHaveLength(2);
    expect(digests[1].text).toContain('急诊CT影像智能分诊与辅助诊断');
    expect(digests[1].text).not.toContain('放射科CT影像智能辅助诊断');
  }, 60_000);

  it('keeps the in-app notification but sends no mail of a kind whose email is switched off', async () => {
    const bad = await enterprise.request<{ errors: Array<{ field: string }> }>('PUT', '/api/me/notification-settings', {
      categories: [{ category: 'nonsense', email: 'yes' }],
      colour: 'red',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['categories.0.category', 'categories.0.email']));
    expect((await agency.request('PUT', '/api/me/notification-settings', { digest: true })).status).toBe(400);
    expect((await t.client.get('/api/me/notification-settings')).status).toBe(401);

    const saved = await enterprise.request<NotificationSettingsView>('PUT', '/api/me/notification-settings', { categories: [{ category: 'match', email: false }] });
    expect(saved.status).toBe(200);
    expect(saved.body.categories.find((c) => c.category === 'match')).toMatchObject({ email: false, inApp: true });
    expect(saved.body.categories.find((c) => c.category === 'application')?.email).toBe(true);
    // Each user's settings are their own.
    const other = (await createUser(t, { role: 'enterprise', organisation: company.organisation })).client;
    expect((await other.get<NotificationSettingsView>('/api/me/notification-settings')).body.categories.find((c) => c.category === 'match')?.email).toBe(true);

    const third = await publish('骨科X光影像智能辅助诊断');
    const mine = await waitFor(async () => matchNotice(await inbox(enterprise), third)[0], 'the third strong-match notification', 15_000);
    const theirs = await waitFor(async () => matchNotice(await inbox(other), third)[0], 'the colleague’s notification', 15_000);
    await outboxDrained();
    const files = readMails(mailDir).map((m) => m.file);
    expect(files.some((f) => f.endsWith(`notification-${mine.id}.eml`))).toBe(false);
    expect(files.some((f) => f.endsWith(`notification-${theirs.id}.eml`))).toBe(true);
    await enterprise.request('PUT', '/api/me/notification-settings', { categories: [{ category: 'match', email: true }] });
  }, 60_000);

  it('reminds companies of draft applications 3 days before the deadline and agencies the day before closing, once each', async () => {
    const soon = await publish('CT影像质控智能分析', { deadline: inDays(3) });
    const tomorrow = await publish('超声影像智能辅助筛查', { deadline: inDays(1) });
    await createApplication(t, { company: enterprise, scenarioId: soon, status: 'draft' });
    expect((await enterprise.post('/api/notifications/reminders/run')).status).toBe(403);

    for (let i = 0; i < 2; i++) {
      const requested = await organiser.post<NotificationRunView>('/api/notifications/reminders/run');
      expect(requested.status).toBe(202);
      await waitFor(async () => (await organiser.get<NotificationRunView>(`/api/notifications/runs/${requested.body.id}`)).body.status === 'completed', 'the reminder run', 20_000);
    }
    await outboxDrained();

    const companyReminders = (await inbox(enterprise)).filter((n) => n.kind.startsWith('reminder.') && n.title.includes('CT影像质控智能分析'));
    expect(companyReminders).toHaveLength(1);
    expect(companyReminders[0].kind).toBe('reminder.deadline_3d');
    expect(companyReminders[0].body).toContain(inDays(3));
    const agencyReminders = (await inbox(agency)).filter((n) => n.kind === 'reminder.closing');
    expect(agencyReminders.filter((n) => n.link === `/scenarios/${tomorrow}`)).toHaveLength(1);
    // The scenario closing in 3 days is not the agency's "closes tomorrow".
    expect(agencyReminders.filter((n) => n.link === `/scenarios/${soon}`)).toHaveLength(0);
    // No draft there, so no company reminder for the scenario closing tomorrow.
    expect((await inbox(enterprise)).filter((n) => n.kind.startsWith('reminder.') && n.title.includes('超声影像智能辅助筛查'))).toHaveLength(0);
    // Mailed once, per preference.
    const mailed = readMails(mailDir).filter((m) => m.file.endsWith(`notification-${companyReminders[0].id}.eml`));
    expect(mailed).toHaveLength(1);
    expect(mailed[0].headers['to']).toBe(ENTERPRISE);
    expect(mailed[0].text).toContain('申报即将截止');
    expect(readMails(mailDir).filter((m) => m.headers['to'] === AGENCY && m.text.includes('场景明天截止申报：超声影像智能辅助筛查'))).toHaveLength(1);
  }, 60_000);

  it('leaves a scenario the company marked 不感兴趣 out of its digest', async () => {
    // Subscribed, whatever the unsubscribe test left.
    expect((await enterprise.request('PUT', '/api/me/notification-settings', { digest: true })).status).toBe(200);
    const kept = await publish('病理切片影像智能辅助诊断');
    const dismissed = await publish('眼底影像智能辅助筛查');
    for (const id of [kept, dismissed]) await waitFor(async () => matchNotice(await inbox(enterprise), id)[0], 'the strong-match notification', 15_000);
    expect((await enterprise.request('PUT', `/api/me/recommendations/${dismissed}/dismissal`, { reason: 'other' })).status).toBe(200);
    const before = readMails(mailDir).filter((m) => m.file.includes('-digest-') && m.headers['to'] === ENTERPRISE).length;
    await runDigest();
    const digests = readMails(mailDir).filter((m) => m.file.includes('-digest-') && m.headers['to'] === ENTERPRISE);
    expect(digests).toHaveLength(before + 1);
    const latest = digests.find((m) => m.text.includes('病理切片影像智能辅助诊断')) as Mail;
    expect(latest).toBeDefined();
    expect(latest.text).not.toContain('眼底影像智能辅助筛查');
  }, 60_000);

  it('requests the scheduled digest and reminders once a day however many workers fire the timer', async () => {
    const schedule = worker.get(NotificationsSchedule);
    const monday = new Date('2030-01-07T01:00:00Z'); // 09:00 in Beijing
    const first = await schedule.request('digest', monday);
    expect(first).toEqual(expect.any(String));
    expect(await schedule.request('digest', new Date(monday.getTime() + 1000))).toBeNull();
    expect(await schedule.request('reminders', monday)).toEqual(expect.any(String));
    await waitFor(async () => (await organiser.get<NotificationRunView>(`/api/notifications/runs/${first}`)).body.status === 'completed', 'the scheduled run', 20_000);
  });

  /** An account disabled by an administrator gets no more mail: a notice still waiting to be mailed is skipped, not sent. */
  describe('mail to an account disabled meanwhile', () => {
    const mailsFor = (id: string) => (existsSync(mailDir) ? readdirSync(mailDir).filter((f) => f.endsWith(`notification-${id}.eml`)) : []);
    const pendingNotice = async (userId: string) =>
      (
        await t.database.query<{ id: string }>(
          `INSERT INTO notifications (user_id, kind, title, body, email_status) VALUES ($1, 'application.consortium.invited', '联合体邀请：测试', '', 'pending') RETURNING id::text`,
          [userId],
        )
      ).rows[0].id;

    it('mails a working account, and skips the mail once an administrator has disabled it', async () => {
      const [admin, user] = await Promise.all([createUser(t, { role: 'admin' }), createUser(t, { role: 'enterprise' })]);
      const userId = user.id;
      const dispatch = worker.get(NotificationDispatchHandler);

      const before = await pendingNotice(userId);
      expect(await dispatch.handle({ notificationId: before })).toBe('sent');
      expect(mailsFor(before)).toHaveLength(1);

      const waiting = await pendingNotice(userId);
      expect((await admin.client.post(`/api/admin/users/${userId}/disable`, { reason: '离职' })).status).toBe(200);
      expect(await dispatch.handle({ notificationId: waiting })).toBe('skipped');
      expect(mailsFor(waiting)).toHaveLength(0);
      const row = await t.database.query<{ email_status: string }>(`SELECT email_status FROM notifications WHERE id = $1`, [waiting]);
      expect(row.rows[0].email_status).toBe('skipped');
      // A retried job changes nothing.
      expect(await dispatch.handle({ notificationId: waiting })).toBe('done');
    });
  });

  /** Marking one notification read: only one's own, once (the first reading time stays), and the unread count follows. */
  describe('marking a notification read', () => {
    let lead: TestClient;
    let member: TestClient;

    beforeAll(async () => {
      const [leadUser, memberUser] = await Promise.all([createUser(t, { role: 'enterprise', verified: true }), createUser(t, { role: 'enterprise', verified: true })]);
      [lead, member] = [leadUser.client, memberUser.client];
      // Two invitations to join a consortium: two notifications for the member.
      for (const title of ['通知已读测试：影像辅助诊断', '通知已读测试：病理切片分析']) {
        const s = await createScenario(t, { agency: agencyUser, organiser, title, description: '在区属医院试点影像辅助诊断。', deadline: inDays(30) });
        const bid = await lead.post(`/api/scenarios/${s.id}/applications`, {
          proposal: '联合体方案：牵头单位负责平台建设与集成，成员单位负责算法与现场实施。',
          quote: 600000,
          durationDays: 120,
          declarations: { truthful: true },
          memberIds: [memberUser.organisation.id],
        });
        expect(bid.status).toBe(201);
      }
      // Whatever the worker does with the new scenarios is done before the unread counts are read.
      await outboxDrained();
    });

    const unreadInbox = async (client: TestClient) => (await client.get<NotificationPage>('/api/me/notifications')).body;

    it('marks only the one notification read, keeps its first reading time, and counts down the unread', async () => {
      const before = await unreadInbox(member);
      const invitations = before.items.filter((n) => n.kind === 'application.consortium.invited');
      expect(invitations).toHaveLength(2);
      expect(invitations.every((n) => n.readAt === null)).toBe(true);
      const [first, second] = invitations;

      expect((await member.post(`/api/me/notifications/${first.id}/read`)).status).toBe(204);
      const after = await unreadInbox(member);
      expect(after.unread).toBe(before.unread - 1);
      const readAt = after.items.find((n) => n.id === first.id)?.readAt;
      expect(readAt).toEqual(expect.any(String));
      expect(after.items.find((n) => n.id === second.id)?.readAt).toBeNull();

      // Again: still fine, and it was read when it was first read.
      expect((await member.post(`/api/me/notifications/${first.id}/read`)).status).toBe(204);
      const again = await unreadInbox(member);
      expect(again.unread).toBe(after.unread);
      expect(again.items.find((n) => n.id === first.id)?.readAt).toBe(readAt);
    });

    it("answers 404 for someone else's notification, one that does not exist, and a malformed id, and changes nothing", async () => {
      const [, second] = (await unreadInbox(member)).items.filter((n) => n.kind === 'application.consortium.invited');
      const unread = (await unreadInbox(member)).unread;
      for (const [client, id] of [[lead, second.id], [member, '999999999'], [member, 'abc']] as const) {
        const answer = await client.post<{ message: string }>(`/api/me/notifications/${id}/read`);
        expect(answer.status).toBe(404);
        expect(answer.body.message).toBe('通知不存在');
      }
      const now = await unreadInbox(member);
      expect(now.unread).toBe(unread);
      expect(now.items.find((n) => n.id === second.id)?.readAt).toBeNull();
    });
  });

  /**
   * 我的通知 lists notifications newest first by the time each shows. A notification's time is its
   * transaction's start, so a long transaction can commit (and take its id) after a later one: the
   * id order is not the time order.
   */
  describe('newest first by their time', () => {
    it('orders by the shown time, not by the order the rows were written in', async () => {
      const reader = await createUser(t, { role: 'enterprise' });
      // Only these four in the inbox (whatever registering told the user): the pages below must hold just these.
      await t.database.query(`DELETE FROM notifications WHERE user_id = $1`, [reader.id]);
      // Written in this order (ids ascending), with times that disagree: 07:37, 07:38, 07:59, 07:51.
      const times = ['07:37', '07:38', '07:59', '07:51'];
      for (const [i, hhmm] of times.entries()) {
        await t.database.query(
          `INSERT INTO notifications (user_id, kind, title, created_at) VALUES ($1, 'test', $2, $3::timestamptz)`,
          [reader.id, `通知 ${i + 1}（${hhmm}）`, `2026-12-02T${hhmm}:00+08:00`],
        );
      }
      const first = await reader.client.get<Page<InboxItem & { createdAt: string }>>('/api/me/notifications?pageSize=3');
      const second = await reader.client.get<Page<InboxItem & { createdAt: string }>>('/api/me/notifications?pageSize=3&page=2');
      expect(first.status).toBe(200);
      const listed = [...first.body.items, ...second.body.items].filter((n) => n.title.startsWith('通知 '));
      expect(listed.map((n) => n.title)).toEqual(['通知 3（07:59）', '通知 4（07:51）', '通知 2（07:38）', '通知 1（07:37）']);
      const shown = listed.map((n) => Date.parse(n.createdAt));
      expect(shown).toEqual([...shown].sort((a, b) => b - a));
    });
  });
});
