import { Body, Controller, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiCreatedRef, ApiErrors, ApiOk, CurrentActor, DeleteRoute, ReadRoute, ReplaceRoute, ReqMeta, RequestMeta, Roles, uuidOrNotFound } from '@scenematch/server-common';
import type { FastifyReply } from 'fastify';
import { MatchFeedbackService } from './match-feedback.service';
import { DismissalQueryDto, DismissDto, InvitationDto } from './matching.dto';

const uuid = uuidOrNotFound('不存在或无权查看');

/** People's signals on matches: a company's 不感兴趣 and an agency's or organiser's 邀请揭榜. */
@ApiTags('matching')
@Controller()
export class MatchFeedbackController {
  constructor(private readonly feedback: MatchFeedbackService) {}

  @ReadRoute('me/recommendations/dismissed', { roles: ['enterprise'], summary: 'Scenarios the caller’s company dismissed (不感兴趣), newest first; only that company sees them', page: 'DismissalView' })
  dismissed(@Query() query: DismissalQueryDto, @CurrentActor() actor: Actor) {
    return this.feedback.dismissed(actor, query);
  }

  @ReplaceRoute('me/recommendations/:id/dismissal', { roles: ['enterprise'], summary: 'Dismiss a recommended scenario (不感兴趣) with an optional reason: it leaves the list and similar ones rank lower', ok: 'DismissalView', errors: [{ 409: 'The scenario is no longer open' }] })
  dismiss(@Param('id', uuid) id: string, @Body() dto: DismissDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.feedback.dismiss(actor, id, dto, meta);
  }

  @DeleteRoute('me/recommendations/:id/dismissal', { roles: ['enterprise'], summary: 'Undo a dismissal (恢复)' })
  restore(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.feedback.restore(actor, id, meta);
  }

  @Post('scenarios/:id/invitations')
  @Roles('agency', 'organiser')
  @ApiOperation({ summary: 'Invite a company to apply (邀请揭榜): its unit or an organiser; 201 when new, 200 when it was invited already' })
  @ApiCreatedRef('InvitationView', 'Invited')
  @ApiOk('InvitationView', 'Invited already: the existing invitation')
  @ApiErrors({ 403: 'Only the scenario’s unit and organisers' }, { 404: 'The scenario or the company does not exist' }, { 409: 'The scenario is not open for applications' })
  async invite(
    @Param('id', uuid) id: string,
    @Body() dto: InvitationDto,
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const invitation = await this.feedback.invite(actor, id, dto, meta);
    if (!invitation.created) reply.status(200);
    return invitation;
  }
}
