import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LaunchEventReleaseResult, LaunchEventView } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Access, Actor, isStaff, recordStatusEvents, RequestMeta } from '@scenematch/server-common';
import { JobName, OutboxService } from '@scenematch/server-queue';
import { returningRows } from '@scenematch/server-database';
import { DataSource, EntityManager } from 'typeorm';
import { LaunchEventDto } from './dto/product.dto';

interface EventRow {
  id: string;
  title: string;
  held_on: string;
  venue: string;
  description: string;
  status: 'planned' | 'released';
  released_at: Date | null;
  product_count: string;
}

const EVENT_SQL = `
  SELECT e.id, e.title, to_char(e.held_on, 'YYYY-MM-DD') AS held_on, e.venue, e.description, e.status, e.released_at,
         (SELECT count(*) FROM products p WHERE p.launch_event_id = e.id AND (e.status = 'planned' OR p.status = 'listed')) AS product_count
    FROM launch_events e`;

const toView = (r: EventRow): LaunchEventView => ({
  id: r.id,
  title: r.title,
  heldOn: r.held_on,
  venue: r.venue,
  description: r.description,
  status: r.status,
  releasedAt: r.released_at?.toISOString() ?? null,
  productCount: Number(r.product_count),
});

/** Launch events (产品发布会): staff gather submitted products and release them into the list together. */
@Injectable()
export class LaunchEventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async list(actor: Actor | undefined): Promise<LaunchEventView[]> {
    const rows = await this.dataSource.query<EventRow[]>(`${EVENT_SQL} WHERE $1::boolean OR e.status = 'released' ORDER BY e.held_on DESC`, [isStaff(actor)]);
    return rows.map(toView);
  }

  async get(id: string, actor: Actor | undefined): Promise<LaunchEventView> {
    const rows = await this.dataSource.query<EventRow[]>(`${EVENT_SQL} WHERE e.id = $1`, [id]);
    Access.requireVisible(!!rows[0] && (rows[0].status === 'released' || isStaff(actor)), '发布会');
    return toView(rows[0]);
  }

  async create(dto: LaunchEventDto, actor: Actor, meta: RequestMeta): Promise<LaunchEventView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<Array<{ id: string }>>(
        `INSERT INTO launch_events (title, held_on, venue, description, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [dto.title, dto.heldOn, dto.venue ?? '', dto.description ?? '', actor.userId],
      );
      await this.audit.record({ action: 'launch-event.create', actor, entityType: 'launch-event', entityId: rows[0].id, meta, details: { title: dto.title } }, manager);
      return rows[0].id;
    });
    return this.get(id, actor);
  }

  /** Assigns submitted products to a planned event (they are listed when it is released). */
  async assign(id: string, productIds: string[], actor: Actor, meta: RequestMeta): Promise<LaunchEventView> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockPlanned(manager, id);
      const rows = await manager.query<Array<{ id: string; status: string }>>(`SELECT id, status FROM products WHERE id = ANY($1::uuid[]) FOR UPDATE`, [productIds]);
      const missing = productIds.filter((pid) => !rows.some((r) => r.id === pid));
      const notSubmitted = rows.filter((r) => r.status !== 'submitted');
      if (missing.length) Access.requireVisible(false, '产品');
      if (notSubmitted.length) throw new ConflictException('只能把待审核的产品加入发布会');
      await manager.query<unknown>(`UPDATE products SET launch_event_id = $1, updated_at = now() WHERE id = ANY($2::uuid[])`, [id, productIds]);
      await this.audit.record({ action: 'launch-event.assign', actor, entityType: 'launch-event', entityId: id, meta, details: { products: productIds.length } }, manager);
    });
    return this.get(id, actor);
  }

  async unassign(id: string, productId: string, actor: Actor, meta: RequestMeta): Promise<LaunchEventView> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockPlanned(manager, id);
      await manager.query<unknown>(`UPDATE products SET launch_event_id = NULL, updated_at = now() WHERE id = $1 AND launch_event_id = $2`, [productId, id]);
      await this.audit.record({ action: 'launch-event.unassign', actor, entityType: 'launch-event', entityId: id, meta, details: { productId } }, manager);
    });
    return this.get(id, actor);
  }

  /** Releases the event: every product assigned to it is listed at the same moment. */
  async release(id: string, actor: Actor, meta: RequestMeta): Promise<LaunchEventReleaseResult> {
    const listed = await this.dataSource.transaction(async (manager) => {
      await this.lockPlanned(manager, id);
      const result = await manager.query<[Array<{ id: string; organisation_id: string }>, number]>(
        `UPDATE products SET status = 'listed', listed_at = now(), updated_at = now()
          WHERE launch_event_id = $1 AND status = 'submitted' RETURNING id, organisation_id`,
        [id],
      );
      const rows = returningRows(result);
      await recordStatusEvents(manager, 'product', rows.map((r) => r.id), 'submitted', 'listed', actor, '随发布会入库');
      await manager.query<unknown>(`UPDATE launch_events SET status = 'released', released_at = now(), updated_at = now() WHERE id = $1`, [id]);
      for (const organisationId of new Set(rows.map((r) => r.organisation_id))) {
        await this.outbox.publish(manager, JobName.EnterpriseChanged, { organisationId });
      }
      await this.audit.record({ action: 'launch-event.release', actor, entityType: 'launch-event', entityId: id, meta, details: { listed: rows.length } }, manager);
      return rows.length;
    });
    return { ...(await this.get(id, actor)), listed };
  }

  private async lockPlanned(manager: EntityManager, id: string): Promise<void> {
    const rows = await manager.query<Array<{ status: string }>>(`SELECT status FROM launch_events WHERE id = $1 FOR UPDATE`, [id]);
    Access.requireVisible(!!rows[0], '发布会');
    if (rows[0].status !== 'planned') throw new ConflictException('发布会已发布');
  }
}
