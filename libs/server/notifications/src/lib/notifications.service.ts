import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationPage, NotificationView } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Actor, pageOf, RequestMeta } from '@scenematch/server-common';
import { USERS } from '@scenematch/server-data';
import { returningRows } from '@scenematch/server-database';
import { JobName, OutboxService } from '@scenematch/server-queue';
import { isSmsKind, notificationCategory } from '@scenematch/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { channelEnabledSql, emailEnabledSql, smsReachableSql } from './notification-preferences';
import { NotificationQueryDto } from './dto/notification-query.dto';

export type { NotificationView };

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
 * so a notification exists if and only if the change committed. Each one whose recipient wants
 * mails of its category also gets a mail job in the same transaction (sent by the worker).
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  /** Writes the notification for every recipient; returns the new notifications' ids. */
  async notify(manager: EntityManager, to: Recipients, n: NewNotification): Promise<string[]> {
    const where =
      'users' in to ? `u.id = ANY($5::uuid[])` : 'organisations' in to ? `u.organisation_id = ANY($5::uuid[])` : `u.role IN ('organiser', 'admin') AND $5::uuid[] IS NOT NULL`;
    const ids = 'users' in to ? to.users : 'organisations' in to ? to.organisations : [];
    // SMS only for urgent kinds, to a verified number with consent and the switch on; WeChat to a
    // bound openid with the switch on. Otherwise NULL: the channel was never meant for it.
    const rows = await manager.query<Array<{ id: string; email_status: string; sms_status: string | null; wechat_status: string | null }>>(
      `INSERT INTO notifications (user_id, kind, title, body, link, email_status, sms_status, wechat_status)
       SELECT u.id, $1, $2, $3, $4,
              CASE WHEN NOT u.disabled AND ${emailEnabledSql('u.id', '$6')}
                   THEN 'pending' ELSE 'skipped' END,
              CASE WHEN $7::boolean AND NOT u.disabled AND ${smsReachableSql('u')} AND ${channelEnabledSql('sms', 'u.id', '$6')}
                   THEN 'pending' END,
              CASE WHEN NOT u.disabled AND u.wechat_openid IS NOT NULL AND ${channelEnabledSql('wechat', 'u.id', '$6')}
                   THEN 'pending' END
         FROM ${USERS} u WHERE ${where}
       RETURNING id::text, email_status, sms_status, wechat_status`,
      [n.kind, n.title, n.body ?? '', n.link ?? null, ids, notificationCategory(n.kind), isSmsKind(n.kind)],
    );
    for (const row of rows) {
      if (row.email_status === 'pending') await this.outbox.publish(manager, JobName.NotificationDispatch, { notificationId: row.id });
      if (row.sms_status === 'pending') await this.outbox.publish(manager, JobName.NotificationSms, { notificationId: row.id });
      if (row.wechat_status === 'pending') await this.outbox.publish(manager, JobName.NotificationWechat, { notificationId: row.id });
    }
    return rows.map((r) => r.id);
  }

  async list(actor: Actor, query: NotificationQueryDto): Promise<NotificationPage> {
    const unreadOnly = query.unread ? 'AND read_at IS NULL' : '';
    const rows = await this.dataSource.query<Array<{ id: string; kind: string; title: string; body: string; link: string | null; read_at: Date | null; created_at: Date }>>(
      `SELECT id::text, kind, title, body, link, read_at, created_at FROM notifications WHERE user_id = $1 ${unreadOnly} ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
      [actor.userId, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const counts = await this.dataSource.query<Array<{ total: string; unread: string }>>(
      `SELECT count(*) FILTER (WHERE true ${unreadOnly}) AS total, count(*) FILTER (WHERE read_at IS NULL) AS unread FROM notifications WHERE user_id = $1`,
      [actor.userId],
    );
    const items = rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, link: r.link, readAt: r.read_at?.toISOString() ?? null, createdAt: r.created_at.toISOString() }));
    return { ...pageOf(items, Number(counts[0].total), query), unread: Number(counts[0].unread) };
  }

  async read(actor: Actor, id: number, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.query<[Array<{ id: string }>, number]>(`UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`, [id, actor.userId]);
      const rows = returningRows(result);
      if (!rows.length) throw new NotFoundException('通知不存在');
      await this.audit.record({ action: 'notification.read', actor, entityType: 'notification', entityId: String(id), meta }, manager);
    });
  }

  async readAll(actor: Actor, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.query<[Array<{ id: string }>, number]>(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL RETURNING id`, [actor.userId]);
      await this.audit.record({ action: 'notification.read_all', actor, entityType: 'user', entityId: actor.userId, meta, details: { marked: returningRows(result).length } }, manager);
    });
  }
}
