import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiCreatedRef, ApiEmptyBody, ApiErrors, ApiOk, ApiOkList, ApiOkPage, CurrentActor, PageQueryDto, Public, ReqMeta, RequestMeta, Roles, uuidOrNotFound } from '@scenematch/server-common';
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

  @Post('scenarios/:id/award')
  @Roles('organiser', 'admin')
  @ApiOperation({ operationId: 'ApplicationsController_award', summary: 'Propose the selected application(s); starts the public notice (公示)' })
  @ApiCreatedRef('NoticeView', 'The award proposed and its public notice started')
  @ApiErrors({ 409: 'The scenario is still open, has an award already, or an application is not reviewed' })
  award(@Param('id', uuid) id: string, @Body() dto: AwardDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.propose(id, dto.applicationIds, dto.noticeDays ?? 5, actor, meta);
  }

  @Get('notices')
  @Public()
  @ApiOperation({ operationId: 'ApplicationsController_notices', summary: 'Public notices of proposed and confirmed awards' })
  @ApiOkPage('NoticeView')
  notices(@Query() query: PageQueryDto) {
    return this.awards.notices(query);
  }

  @Get('notices/:id')
  @Public()
  @ApiOperation({ operationId: 'ApplicationsController_notice', summary: 'A public notice (公示) of a proposed or confirmed award' })
  @ApiOk('NoticeView')
  notice(@Param('id', uuid) id: string) {
    return this.awards.notice(id);
  }

  @Post('notices/:id/objections')
  @Roles('enterprise', 'agency', 'organiser', 'admin', 'expert')
  @ApiOperation({ operationId: 'ApplicationsController_object', summary: 'Object to a proposed award while its notice runs' })
  @ApiCreatedRef('ObjectionView')
  @ApiErrors({ 409: 'The notice period is over' })
  object(@Param('id', uuid) id: string, @Body() dto: ObjectionDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.object(id, dto.reason, actor, meta);
  }

  @Get('notices/:id/objections')
  @ApiOperation({ operationId: 'ApplicationsController_objections', summary: 'Objections (staff: all; others: their own)' })
  @ApiOkList('ObjectionView')
  objections(@Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    return this.awards.objections(id, actor);
  }

  @Post('objections/:id/decide')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ operationId: 'ApplicationsController_decide', summary: 'Uphold (the award is overturned) or dismiss an objection' })
  @ApiOk('NoticeView')
  @ApiErrors({ 409: 'The objection was decided already, or the notice is over' })
  decide(@Param('id', uuid) id: string, @Body() dto: DecisionDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.decide(id, dto.decision, dto.response, actor, meta);
  }

  @Post('notices/:id/confirm')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ operationId: 'ApplicationsController_confirm', summary: 'Confirm the award after the notice (no pending objections)' })
  @ApiEmptyBody()
  @ApiOk('NoticeView')
  @ApiErrors({ 409: 'The notice is still running, or objections are pending' })
  confirm(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.confirm(id, actor, meta);
  }

  @Post('scenarios/:id/pilot')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ operationId: 'ApplicationsController_pilot', summary: 'Start the pilot of an awarded scenario (试点)' })
  @ApiEmptyBody()
  @ApiOk('ScenarioStageView')
  @ApiErrors({ 409: 'The scenario is not awarded' })
  pilot(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.advance(id, 'piloting', actor, meta);
  }

  @Post('scenarios/:id/accept')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ operationId: 'ApplicationsController_accept', summary: 'Accept the pilot with its acceptance report (验收)' })
  @ApiOk('ScenarioStageView')
  @ApiErrors({ 409: 'The scenario is not piloting' })
  accept(@Param('id', uuid) id: string, @Body() dto: AcceptanceDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.advance(id, 'accepted', actor, meta, dto.report);
  }
}
