import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatBeijing, isSmsKind, notificationCategory } from '@scenematch/contracts';
import { AppConfig } from '@scenematch/server-config';
import { USERS } from '@scenematch/server-data';
import { HandlesJob, JobHandler, JobName, JobPayloads } from '@scenematch/server-queue';
import { DataSource, EntityManager } from 'typeorm';
import { SmsGateway } from './channels/sms-gateway';
import { WechatGateway } from './channels/wechat-gateway';
import { NotificationRow, PortalLinks } from './notification-dispatch.handler';

interface ChannelRow extends NotificationRow {
  created_at: Date;
  status: string | null;
  disabled: boolean;
  phone: string | null;
  phone_verified_at: Date | null;
  sms_consent_at: Date | null;
  wechat_openid: string | null;
  wanted: boolean;
}

/** SMS template parameters are short: gateways cap each variable (阿里云: 35 characters). */
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

async function lockRow(manager: EntityManager, channel: 'sms' | 'wechat', notificationId: string): Promise<ChannelRow | undefined> {
  const rows = await manager.query<ChannelRow[]>(
    `SELECT n.id::text, n.user_id, n.kind, n.title, n.body, n.link, n.created_at, n.${channel}_status AS status,
            u.disabled, u.phone, u.phone_verified_at, u.sms_consent_at, u.wechat_openid, false AS wanted
       FROM notifications n JOIN ${USERS} u ON u.id = n.user_id
      WHERE n.id = $1 FOR UPDATE OF n`,
    [notificationId],
  );
  const row = rows[0];
  if (!row) return undefined;
  // The switch of the notification's category, read again now (it may have changed since).
  const wanted = await manager.query<Array<{ on: boolean }>>(
    `SELECT coalesce((SELECT ${channel} FROM notification_preferences WHERE user_id = $1 AND category = $2), false) AS on`,
    [row.user_id, notificationCategory(row.kind)],
  );
  row.wanted = wanted[0].on;
  return row;
}

/**
 * Sends one notification through a channel at most once: nothing when it is no longer pending;
 * skipped when the user was disabled, withdrew consent, unbound the channel or switched it off
 * since; otherwise sent and marked sent in the same transaction (a failure throws: the job
 * retries with backoff, and the in-app notification is untouched).
 */
async function sendOnce(
  dataSource: DataSource,
  channel: 'sms' | 'wechat',
  notificationId: string,
  reachable: (row: ChannelRow) => boolean,
  send: (row: ChannelRow) => Promise<void>,
): Promise<'sent' | 'skipped' | 'done'> {
  return dataSource.transaction(async (manager) => {
    const row = await lockRow(manager, channel, notificationId);
    if (!row || row.status !== 'pending') return 'done';
    if (row.disabled || !row.wanted || !reachable(row)) {
      await manager.query<unknown>(`UPDATE notifications SET ${channel}_status = 'skipped' WHERE id = $1`, [row.id]);
      return 'skipped';
    }
    await send(row);
    await manager.query<unknown>(`UPDATE notifications SET ${channel}_status = 'sent', ${channel}_sent_at = now() WHERE id = $1`, [row.id]);
    return 'sent';
  });
}

/** Texts one urgent notification through the SMS gateway (template + parameters, never free text). */
@Injectable()
@HandlesJob(JobName.NotificationSms)
export class NotificationSmsHandler implements JobHandler<JobName.NotificationSms> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sms: SmsGateway,
    private readonly config: AppConfig,
  ) {}

  handle({ notificationId }: JobPayloads[JobName.NotificationSms]): Promise<'sent' | 'skipped' | 'done'> {
    return sendOnce(
      this.dataSource,
      'sms',
      notificationId,
      (row) => this.sms.enabled && isSmsKind(row.kind) && !!row.phone && !!row.phone_verified_at && !!row.sms_consent_at,
      async (row) => {
        await this.sms.send({
          phone: row.phone as string,
          templateId: this.config.SMS_TEMPLATE_NOTICE,
          params: { title: clip(row.title, 35), detail: clip(row.body || row.title, 35) },
          tag: `notification-${row.id}`,
        });
      },
    );
  }
}

/** Sends one notification as a WeChat service-account template message to the bound openid. */
@Injectable()
@HandlesJob(JobName.NotificationWechat)
export class NotificationWechatHandler implements JobHandler<JobName.NotificationWechat> {
  private readonly links: PortalLinks;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly wechat: WechatGateway,
    private readonly config: AppConfig,
  ) {
    this.links = new PortalLinks(config);
  }

  handle({ notificationId }: JobPayloads[JobName.NotificationWechat]): Promise<'sent' | 'skipped' | 'done'> {
    return sendOnce(
      this.dataSource,
      'wechat',
      notificationId,
      (row) => this.wechat.enabled && !!row.wechat_openid,
      async (row) => {
        await this.wechat.send({
          openid: row.wechat_openid as string,
          templateId: this.config.WECHAT_TEMPLATE_NOTICE,
          data: {
            first: { value: row.title },
            keyword1: { value: clip(row.body || row.title, 200) },
            keyword2: { value: `${formatBeijing(row.created_at)}（北京时间）` },
            remark: { value: '点击查看详情；可在平台“通知设置”中关闭微信提醒。' },
          },
          url: row.link ? this.links.url(row.link) : this.links.url('/me/notifications'),
          tag: `notification-${row.id}`,
        });
      },
    );
  }
}
