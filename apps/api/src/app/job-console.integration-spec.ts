import { INestApplicationContext } from '@nestjs/common';
import { AuthTokens, buildUscc, FailedJobView, JobsOverview, Page, StuckOutboxView } from '@scenematch/contracts';
import { NotificationJobsModule } from '@scenematch/server-notifications';
import { JOB_ATTEMPTS, JOB_QUEUE, JobName, QueueName, QueueRegistry } from '@scenematch/server-queue';
import { createUser, TestClient, waitFor } from '@scenematch/server-testing';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { startTestApp, TestApp } from '../testing/test-app';
import { startTestWorker } from '../testing/test-worker';

/**
 * 任务监控: a mail that cannot be written (the mail folder is unusable, as a full or read-only disk
 * or a dead SMTP server would make it) fails all its attempts and lands in the failed set; the
 * admin sees why and which notification, never what the payload says, retries it once the mail
 * folder works again (and it completes), discards another with a reason, and re-sends an outbox
 * row that no relay picked up. Everything audited; nobody but the admin gets in.
 */
describe('failed-job console (/api/admin/jobs, /api/admin/outbox)', () => {
  let t: TestApp;
  let admin: TestClient;
  let organiser: TestClient;
  let enterprise: TestClient;
  let worker: INestApplicationContext | undefined;
  let mailDir: string;

  const startWorker = async () => {
    worker = await startTestWorker(t, NotificationJobsModule);
  };
  const stopWorker = async () => {
    await worker?.close();
    worker = undefined;
  };
  const failedDispatches = async () =>
    (await admin.get<Page<FailedJobView>>(`/api/admin/jobs/failed?job=${JobName.NotificationDispatch}&pageSize=50`)).body;
  const outboxRow = async (id: string) =>
    (
      await t.database.query<{ completed_at: Date | null; failed_at: Date | null; discarded_at: Date | null; discard_reason: string | null }>(
        `SELECT completed_at, failed_at, discarded_at, discard_reason FROM outbox WHERE id = $1`,
        [id],
      )
    ).rows[0];
  const audited = async (action: string, entityId: string) =>
    (
      await t.database.query<{ actor_user_id: string | null; actor_role: string; details: Record<string, unknown> }>(
        `SELECT actor_user_id, actor_role, details FROM audit_log WHERE action = $1 AND entity_id = $2`,
        [action, entityId],
      )
    ).rows;

  beforeAll(async () => {
    t = await startTestApp('job_console');
    mailDir = t.config.MAIL_DIR;
    // The mail folder's place is taken by a file: every mail fails to be written until it is gone.
    rmSync(mailDir, { recursive: true, force: true });
    mkdirSync(dirname(mailDir), { recursive: true });
    writeFileSync(mailDir, 'not a folder');
    [admin, organiser, enterprise] = (
      await Promise.all([createUser(t, { role: 'admin' }), createUser(t, { role: 'organiser' }), createUser(t, { role: 'enterprise', verified: true })])
    ).map((u) => u.client);
    await startWorker();
  }, 60_000);

  afterAll(async () => {
    await stopWorker();
    await t?.close();
    rmSync(mailDir, { recursive: true, force: true });
  });

  it('lists a mail job that failed for good with its reason and ids only, retries it once mail works (it completes), discards another with a reason', async () => {
    // A company registers; the admin verifies it: its user is told, by mail too.
    let uscc: string | null = null;
    for (let k = 0; !uscc; k++) uscc = buildUscc('91', '440300', String(61000000 + k + (Date.now() % 1000) * 7));
    const registered = await t.client.post<AuthTokens>('/api/auth/register', {
      email: `jobs-${randomUUID().slice(0, 8)}@example.cn`,
      password: 'Str0ng#Passw0rd',
      displayName: '任务测试',
      organisation: { type: 'enterprise', name: `任务监控测试科技有限公司${randomUUID().slice(0, 4)}`, uscc },
      privacyConsent: true,
    });
    expect(registered.status).toBe(201);
    expect((await admin.post(`/api/organisations/${registered.body.user.organisation.id}/verify`)).status).toBe(200);
    const notification = (
      await t.database.query<{ id: string }>(`SELECT id::text FROM notifications WHERE user_id = $1 AND email_status = 'pending'`, [registered.body.user.id])
    ).rows[0];
    expect(notification).toBeDefined();
    const real = (
      await t.database.query<{ id: string }>(`SELECT id::text FROM outbox WHERE job = 'notification.dispatch' AND payload->>'notificationId' = $1`, [notification.id])
    ).rows[0].id;
    // A payload that carries text besides its id (what a careless producer might write): none of it may show.
    const wordy = (
      await t.database.query<{ id: string }>(
        `WITH o AS (INSERT INTO outbox (queue, job, payload) VALUES ('notifications', 'notification.dispatch', $1) RETURNING id)
         SELECT id::text, pg_notify('scenematch_outbox', id::text) FROM o`,
        [JSON.stringify({ notificationId: notification.id, proposal: '基于影像平台在试点医院部署肺结节辅助诊断', contactEmail: 'zhou.wei@example.cn', contactId: '周先生 13800138000' })],
      )
    ).rows[0].id;

    // Five attempts with backoff (1.5 s at the tests' JOB_RETRY_DELAY_MS), then both wait in the failed set.
    const failed = await waitFor(
      async () => {
        const page = await failedDispatches();
        return page.items.some((j) => j.id === real) && page.items.some((j) => j.id === wordy) ? page : undefined;
      },
      'both mail jobs to fail for good',
      45_000,
      500,
    );
    const shown = failed.items.find((j) => j.id === wordy) as FailedJobView;
    expect(shown).toMatchObject({ queue: QueueName.Notifications, job: JobName.NotificationDispatch, attemptsMade: 5, attempts: 5, ids: { notificationId: notification.id } });
    expect(Object.keys(shown.ids)).toEqual(['notificationId']);
    expect(shown.reason).toMatch(/EEXIST|ENOTDIR|exists/);
    expect(shown.failedAt).toBeTruthy();
    // Tried again at the configured spacing (JOB_RETRY_DELAY_MS, doubling), not at a constant of the code.
    const kept = await t.app.get(QueueRegistry).get(QueueName.Notifications).getJob(wordy);
    expect(kept?.opts).toMatchObject({ attempts: JOB_ATTEMPTS, backoff: { type: 'exponential', delay: 100 } });
    expect(shown.stack.every((line) => line.startsWith('at '))).toBe(true);
    const everything = JSON.stringify(failed);
    for (const secret of ['影像', 'zhou.wei', '13800138000', '周先生']) expect(everything).not.toContain(secret);
    expect((await outboxRow(real)).failed_at).toBeTruthy();

    const overview = (await admin.get<JobsOverview>('/api/admin/jobs/overview')).body;
    expect(overview.queues.find((q) => q.queue === QueueName.Notifications)?.failed).toBeGreaterThanOrEqual(2);
    expect(overview.queues.map((q) => q.queue).sort()).toEqual(Object.values(QueueName).sort());

    // Nobody else gets in, not even the organiser.
    for (const caller of [organiser, enterprise]) {
      expect((await caller.get('/api/admin/jobs/failed')).status).toBe(403);
      expect((await caller.post(`/api/admin/jobs/notifications/${real}/retry`, {})).status).toBe(403);
      expect((await caller.post(`/api/admin/jobs/notifications/${wordy}/discard`, { reason: '不应允许' })).status).toBe(403);
    }
    expect((await t.client.get('/api/admin/jobs/overview')).status).toBe(401);

    // Discard needs a reason; with one, the job leaves the failed set and its outbox row is closed.
    expect((await admin.post(`/api/admin/jobs/notifications/${wordy}/discard`, {})).status).toBe(400);
    const discarded = await admin.post<FailedJobView>(`/api/admin/jobs/notifications/${wordy}/discard`, { reason: '重复投递的通知，无需再发' });
    expect(discarded.status).toBe(200);
    expect((await failedDispatches()).items.map((j) => j.id)).not.toContain(wordy);
    expect(await outboxRow(wordy)).toMatchObject({ discard_reason: '重复投递的通知，无需再发', completed_at: null });
    expect((await admin.post(`/api/admin/jobs/notifications/${wordy}/discard`, { reason: '再丢一次' })).status).toBe(404);
    const discardAudit = await audited('job.discard', wordy);
    expect(discardAudit).toHaveLength(1);
    expect(discardAudit[0]).toMatchObject({ actor_role: 'admin', details: { queue: 'notifications', job: 'notification.dispatch', reason: '重复投递的通知，无需再发', ids: { notificationId: notification.id } } });
    expect(discardAudit[0].actor_user_id).toBeTruthy();

    // The mail folder works again: the retried job runs from its first attempt and completes.
    rmSync(mailDir, { force: true });
    const retried = await admin.post<FailedJobView>(`/api/admin/jobs/notifications/${real}/retry`, { reason: '邮件目录已修复' });
    expect(retried.status).toBe(200);
    await waitFor(async () => (await outboxRow(real))?.completed_at, 'the retried mail job to complete', 20_000);
    const job = await t.app.get(QueueRegistry).get(QueueName.Notifications).getJob(real);
    expect(await job?.getState()).toBe('completed');
    const sent = await t.database.query<{ email_status: string }>(`SELECT email_status FROM notifications WHERE id = $1`, [notification.id]);
    expect(sent.rows[0].email_status).toBe('sent');
    expect(readdirSync(mailDir).some((f) => f.includes(`notification-${notification.id}`))).toBe(true);
    expect((await outboxRow(real)).failed_at).toBeNull();
    expect((await failedDispatches()).items.map((j) => j.id)).not.toContain(real);
    expect((await admin.post(`/api/admin/jobs/notifications/${real}/retry`, {})).status).toBe(409);
    const retryAudit = await audited('job.retry', real);
    expect(retryAudit).toHaveLength(1);
    expect(retryAudit[0]).toMatchObject({ actor_role: 'admin', details: { reason: '邮件目录已修复', job: 'notification.dispatch' } });
  }, 90_000);

  it('lists an outbox row that no relay picked up with its age and ids only, and re-sends it: the job runs', async () => {
    await stopWorker(); // no relay: what is published now stays in the outbox
    const probeId = randomUUID();
    const stuck = (
      await t.database.query<{ id: string }>(
        `INSERT INTO outbox (queue, job, payload, created_at, available_at) VALUES ('maintenance', 'probe', $1, now() - interval '40 minutes', now() - interval '40 minutes') RETURNING id::text`,
        [JSON.stringify({ probeId, note: '吴女士 13912345678 的投标报价' })],
      )
    ).rows[0].id;
    const fresh = (
      await t.database.query<{ id: string }>(`INSERT INTO outbox (queue, job, payload, available_at) VALUES ('maintenance', 'probe', $1, now()) RETURNING id::text`, [
        JSON.stringify({ probeId: randomUUID() }),
      ])
    ).rows[0].id;

    const page = (await admin.get<Page<StuckOutboxView>>('/api/admin/outbox/stuck?minutes=10&pageSize=100')).body;
    const row = page.items.find((r) => r.id === stuck);
    expect(row).toMatchObject({ queue: 'maintenance', job: 'probe', state: 'not_relayed', ids: { probeId }, enqueueCount: 0 });
    expect(row?.ageSeconds).toBeGreaterThanOrEqual(40 * 60 - 5);
    expect(page.items.map((r) => r.id)).not.toContain(fresh);
    expect(JSON.stringify(page)).not.toContain('13912345678');
    expect((await admin.get<JobsOverview>('/api/admin/jobs/overview?minutes=10')).body.stuckOutbox).toBeGreaterThanOrEqual(1);
    expect((await organiser.get('/api/admin/outbox/stuck')).status).toBe(403);
    expect((await organiser.post(`/api/admin/outbox/${stuck}/resend`, {})).status).toBe(403);

    const resent = await admin.post<StuckOutboxView>(`/api/admin/outbox/${stuck}/resend`, { reason: '中继停止期间积压' });
    expect(resent.status).toBe(200);
    expect((await admin.post(`/api/admin/outbox/${stuck}/resend`, {})).status).toBe(409); // on its queue now
    // Re-sent with the queue's attempts and retry spacing, as the relay sends.
    const queued = await t.app.get(QueueRegistry).get(JOB_QUEUE[JobName.Probe]).getJob(stuck);
    expect(queued?.opts).toMatchObject({ attempts: JOB_ATTEMPTS, backoff: { type: 'exponential', delay: t.config.JOB_RETRY_DELAY_MS } });
    expect((await admin.get<Page<StuckOutboxView>>('/api/admin/outbox/stuck?minutes=10&pageSize=100')).body.items.map((r) => r.id)).not.toContain(stuck);
    expect(await audited('outbox.resend', stuck)).toEqual([expect.objectContaining({ actor_role: 'admin', details: expect.objectContaining({ job: 'probe', reason: '中继停止期间积压', ids: { probeId } }) })]);

    await startWorker();
    await waitFor(async () => (await outboxRow(stuck))?.completed_at, 'the re-sent probe to run', 20_000);
    const probe = await t.database.query<{ executions: number }>(`SELECT executions FROM outbox_probe WHERE probe_id = $1`, [probeId]);
    expect(probe.rows[0]).toEqual({ executions: 1 });
    expect(existsSync(mailDir)).toBe(true);
  }, 60_000);
});
