import { Body, Controller, Get, Header, HttpCode, Injectable, NotFoundException, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProperty, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_CATEGORIES_BY_ROLE,
  NOTIFICATION_CATEGORY_LABELS,
  NotificationCategory,
  NotificationSettingsView,
  Role,
  SMS_CATEGORY_HINTS,
  UnsubscribePreview,
  UnsubscribeResult,
} from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { AcceptsMediaTypes, Actor, ApiErrors, ApiOk, CurrentActor, FieldValidationException, Public, ReqMeta, RequestMeta, schemaRef } from '@scenematch/server-common';
import { AppConfig } from '@scenematch/server-config';
import { userAccount } from '@scenematch/server-data';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { DataSource, EntityManager } from 'typeorm';
import { UnsubscribeTarget, UnsubscribeTokens } from './unsubscribe-token';
import { askPage, confirmationPage, targetLabel } from './unsubscribe-pages';
import { categorySwitches, digestSwitch, settingsChangeProblem, smsUnavailableReason } from './notification-settings-rules';

export { DIGEST_FIRST_LOOKBACK_DAYS, DIGEST_ROLES } from './notification-settings-rules';

/** SQL: whether the user `userId` (a column) wants mails of `target` (a parameter or literal): on unless switched off. */
export const emailEnabledSql = (userId: string, target: string) =>
  `coalesce((SELECT p.email FROM notification_preferences p WHERE p.user_id = ${userId} AND p.category = ${target}), true)`;

/** SQL: whether the user row `u` can be texted: a verified number and the SMS consent in force. */
export const smsReachableSql = (u: string) => `(${u}.phone IS NOT NULL AND ${u}.phone_verified_at IS NOT NULL AND ${u}.sms_consent_at IS NOT NULL)`;

/** SQL: whether the user wants `channel` (sms or wechat) for a category: off unless switched on. */
export const channelEnabledSql = (channel: 'sms' | 'wechat', userId: string, target: string) =>
  `coalesce((SELECT p.${channel} FROM notification_preferences p WHERE p.user_id = ${userId} AND p.category = ${target}), false)`;

/** Whether a user wants mails of a category (or the digest): on unless switched off. */
export async function emailEnabled(manager: EntityManager, userId: string, target: UnsubscribeTarget): Promise<boolean> {
  const rows: Array<{ email: boolean }> = await manager.query(`SELECT email FROM notification_preferences WHERE user_id = $1 AND category = $2`, [userId, target]);
  return rows[0]?.email ?? true;
}

export class CategorySettingDto {
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES }) @IsIn(NOTIFICATION_CATEGORIES, { message: '未知的通知类别' }) category!: NotificationCategory;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: '请选择开启或关闭' }) email?: boolean;
  @ApiPropertyOptional({ description: 'SMS for the urgent kinds of the category (reminder, award only)' }) @IsOptional() @IsBoolean({ message: '请选择开启或关闭' }) sms?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: '请选择开启或关闭' }) wechat?: boolean;
}

type ChannelChange = { category: UnsubscribeTarget; email?: boolean; sms?: boolean; wechat?: boolean };

export class NotificationSettingsDto {
  @ApiPropertyOptional({ type: [CategorySettingDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_CATEGORIES.length)
  @ValidateNested({ each: true })
  @Type(() => CategorySettingDto)
  categories?: CategorySettingDto[];

  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: '请选择开启或关闭' }) digest?: boolean;
}

export class UnsubscribeQueryDto {
  @ApiProperty() @IsString({ message: '退订链接无效' }) @MaxLength(400, { message: '退订链接无效' }) token!: string;
  @ApiPropertyOptional({ enum: ['html', 'json'] }) @IsOptional() @IsIn(['html', 'json']) format?: 'html' | 'json';
}

/** Per-user email switches: one per category, and the weekly digest. In-app is always on. */
@Injectable()
export class NotificationPreferencesService {
  readonly tokens: UnsubscribeTokens;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    config: AppConfig,
  ) {
    this.tokens = new UnsubscribeTokens(config.JWT_ACCESS_SECRET);
  }

  async view(actor: Actor): Promise<NotificationSettingsView> {
    const user = await userAccount(this.dataSource, actor.userId);
    if (!user) throw new NotFoundException('用户不存在');
    const rows: Array<{ category: string; email: boolean; sms: boolean; wechat: boolean }> = await this.dataSource.query(
      `SELECT category, email, sms, wechat FROM notification_preferences WHERE user_id = $1`,
      [actor.userId],
    );
    const set = new Map(rows.map((r) => [r.category, r]));
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
      digest: digestSwitch(actor.role, set.get('digest')),
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
      await this.audit.record(
        {
          action: 'notification.unsubscribe',
          actor: { userId: user.id, role: user.role, organisationId: user.organisation_id },
          entityType: 'user',
          entityId: user.id,
          meta,
          details: { target },
        },
        manager,
      );
    });
    return { target, label, email: user.email };
  }

  /** Upserts only the switches given (absent ones keep their value, or their default on insert). */
  private async write(manager: EntityManager, userId: string, changes: ChannelChange[]): Promise<void> {
    await manager.query(
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

@ApiTags('notifications')
@Controller()
export class NotificationSettingsController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get('me/notification-settings')
  @ApiOperation({ summary: 'The caller’s notification settings: email per category and the weekly digest' })
  @ApiOk('NotificationSettingsView')
  view(@CurrentActor() actor: Actor): Promise<NotificationSettingsView> {
    return this.preferences.view(actor);
  }

  @Put('me/notification-settings')
  @ApiOperation({ summary: 'Switch email per category and the weekly digest (only what is sent changes)' })
  @ApiOk('NotificationSettingsView')
  update(@CurrentActor() actor: Actor, @Body() dto: NotificationSettingsDto, @ReqMeta() meta: RequestMeta): Promise<NotificationSettingsView> {
    return this.preferences.update(actor, dto, meta);
  }

  @Get('notifications/unsubscribe')
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The page of a mail’s unsubscribe link (signed token, no login): asks to confirm, changes nothing; JSON with format=json' })
  @ApiResponse({
    status: 200,
    description: 'The confirmation page (HTML), or with format=json what the link would switch off',
    content: { 'text/html': { schema: { type: 'string' } }, 'application/json': { schema: schemaRef('UnsubscribePreview') } },
  })
  @ApiErrors({ 404: 'The account the link was sent to no longer exists' })
  async unsubscribePage(@Query() query: UnsubscribeQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnsubscribePreview | string> {
    const found = await this.preferences.unsubscribeTarget(query.token);
    if (query.format === 'json') return { target: found.target, label: found.label };
    void reply.type('text/html; charset=utf-8');
    return askPage(found.label, query.token);
  }

  @Post('notifications/unsubscribe')
  @HttpCode(200)
  @Public()
  // The confirmation page's form and RFC 8058 mail clients post form-encoded bodies.
  @AcceptsMediaTypes('application/x-www-form-urlencoded')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Unsubscribe (RFC 8058 one-click POST, or the confirmation page’s button): switches that mail off' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({
    required: false,
    description: 'What a mail client posts for RFC 8058 one-click unsubscribe; the token is in the query',
    schema: { type: 'object', properties: { 'List-Unsubscribe': { type: 'string', enum: ['One-Click'] } } },
  })
  @ApiResponse({
    status: 200,
    description: 'Switched off: a confirmation page (HTML), or with format=json what was switched off',
    content: { 'text/html': { schema: { type: 'string' } }, 'application/json': { schema: schemaRef('UnsubscribeResult') } },
  })
  @ApiErrors({ 404: 'The account the link was sent to no longer exists' })
  async unsubscribe(@Query() query: UnsubscribeQueryDto, @ReqMeta() meta: RequestMeta, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnsubscribeResult | string> {
    const done = await this.preferences.unsubscribe(query.token, meta);
    if (query.format === 'json') return { unsubscribed: done.target, label: done.label };
    void reply.type('text/html; charset=utf-8');
    return confirmationPage(done.label);
  }
}
