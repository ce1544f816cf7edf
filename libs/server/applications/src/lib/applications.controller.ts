import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApplicationView, Page, ScenarioApplicationsPage } from '@scenematch/contracts';
import { Actor, ApiCreatedRef, ApiEmptyBody, ApiErrors, ApiOk, ApiOkPage, CurrentActor, ReqMeta, RequestMeta, Roles, uuidOrNotFound } from '@scenematch/server-common';
import { ApplicationDto, ApplicationQueryDto, ApplicationReasonDto, UpdateApplicationDto } from './application.dto';
import { ApplicationsService } from './applications.service';

const uuid = uuidOrNotFound('申报不存在或无权查看');

@ApiTags('applications')
@Controller()
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post('scenarios/:id/applications')
  @Roles('enterprise')
  @ApiOperation({ summary: 'Start an application (draft) for a published scenario; one per company per scenario' })
  @ApiCreatedRef('ApplicationView')
  @ApiErrors({ 409: 'The company applied already, the scenario is not open, or a consortium member cannot join' })
  create(@Param('id', uuid) id: string, @Body() dto: ApplicationDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.create(id, dto, actor, meta);
  }

  @Get('scenarios/:id/applications')
  @Roles('organiser', 'admin', 'agency')
  @ApiOperation({ summary: 'A scenario’s applications (staff and its agency): before the opening (开标) only their number (`sealed`), after it the bids' })
  @ApiOk('ScenarioApplicationsPage')
  forScenario(@Param('id', uuid) id: string, @Query() query: ApplicationQueryDto, @CurrentActor() actor: Actor): Promise<ScenarioApplicationsPage> {
    return this.applications.forScenario(id, actor, query);
  }

  @Get('me/applications')
  @Roles('enterprise')
  @ApiOperation({ summary: 'The calling company’s applications, newest first' })
  @ApiOkPage('ApplicationView')
  mine(@Query() query: ApplicationQueryDto, @CurrentActor() actor: Actor): Promise<Page<ApplicationView>> {
    return this.applications.mine(actor, query);
  }

  @Get('applications/:id')
  @ApiOperation({ summary: 'An application (sealed until the opening: its company and consortium only; after it staff, its agency and assigned experts)' })
  @ApiOk('ApplicationView')
  get(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<ApplicationView> {
    return this.applications.get(id, actor);
  }

  @Patch('applications/:id')
  @Roles('enterprise')
  @ApiOperation({ summary: 'Edit a draft or submitted application before the deadline (only the fields sent change)' })
  @ApiOk('ApplicationView')
  @ApiErrors({ 403: 'Only the lead company' }, { 409: 'Its status or the deadline does not allow changes' })
  update(@Param('id', uuid) id: string, @Body() dto: UpdateApplicationDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.update(id, dto, actor, meta);
  }

  @Post('applications/:id/submit')
  @HttpCode(200)
  @Roles('enterprise')
  @ApiOperation({ summary: 'Submit (checks the batch’s eligibility rules)' })
  @ApiEmptyBody()
  @ApiOk('ApplicationView')
  @ApiErrors({ 403: 'Only the lead company' }, { 409: 'Not a draft, past the deadline, a consortium member has not accepted, or the batch’s eligibility rules refuse it' })
  submit(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.submit(id, actor, meta);
  }

  @Post('applications/:id/withdraw')
  @HttpCode(200)
  @Roles('enterprise')
  @ApiOperation({ summary: 'Withdraw before the deadline' })
  @ApiEmptyBody()
  @ApiOk('ApplicationView')
  @ApiErrors({ 403: 'Only the lead company' }, { 409: 'Its status or the deadline does not allow it' })
  withdraw(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.withdraw(id, actor, meta);
  }

  @Post('applications/:id/shortlist')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Form check passed (after the deadline)' })
  @ApiEmptyBody()
  @ApiOk('ApplicationView')
  @ApiErrors({ 409: 'Not submitted, or the bids are not opened yet' })
  shortlist(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.formCheck(id, 'shortlisted', actor, meta);
  }

  @Post('applications/:id/reject')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Form check failed, with the reason (after the deadline)' })
  @ApiOk('ApplicationView')
  @ApiErrors({ 409: 'Not submitted, or the bids are not opened yet' })
  reject(@Param('id', uuid) id: string, @Body() dto: ApplicationReasonDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.formCheck(id, 'rejected', actor, meta, dto.reason);
  }
}
