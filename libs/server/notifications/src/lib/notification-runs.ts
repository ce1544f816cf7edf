import { Controller, Injectable, NotFoundException, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { chinaToday, NotificationRunView } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { ActionRoute, Actor, CurrentActor, ReadRoute, ReqMeta, RequestMeta, uuidOrNotFound } from '@scenematch/server-common';
import { returningRows } from '@scenematch/server-database';
import { JobName, OutboxService } from '@scenematch/server-queue';
import { DataSource, EntityManager } from 'typeorm';

export type RunKind = NotificationRunView['kind'];

const RUN_JOB = { digest: JobName.NotificationDigest, reminders: JobName.NotificationReminders } as const;

interface RunRow {
  id: string;
  kind: RunKind;
  trigger: 'schedule' | 'manual';
  sent: number;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

export function runView(r: RunRow): NotificationRunView {
  return {
    id: r.id,
    kind: r.kind,
    trigger: r.trigger,
    status: r.finished_at ? 'completed' : r.started_at ? 'running' : 'queued',
    sent: r.sent,
    createdAt: r.created_at.toISOString(),
    finishedAt: r.finished_at?.toISOString() ?? null,
  };
}

/**
 * Requests digest and reminder runs. A scheduled run has a slot (its day): however many workers
 * fire the same timer, the unique (kind, slot) lets only the first request through.
 */
export async function requestRun(
  manager: EntityManager,
  outbox: OutboxService,
  kind: RunKind,
  trigger: 'schedule' | 'manual',
  requestedBy: string | null,
  now = new Date(),
): Promise<string | null> {
  const slot = trigger === 'schedule' ? chinaToday(now) : null;
  const rows = await manager.query<Array<{ id: string }>>(
    `INSERT INTO notification_runs (kind, trigger, slot, as_of, requested_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (kind, slot) DO NOTHING RETURNING id`,
    [kind, trigger, slot, chinaToday(now), requestedBy],
  );
  if (!rows[0]) return null;
  await outbox.publish(manager, RUN_JOB[kind], { runId: rows[0].id });
  return rows[0].id;
}

/** A run its job is working on: `as_of` is its day (`YYYY-MM-DD`). */
export interface StartedRun {
  id: string;
  as_of: string;
  created_at: Date;
}

/**
 * Marks a run of `kind` started (the first time its job runs) and returns it; null when there is
 * no such run or it has already finished (a redelivered job), so the job has nothing to do.
 */
export async function startRun(manager: EntityManager, runId: string, kind: RunKind): Promise<StartedRun | null> {
  const rows = returningRows(
    await manager.query<[Array<StartedRun & { finished_at: Date | null }>, number]>(
      `UPDATE notification_runs SET started_at = coalesce(started_at, now()) WHERE id = $1 AND kind = $2
       RETURNING id, to_char(as_of, 'YYYY-MM-DD') AS as_of, created_at, finished_at`,
      [runId, kind],
    ),
  );
  const run = rows[0];
  return run && !run.finished_at ? { id: run.id, as_of: run.as_of, created_at: run.created_at } : null;
}

@Injectable()
export class NotificationRunsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  async runNow(kind: RunKind, actor: Actor, meta: RequestMeta): Promise<NotificationRunView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const runId = (await requestRun(manager, this.outbox, kind, 'manual', actor.userId)) as string;
      await this.audit.record({ action: `notification.${kind}.run`, actor, entityType: 'notification_run', entityId: runId, meta }, manager);
      return runId;
    });
    return this.get(id);
  }

  async get(id: string): Promise<NotificationRunView> {
    const rows = await this.dataSource.query<RunRow[]>(
      `SELECT id, kind, trigger, sent, created_at, started_at, finished_at FROM notification_runs WHERE id = $1`,
      [id],
    );
    if (!rows[0]) throw new NotFoundException('运行记录不存在');
    return runView(rows[0]);
  }
}

const uuid = uuidOrNotFound('运行记录不存在');

@ApiTags('notifications')
@Controller('notifications')
export class NotificationRunsController {
  constructor(private readonly runs: NotificationRunsService) {}

  @ActionRoute('digest/run', { roles: ['organiser', 'admin'], summary: 'Build and mail the weekly digest now (the worker does it; follow GET /notifications/runs/:id)', queued: true, ok: 'NotificationRunView', description: 'Accepted: the run is queued' })
  runDigest(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<NotificationRunView> {
    return this.runs.runNow('digest', actor, meta);
  }

  @ActionRoute('reminders/run', { roles: ['organiser', 'admin'], summary: 'Send today’s deadline reminders now (each reminder still goes out only once)', queued: true, ok: 'NotificationRunView', description: 'Accepted: the run is queued' })
  runReminders(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<NotificationRunView> {
    return this.runs.runNow('reminders', actor, meta);
  }

  @ReadRoute('runs/:id', { roles: ['organiser', 'admin'], summary: 'A digest or reminder run and its progress', ok: 'NotificationRunView' })
  run(@Param('id', uuid) id: string): Promise<NotificationRunView> {
    return this.runs.get(id);
  }
}
