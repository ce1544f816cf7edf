import { ConflictException, NotFoundException } from '@nestjs/common';
import { FailedJobView } from '@scenematch/contracts';
import { Actor, RequestMeta, ROLES_KEY } from '@scenematch/server-common';
import { AuditService } from '@scenematch/server-audit';
import { JobConsoleStore, JobName, QueueName } from '@scenematch/server-queue';
import { JobConsoleController } from './job-console.controller';
import { JobConsoleService } from './job-console.service';

const admin = { userId: 'u-admin', role: 'admin', organisationId: 'o-centre' } as unknown as Actor;
const meta = {} as RequestMeta;
const failedJob: FailedJobView = {
  id: 'job-1',
  queue: 'notifications',
  job: 'notification.dispatch',
  reason: 'SMTP timeout',
  stack: [],
  attemptsMade: 5,
  attempts: 5,
  ids: { notificationId: 'n-1' },
  createdAt: '2025-09-01T08:00:00.000Z',
  processedAt: '2025-09-01T08:00:01.000Z',
  failedAt: '2025-09-01T08:05:00.000Z',
};

function consoleWith(store: Partial<JobConsoleStore>) {
  const recorded: Array<{ action: string; entityId: string; details: Record<string, unknown> }> = [];
  const audit = { record: async (entry: (typeof recorded)[number]) => void recorded.push(entry) } as unknown as AuditService;
  return { service: new JobConsoleService(store as JobConsoleStore, audit), recorded };
}

describe('job console (任务监控)', () => {
  it('is for the admin only, on every route', () => {
    const routes = Object.getOwnPropertyNames(JobConsoleController.prototype).filter((name) => name !== 'constructor');
    expect(routes.length).toBeGreaterThan(5);
    for (const name of routes) {
      const handler = (JobConsoleController.prototype as unknown as Record<string, object>)[name];
      expect({ route: name, roles: Reflect.getMetadata(ROLES_KEY, handler) }).toEqual({ route: name, roles: ['admin'] });
    }
  });

  it('retries a failed job and puts who, which job and why in the audit trail', async () => {
    const { service, recorded } = consoleWith({ retry: async () => failedJob });
    await service.retry(QueueName.Notifications, 'job-1', '邮件服务器已恢复', admin, meta);
    expect(recorded).toEqual([
      expect.objectContaining({ action: 'job.retry', entityId: 'job-1', actor: admin, details: expect.objectContaining({ reason: '邮件服务器已恢复', failedReason: 'SMTP timeout' }) }),
    ]);
  });

  it('refuses to retry a job that is no longer failed (409) and records nothing', async () => {
    const { service, recorded } = consoleWith({ retry: async () => ({ refused: 'not_failed' as const }) });
    await expect(service.retry(QueueName.Notifications, 'job-1', undefined, admin, meta)).rejects.toBeInstanceOf(ConflictException);
    expect(recorded).toEqual([]);
  });

  it('refuses to discard a job that is running (409) or gone (404)', async () => {
    const running = consoleWith({ discard: async () => ({ refused: 'running' as const }) });
    await expect(running.service.discard(QueueName.Matching, 'job-1', '重复任务', admin, meta)).rejects.toBeInstanceOf(ConflictException);
    const gone = consoleWith({ discard: async () => ({ refused: 'missing' as const }) });
    await expect(gone.service.discard(QueueName.Matching, 'job-1', '重复任务', admin, meta)).rejects.toBeInstanceOf(NotFoundException);
    expect([...running.recorded, ...gone.recorded]).toEqual([]);
  });

  it('keeps the discard reason in the audit trail', async () => {
    const { service, recorded } = consoleWith({ discard: async () => failedJob });
    await service.discard(QueueName.Notifications, 'job-1', '收件人已注销', admin, meta);
    expect(recorded[0]).toEqual(expect.objectContaining({ action: 'job.discard', details: expect.objectContaining({ reason: '收件人已注销' }) }));
  });

  it('refuses to re-send an outbox message already in the queue (409)', async () => {
    const { service, recorded } = consoleWith({ resend: async () => ({ refused: 'not_stuck' as const }) });
    await expect(service.resend('0b9f6c1e-0000-4000-8000-000000000001', undefined, admin, meta)).rejects.toBeInstanceOf(ConflictException);
    expect(recorded).toEqual([]);
  });

  it('counts the jobs retried for a whole kind and records it once', async () => {
    const { service, recorded } = consoleWith({ retryAll: async () => [failedJob, { ...failedJob, id: 'job-2' }] });
    expect(await service.retryKind(JobName.NotificationDispatch, undefined, admin, meta)).toEqual({ retried: 2 });
    expect(recorded).toEqual([expect.objectContaining({ action: 'job.retry_all', details: expect.objectContaining({ retried: 2, jobIds: ['job-1', 'job-2'] }) })]);
  });
});
