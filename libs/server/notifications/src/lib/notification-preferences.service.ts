import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NOTIFICATION_CATEGORIES_BY_ROLE, NOTIFICATION_CATEGORY_LABELS, NotificationSettingsView, Role, SMS_CATEGORY_HINTS } from '@scenematch/contracts';
import { AuditService, ownAccountEntry } from '@scenematch/server-audit';
import { Actor, FieldValidationException, RequestMeta } from '@scenematch/server-common';
import { AppConfig } from '@scenematch/server-config';
import { userAccount } from '@scenematch/server-data';
import { scoreLevel } from '@scenematch/matching/levels';
import { DataSource, EntityManager } from 'typeorm';
import { UnsubscribeTarget, UnsubscribeTokens } from './unsubscribe-token';
import { targetLabel } from './unsubscribe-pages';
import { categorySwitches, digestSwitch, settingsChangeProblem, smsUnavailableReason } from './notification-settings-rules';
import { NotificationSettingsDto } from './dto/notification-settings.dto';

type ChannelChange = { category: UnsubscribeTarget; email?: boolean; sms?: boolean; wechat?: boolean };
/** Per-user email switches: one per category, and the weekly digest. In-app is always on. */
@Injectable()
export class NotificationPreferencesService {
  readonly tokens: UnsubscribeTokens;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {
    this.tokens = new UnsubscribeTokens(config.JWT_ACCESS_SECRET);
  }

  async view(actor: Actor): Promise<NotificationSettingsView> {
    const user = await userAccount(this.dataSource, actor.userId);
    if (!user) throw new NotFoundException('用户不存在');
    const rows = await this.dataSource.query<Array<{ category: string; email: boolean; sms: boolean; wechat: boolean }>>(
      `SELECT category, email, sms, wechat FROM notification_preferences WHERE user_id = $1`,
      [actor.userId],
    );
    const set = new Map(rows.map((r) => [r.category, r]));
    const digest = digestSwitch(actor.role, set.get('digest'));
    return {
      email: user.email,
      categories: NOTIFICATION_CATEGORIES_BY_ROLE[actor.role].map((category) => {
        const switches = categorySwitches(actor.role, category, set.get(category));
        return {
          category,
          label: NOTIFICATION_CATEGORY_LABELS[category],
          inApp: true as const,
          email: switches.email,
          sms: switches.sms,
          smsHint: switches.sms !== null ? (SMS_CATEGORY_HINTS[category] ?? null) : null,
          wechat: switches.wechat,
        };
      }),
      digest,
      digestLevel: digest === null ? null : scoreLevel(this.config.MATCH_NOTIFY_MIN_SCORE),
      channels: {
        sms: {
          available: user.phone_verified && user.sms_consent,
          reason: smsUnavailableReason(user.phone_verified, user.sms_consent),
        },
        wechat: { available: user.wechat, reason: user.wechat ? null : '请先在“账号安全”中绑定微信' },
      },
    };
  }

  async update(actor: Actor, dto: NotificationSettingsDto, meta: RequestMeta): Promise<NotificationSettingsView> {
    const problem = settingsChangeProblem(actor.role, dto);
    if (problem) throw FieldValidationException.single(problem.field, problem.message);
    const categories = dto.categories ?? [];
    const changes: ChannelChange[] = categories.map((c) => ({ category: c.category, email: c.email, sms: c.sms, wechat: c.wechat }));
    if (dto.digest !== undefined) changes.push({ category: 'digest', email: dto.digest });
    if (changes.length) {
      await this.dataSource.transaction(async (manager) => {
        await this.write(manager, actor.userId, changes);
        const pick = (key: 'email' | 'sms' | 'wechat') => Object.fromEntries(changes.filter((c) => c[key] !== undefined).map((c) => [c.category, c[key]]));
        await this.audit.record(
          { action: 'notification.settings', actor, entityType: 'user', entityId: actor.userId, meta, details: { email: pick('email'), sms: pick('sms'), wechat: pick('wechat') } },
          manager,
        );
      });
    }
    return this.view(actor);
  }

  /** What a signed unsubscribe link would switch off, without doing it (the confirmation page). */
  async unsubscribeTarget(token: string): Promise<{ target: UnsubscribeTarget; label: string; user: { id: string; email: string; role: Role; organisation_id: string } }> {
    const valid = this.tokens.verify(token);
    if (!valid) throw FieldValidationException.single('token', '退订链接无效或已损坏');
    const account = await userAccount(this.dataSource, valid.userId);
    if (!account) throw new NotFoundException('该退订链接对应的用户不存在');
    const user = { id: account.id, email: account.email, role: account.role, organisation_id: account.organisation_id };
    return { target: valid.target, label: targetLabel(valid.target), user };
  }

  /** Applies a signed unsubscribe link (no login, POST only): switches that mail off for its user. */
  async unsubscribe(token: string, meta: RequestMeta): Promise<{ target: UnsubscribeTarget; label: string; email: string }> {
    const { target, label, user } = await this.unsubscribeTarget(token);
    await this.dataSource.transaction(async (manager) => {
      await this.write(manager, user.id, [{ category: target, email: false }]);
      await this.audit.record(ownAccountEntry({ id: user.id, role: user.role, organisationId: user.organisation_id }, 'notification.unsubscribe', meta, { target }), manager);
    });
    return { target, label, email: user.email };
  }

  /** Upserts only the switches given (absent ones keep their value, or their default on insert). */
  private async write(manager: EntityManager, userId: string, changes: ChannelChange[]): Promise<void> {
    await manager.query<unknown>(
      `INSERT INTO notification_preferences AS p (user_id, category, email, sms, wechat)
       SELECT $1, x.category, coalesce(x.email, true), coalesce(x.sms, false), coalesce(x.wechat, false)
         FROM json_to_recordset($2::json) AS x(category text, email boolean, sms boolean, wechat boolean)
       ON CONFLICT (user_id, category) DO UPDATE SET
         email = coalesce((SELECT y.email FROM json_to_recordset($2::json) AS y(category text, email boolean) WHERE y.category = EXCLUDED.category), p.email),
         sms = coalesce((SELECT y.sms FROM json_to_recordset($2::json) AS y(category text, sms boolean) WHERE y.category = EXCLUDED.category), p.sms),
         wechat = coalesce((SELECT y.wechat FROM json_to_recordset($2::json) AS y(category text, wechat boolean) WHERE y.category = EXCLUDED.category), p.wechat),
         updated_at = now()`,
      [userId, JSON.stringify(changes)],
    );
  }
}
