import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BatchCloseResult, BatchPublishResult, ScenarioBatchView } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Access, Actor, FieldConflictException, FieldValidationException, isStaff, recordStatusEvents, RequestMeta } from '@scenematch/server-common';
import { JobName, OutboxService } from '@scenematch/server-queue';
import { scheduleBidOpening } from './bid-opening-schedule';
import { returningRows } from '@scenematch/server-database';
import { DataSource, EntityManager } from 'typeorm';
import { BatchDto, UpdateBatchDto } from './dto/scenario.dto';
import { ScenarioBatch } from './entities/scenario-batch.entity';
import { batchEditRefusal, batchTransitionRefusal } from './batch-lifecycle';

interface BatchRow {
  id: string;
  number: number;
  name: string;
  issuer: string;
  description: string;
  opens_on: string | null;
  closes_on: string | null;
  status: ScenarioBatchView['status'];
  published_at: Date | null;
  created_at: Date;
  scenario_count: string;
}

const BATCH_SQL = `
  SELECT b.id, b.number, b.name, b.issuer, b.description, to_char(b.opens_on, 'YYYY-MM-DD') AS opens_on,
         to_char(b.closes_on, 'YYYY-MM-DD') AS closes_on, b.status, b.published_at, b.created_at,
         (SELECT count(*) FROM scenarios s WHERE s.batch_id = b.id AND s.status <> 'cancelled'
             AND (b.status <> 'draft' OR $1::boolean OR s.status <> 'approved')) AS scenario_count
    FROM scenario_batches b`;

function toView(row: BatchRow): ScenarioBatchView {
  return {
    id: row.id,
    number: row.number,
    name: row.name,
    issuer: row.issuer,
    description: row.description,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    status: row.status,
    publishedAt: row.published_at?.toISOString() ?? null,
    scenarioCount: Number(row.scenario_count),
    createdAt: row.created_at.toISOString(),
  };
}

/** Numbered scenario lists (第一批, 第二批 …): staff prepare them; releasing one publishes its approved scenarios. */
@Injectable()
export class BatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async list(actor: Actor | undefined): Promise<ScenarioBatchView[]> {
    const staff = isStaff(actor);
    // Agencies also see draft batches: they choose one when they author a scenario.
    const seesDrafts = staff || actor?.role === 'agency';
    const rows = await this.dataSource.query<BatchRow[]>(
      `${BATCH_SQL} WHERE ($1::boolean OR b.status <> 'draft') ORDER BY b.number DESC`,
      [seesDrafts],
    );
    return rows.map(toView);
  }

  async get(id: string, actor: Actor | undefined): Promise<ScenarioBatchView> {
    const seesDrafts = isStaff(actor) || actor?.role === 'agency';
    const rows = await this.dataSource.query<BatchRow[]>(`${BATCH_SQL} WHERE b.id = $2`, [seesDrafts, id]);
    Access.requireVisible(!!rows[0] && (seesDrafts || rows[0].status !== 'draft'), '榜单');
    return toView(rows[0]);
  }

  async create(dto: BatchDto, actor: Actor, meta: RequestMeta): Promise<ScenarioBatchView> {
    this.checkWindow(dto.opensOn ?? null, dto.closesOn ?? null);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.requireFreeNumber(manager, dto.number, null);
      const batch = manager.getRepository(ScenarioBatch).create({
        number: dto.number,
        name: dto.name,
        issuer: dto.issuer,
        description: dto.description ?? '',
        opensOn: dto.opensOn ?? null,
        closesOn: dto.closesOn ?? null,
        maxApplicationsPerCompany: dto.maxApplicationsPerCompany ?? null,
        requiredCertifications: dto.requiredCertifications ?? [],
        excludePreviousWinners: dto.excludePreviousWinners ?? false,
        status: 'draft',
        createdBy: actor.userId,
      });
      await manager.getRepository(ScenarioBatch).save(batch);
      await this.audit.record({ action: 'batch.create', actor, entityType: 'batch', entityId: batch.id, meta, details: { number: dto.number, name: dto.name } }, manager);
      return batch.id;
    });
    return this.get(id, actor);
  }

  async update(id: string, dto: UpdateBatchDto, actor: Actor, meta: RequestMeta): Promise<ScenarioBatchView> {
    await this.dataSource.transaction(async (manager) => {
      const batch = await this.lock(manager, id);
      const renumbers = dto.number !== undefined && dto.number !== batch.number;
      const refusal = batchEditRefusal(batch.status, renumbers);
      if (refusal === 'closed') throw new ConflictException('榜单已截止，不能修改');
      if (refusal === 'number-fixed') throw new ConflictException('已发布的榜单不能更改批次号');
      if (renumbers) await this.requireFreeNumber(manager, dto.number as number, id);
      Object.assign(batch, Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)));
      this.checkWindow(batch.opensOn, batch.closesOn);
      await manager.getRepository(ScenarioBatch).save(batch);
      await this.audit.record({ action: 'batch.update', actor, entityType: 'batch', entityId: id, meta, details: { fields: Object.keys(dto) } }, manager);
    });
    return this.get(id, actor);
  }

  /** Releases the batch: every approved scenario in it is published at the same moment. */
  async publish(id: string, actor: Actor, meta: RequestMeta): Promise<BatchPublishResult> {
    const published = await this.dataSource.transaction(async (manager) => {
      const batch = await this.lock(manager, id);
      if (batchTransitionRefusal('publish', batch.status)) throw new ConflictException('榜单已发布');
      const rows = returningRows(await manager.query<[Array<{ id: string }>, number]>(
        `UPDATE scenarios SET status = 'published', published_at = now(), updated_at = now()
          WHERE batch_id = $1 AND status = 'approved' RETURNING id`,
        [id],
      ));
      await recordStatusEvents(manager, 'scenario', rows.map((r) => r.id), 'approved', 'published', actor, `随${batch.name}发布`);
      for (const r of rows) await this.outbox.publish(manager, JobName.ScenarioChanged, { scenarioId: r.id });
      for (const r of rows) await scheduleBidOpening(this.outbox, manager, r.id);
      batch.status = 'published';
      batch.publishedAt = new Date();
      await manager.getRepository(ScenarioBatch).save(batch);
      await this.audit.record({ action: 'batch.publish', actor, entityType: 'batch', entityId: id, meta, details: { scenarios: rows.length } }, manager);
      return rows.length;
    });
    return { ...(await this.get(id, actor)), published };
  }

  /** Ends the application window: the batch and its open scenarios close. */
  async close(id: string, actor: Actor, meta: RequestMeta): Promise<BatchCloseResult> {
    const closed = await this.dataSource.transaction(async (manager) => {
      const batch = await this.lock(manager, id);
      const refusal = batchTransitionRefusal('close', batch.status);
      if (refusal) throw new ConflictException(refusal === 'not-published' ? '榜单尚未发布' : '榜单已截止');
      const rows = returningRows(await manager.query<[Array<{ id: string }>, number]>(
        `UPDATE scenarios SET status = 'closed', closed_at = now(), updated_at = now()
          WHERE batch_id = $1 AND status = 'published' RETURNING id`,
        [id],
      ));
      await recordStatusEvents(manager, 'scenario', rows.map((r) => r.id), 'published', 'closed', actor, `${batch.name}截止`);
      for (const r of rows) await this.outbox.publish(manager, JobName.ScenarioClosed, { scenarioId: r.id });
      for (const r of rows) await scheduleBidOpening(this.outbox, manager, r.id);
      batch.status = 'closed';
      await manager.getRepository(ScenarioBatch).save(batch);
      await this.audit.record({ action: 'batch.close', actor, entityType: 'batch', entityId: id, meta, details: { scenarios: rows.length } }, manager);
      return rows.length;
    });
    return { ...(await this.get(id, actor)), closed };
  }

  private async lock(manager: EntityManager, id: string): Promise<ScenarioBatch> {
    const batch = await manager.getRepository(ScenarioBatch).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    Access.requireVisible(!!batch, '榜单');
    return batch as ScenarioBatch;
  }

  private async requireFreeNumber(manager: EntityManager, number: number, exceptId: string | null): Promise<void> {
    const taken = await manager.query<Array<{ id: string }>>(`SELECT id FROM scenario_batches WHERE number = $1`, [number]);
    if (taken.some((r) => r.id !== exceptId)) throw new FieldConflictException('number', `第 ${number} 批已存在`);
  }

  private checkWindow(opensOn: string | null, closesOn: string | null): void {
    if (opensOn && closesOn && closesOn < opensOn) throw FieldValidationException.single('closesOn', '截止日期不能早于开始日期');
  }
}
