import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { notificationCategory } from '@scenematch/contracts';
import { AppConfig } from '@scenematch/server-config';
import { USERS } from '@scenematch/server-data';
import { HandlesJob, JobHandler, JobName, JobPayloads } from '@scenematch/server-queue';
import { DataSource, EntityManager } from 'typeorm';
import { MailerService } from './mailer.service';
import { notificationMail, RenderedMail } from './mail-templates';
import { emailEnabled } from './notification-preferences';
import { UnsubscribeTarget, UnsubscribeTokens } from './unsubscribe-token';

/** Absolute portal links for mails. */
export class PortalLinks {
  readonly tokens: UnsubscribeTokens;
  private readonly base: string;

  constructor(config: AppConfig) {
    this.base = config.PUBLIC_URL.replace(/\/+$/, '');
    this.tokens = new UnsubscribeTokens(config.JWT_ACCESS_SECRET);
  }

  url(path: string): string {
    return /^https?:\/\//.test(path) ? path : `${this.base}${path.startsWith('/') ? '' : '/'}${path}`;
  }

  get settings(): string {
    return this.url('/me/notifications/settings');
  }

  unsubscribe(userId: string, target: Parameters<UnsubscribeTokens['sign']>[1]): string {
    return this.url(`/api/notifications/unsubscribe?token=${encodeURIComponent(this.tokens.sign(userId, target))}`);
  }
}

/**
 * Mails one row (a notification or a digest), locked by the caller's transaction, at most once:
 * nothing when it is no longer pending; marked skipped when its user was disabled or switched
 * these mails off meanwhile (the preference is read again); otherwise mailed and marked sent.
 */
export async function mailOnce(
  manager: EntityManager,
  table: 'notifications' | 'notification_digests',
  row: { id: string; user_id: string; email_status: string | null; disabled: boolean },
  target: UnsubscribeTarget,
  send: () => Promise<void>,
): Promise<'sent' | 'skipped' | 'done'> {
  if (row.email_status !== 'pending') return 'done';
  if (row.disabled || !(await emailEnabled(manager, row.user_id, target))) {
    await manager.query<unknown>(`UPDATE ${table} SET email_status = 'skipped' WHERE id = $1`, [row.id]);
    return 'skipped';
  }
  await send();
  await manager.query<unknown>(`UPDATE ${table} SET email_status = 'sent', emailed_at = now() WHERE id = $1`, [row.id]);
  return 'sent';
}

/** The columns of a row to mail that {@link MailJobHandler.mailRow} reads with it: its state and its recipient. */
export interface MailRow {
  id: string;
  user_id: string;
  email_status: string | null;
  email: string;
  display_name: string;
  disabled: boolean;
}

/** A job that mails what it reads (and locks) in the database, with absolute portal links. */
@Injectable()
export abstract class MailJobHandler {
  protected readonly links: PortalLinks;

  constructor(
    @InjectDataSource() protected readonly dataSource: DataSource,
    protected readonly mailer: MailerService,
    protected readonly config: AppConfig,
  ) {
    this.links = new PortalLinks(config);
  }

  /**
   * Mails one row at most once (see {@link mailOnce}): `sql` reads and locks it by `id` in the
   * transaction that marks it; nothing to do when it is gone. `render` builds the mail for the
   * row, its unsubscribe target and that target's unsubscribe address.
   */
  protected mailRow<R extends MailRow, T extends UnsubscribeTarget>(
    table: 'notifications' | 'notification_digests',
    sql: string,
    id: string,
    target: (row: R) => T,
    render: (row: R, target: T, unsubscribeUrl: string) => { mail: RenderedMail; tag: string },
  ): Promise<'sent' | 'skipped' | 'done'> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<R[]>(sql, [id]);
      const row = rows[0];
      if (!row) return 'done';
      const to = target(row);
      return mailOnce(manager, table, row, to, async () => {
        const unsubscribeUrl = this.links.unsubscribe(row.user_id, to);
        const { mail, tag } = render(row, to, unsubscribeUrl);
        await this.mailer.send({ to: row.email, ...mail, unsubscribeUrl, tag });
      });
    });
  }
}

/** The columns of a notification that every channel's job reads. */
export interface NotificationRow {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
}

type PendingNotification = NotificationRow & MailRow;

/**
 * Mails one notification. Safe to run twice: the row is locked while mailing and marked sent in
 * the same transaction, so a retried or duplicated job finds it sent and does nothing. The
 * recipient's preference is read again (it may have changed since the notification was written).
 */
@Injectable()
@HandlesJob(JobName.NotificationDispatch)
export class NotificationDispatchHandler extends MailJobHandler implements JobHandler<JobName.NotificationDispatch> {
  async handle({ notificationId }: JobPayloads[JobName.NotificationDispatch]): Promise<'sent' | 'skipped' | 'done'> {
    return this.mailRow(
      'notifications',
      `SELECT n.id::text, n.user_id, n.kind, n.title, n.body, n.link, n.email_status, u.email, u.display_name, u.disabled
         FROM notifications n JOIN ${USERS} u ON u.id = n.user_id
        WHERE n.id = $1 FOR UPDATE OF n`,
      notificationId,
      (n: PendingNotification) => notificationCategory(n.kind),
      (n, category, unsubscribeUrl) => ({
        mail: notificationMail({
          displayName: n.display_name,
          category,
          title: n.title,
          body: n.body,
          linkUrl: n.link ? this.links.url(n.link) : null,
          unsubscribeUrl,
          settingsUrl: this.links.settings,
        }),
        tag: `notification-${n.id}`,
      }),
    );
  }
}
