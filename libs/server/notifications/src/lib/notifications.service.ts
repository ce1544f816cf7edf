import { Global, Injectable, Module, Controller, Get, HttpCode, NotFoundException, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Page } from '@scenematch/contracts';
import { Actor, CurrentActor, pageOf, PageQueryDto } from '@scenematch/server-common';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { returningRows } from '@scenematch/server-database';
import { DataSource, EntityManager } from 'typeorm';

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NewNotification {
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
}

/** Who receives a notification: users by id, or every user of an organisation, or staff. */
export type Recipients = { users: string[] } | { organisations: string[] } | { staff: true };

/**
 * In-app notifications. Callers write them with the EntityManager of the change they report,
 * so a notification exists if and only if the change committed.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async notify(manager: EntityManager, to: Recipients, n: NewNotification): Promise<void> {
    const where =
      'users' in to ? `id = ANY($5::uuid[])` : 'organisations' in to ? `organisation_id = ANY($5::uuid[])` : `role IN ('organiser', 'admin') AND $5::uuid[] IS NOT NULL`;
    const ids = 'users' in to ? to.users : 'organisations' in to ? to.organisations : [];
    await manager.query(
      `INSERT INTO notifications (user_id, kind, title, body, link)
       SELECT id, $1, $2, $3, $4 FROM users WHERE ${where}`,
      [n.kind, n.title, n.body ?? '', n.link ?? null, ids],
    );
  }

  async list(actor: Actor, query: NotificationQueryDto): Promise<Page<NotificationView> & { unread: number }> {
    const unreadOnly = query.unread ? 'AND read_at IS NULL' : '';
    const rows: Array<{ id: string; kind: string; title: string; body: string; link: string | null; read_at: Date | null; created_at: Date }> = await this.dataSource.query(
      `SELECT id::text, kind, title, body, link, read_at, created_at FROM notifications WHERE user_id = $1 ${unreadOnly} ORDER BY id DESC LIMIT $2 OFFSET $3`,
      [actor.userId, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const counts: Array<{ total: string; unread: string }> = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE true ${unreadOnly}) AS total, count(*) FILTER (WHERE read_at IS NULL) AS unread FROM notifications WHERE user_id = $1`,
      [actor.userId],
    );
    const items = rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, link: r.link, readAt: r.read_at?.toISOString() ?? null, createdAt: r.created_at.toISOString() }));
    return { ...pageOf(items, Number(counts[0].total), query), unread: Number(counts[0].unread) };
  }

  async read(actor: Actor, id: number): Promise<void> {
    const result = await this.dataSource.query(`UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`, [id, actor.userId]);
    const rows = returningRows(result);
    if (!rows.length) throw new NotFoundException('通知不存在');
  }

  async readAll(actor: Actor): Promise<void> {
    await this.dataSource.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [actor.userId]);
  }
}

export class NotificationQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @Transform(({ value }) => ['1', 'true', 'yes'].includes(String(value))) @IsBoolean() unread?: boolean;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'The caller’s notifications, newest first, with the unread count' })
  list(@CurrentActor() actor: Actor, @Query() query: NotificationQueryDto) {
    return this.notifications.list(actor, query);
  }

  @Post('read-all')
  @HttpCode(204)
  readAll(@CurrentActor() actor: Actor) {
    return this.notifications.readAll(actor);
  }

  @Post(':id/read')
  @HttpCode(204)
  read(@CurrentActor() actor: Actor, @Param('id', new ParseIntPipe({ exceptionFactory: () => new NotFoundException('通知不存在') })) id: number) {
    return this.notifications.read(actor, id);
  }
}

@Global()
@Module({ controllers: [NotificationsController], providers: [NotificationsService], exports: [NotificationsService] })
export class NotificationsModule {}
