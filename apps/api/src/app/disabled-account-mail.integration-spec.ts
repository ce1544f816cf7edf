import { INestApplicationContext } from '@nestjs/common';
import { NotificationDispatchHandler, NotificationJobsModule } from '@scenematch/server-notifications';
import { TestClient } from '@scenematch/server-testing';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { startTestApp, TestApp } from '../testing/test-app';
import { startTestWorker } from '../testing/test-worker';

/** An account disabled by an administrator gets no more mail: a notice still waiting to be mailed is skipped, not sent. */
describe('mail to an account disabled meanwhile', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: TestClient;
  let mailDir: string;

  beforeAll(async () => {
    t = await startTestApp('disabled-account-mail');
    mailDir = t.config.MAIL_DIR;
    rmSync(mailDir, { recursive: true, force: true });
    worker = await startTestWorker(t, NotificationJobsModule);
    admin = await t.client.asDemo('admin');
  }, 90_000);
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    if (mailDir) rmSync(mailDir, { recursive: true, force: true });
  });

  const mailsFor = (id: string) => (existsSync(mailDir) ? readdirSync(mailDir).filter((f) => f.endsWith(`notification-${id}.eml`)) : []);
  const pendingNotice = async (userId: string) =>
    (
      await t.database.query<{ id: string }>(
        `INSERT INTO notifications (user_id, kind, title, body, email_status) VALUES ($1, 'application.consortium.invited', '联合体邀请：测试', '', 'pending') RETURNING id::text`,
        [userId],
      )
    ).rows[0].id;

  it('mails a working account, and skips the mail once an administrator has disabled it', async () => {
    const user = await t.newUser('enterprise');
    const userId = (await user.get<{ id: string }>('/api/me')).body.id;
    const dispatch = worker.get(NotificationDispatchHandler);

    const before = await pendingNotice(userId);
    expect(await dispatch.handle({ notificationId: before })).toBe('sent');
    expect(mailsFor(before)).toHaveLength(1);

    const waiting = await pendingNotice(userId);
    expect((await admin.post(`/api/admin/users/${userId}/disable`, { reason: '离职' })).status).toBe(200);
    expect(await dispatch.handle({ notificationId: waiting })).toBe('skipped');
    expect(mailsFor(waiting)).toHaveLength(0);
    const row = await t.database.query<{ email_status: string }>(`SELECT email_status FROM notifications WHERE id = $1`, [waiting]);
    expect(row.rows[0].email_status).toBe('skipped');
    // A retried job changes nothing.
    expect(await dispatch.handle({ notificationId: waiting })).toBe('done');
  });
});
