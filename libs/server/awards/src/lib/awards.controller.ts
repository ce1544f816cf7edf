import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ActionRoute, Actor, CreateRoute, CurrentActor, PageQueryDto, ReadRoute, ReqMeta, RequestMeta, uuidOrNotFound } from '@scenematch/server-common';
import { AcceptanceDto, AwardDto, DecisionDto, ObjectionDto } from './award.dto';
import { AwardsService } from './awards.service';

const uuid = uuidOrNotFound('申报不存在或无权查看');

/**
 * The award, its public notice (公示) and objections, and the pilot stages after it. Its operations
 * keep the ids they had as routes of the applications controller (`ApplicationsController_…`): the
 * generated API client is keyed by them.
 */
@ApiTags('applications')
@Controller()
export class AwardsController {
  constructor(private readonly awards: AwardsService) {}

  @CreateRoute('scenarios/:id/award', { roles: ['organiser', 'admin'], summary: 'Propose the selected application(s); starts the public notice (公示)', created: 'NoticeView', description: 'The award proposed and its public notice started', errors: [{ 409: 'The scenario is still open, has an award already, or an application is not reviewed' }], operationId: 'ApplicationsController_award' })
  award(@Param('id', uuid) id: string, @Body() dto: AwardDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.propose(id, dto.applicationIds, dto.noticeDays ?? 5, actor, meta);
  }

  @ReadRoute('notices', { public: true, summary: 'Public notices of proposed and confirmed awards', page: 'NoticeView', operationId: 'ApplicationsController_notices' })
  notices(@Query() query: PageQueryDto) {
    return this.awards.notices(query);
  }

  @ReadRoute('notices/:id', { public: true, summary: 'A public notice (公示) of a proposed or confirmed award', ok: 'NoticeView', operationId: 'ApplicationsController_notice' })
  notice(@Param('id', uuid) id: string) {
    return this.awards.notice(id);
  }

  @CreateRoute('notices/:id/objections', { roles: ['enterprise', 'agency', 'organiser', 'admin', 'expert'], summary: 'Object to a proposed award while its notice runs', created: 'ObjectionView', errors: [{ 409: 'The notice period is over' }], operationId: 'ApplicationsController_object' })
  object(@Param('id', uuid) id: string, @Body() dto: ObjectionDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.object(id, dto.reason, actor, meta);
  }

  @ReadRoute('notices/:id/objections', { summary: 'Objections (staff: all; others: their own)', list: 'ObjectionView', operationId: 'ApplicationsController_objections' })
  objections(@Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    return this.awards.objections(id, actor);
  }

  @ActionRoute('objections/:id/decide', { roles: ['organiser', 'admin'], summary: 'Uphold (the award is overturned) or dismiss an objection', ok: 'NoticeView', errors: [{ 409: 'The objection was decided already, or the notice is over' }], operationId: 'ApplicationsController_decide' })
  decide(@Param('id', uuid) id: string, @Body() dto: DecisionDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.decide(id, dto.decision, dto.response, actor, meta);
  }

  @ActionRoute('notices/:id/confirm', { roles: ['organiser', 'admin'], summary: 'Confirm the award after the notice (no pending objections)', emptyBody: true, ok: 'NoticeView', errors: [{ 409: 'The notice is still running, or objections are pending' }], operationId: 'ApplicationsController_confirm' })
  confirm(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.confirm(id, actor, meta);
  }

  @ActionRoute('scenarios/:id/pilot', { roles: ['organiser', 'admin'], summary: 'Start the pilot of an awarded scenario (试点)', emptyBody: true, ok: 'ScenarioStageView', errors: [{ 409: 'The scenario is not awarded' }], operationId: 'ApplicationsController_pilot' })
  pilot(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.advance(id, 'piloting', actor, meta);
  }

  @ActionRoute('scenarios/:id/accept', { roles: ['organiser', 'admin'], summary: 'Accept the pilot with its acceptance report (验收)', ok: 'ScenarioStageView', errors: [{ 409: 'The scenario is not piloting' }], operationId: 'ApplicationsController_accept' })
  accept(@Param('id', uuid) id: string, @Body() dto: AcceptanceDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.advance(id, 'accepted', actor, meta, dto.report);
  }
}
