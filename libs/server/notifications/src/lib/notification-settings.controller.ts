import { Body, Controller, Get, Header, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { NotificationSettingsView, UnsubscribePreview, UnsubscribeResult } from '@scenematch/contracts';
import { AcceptsMediaTypes, Actor, ApiErrors, CurrentActor, Public, ReadRoute, ReplaceRoute, ReqMeta, RequestMeta, schemaRef } from '@scenematch/server-common';
import type { FastifyReply } from 'fastify';
import { askPage, confirmationPage } from './unsubscribe-pages';
import { NotificationSettingsDto, UnsubscribeQueryDto } from './dto/notification-settings.dto';
import { NotificationPreferencesService } from './notification-preferences.service';

@ApiTags('notifications')
@Controller()
export class NotificationSettingsController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @ReadRoute('me/notification-settings', { summary: 'The caller’s notification settings: email per category and the weekly digest', ok: 'NotificationSettingsView' })
  view(@CurrentActor() actor: Actor): Promise<NotificationSettingsView> {
    return this.preferences.view(actor);
  }

  @ReplaceRoute('me/notification-settings', { summary: 'Switch email per category and the weekly digest (only what is sent changes)', ok: 'NotificationSettingsView' })
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
