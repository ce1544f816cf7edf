import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApplicationView, Page, ScenarioApplicationsPage } from '@scenematch/contracts';
import { ActionRoute, Actor, CreateRoute, CurrentActor, ReadRoute, ReqMeta, RequestMeta, UpdateRoute, uuidOrNotFound } from '@scenematch/server-common';
import { ApplicationDto, ApplicationQueryDto, ApplicationReasonDto, UpdateApplicationDto } from './application.dto';
import { ApplicationsService } from './applications.service';

const uuid = uuidOrNotFound('申报不存在或无权查看');

@ApiTags('applications')
@Controller()
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @CreateRoute('scenarios/:id/applications', { roles: ['enterprise'], summary: 'Start an application (draft) for a published scenario; one per company per scenario', created: 'ApplicationView', errors: [{ 409: 'The company applied already, the scenario is not open, or a consortium member cannot join' }] })
  create(@Param('id', uuid) id: string, @Body() dto: ApplicationDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.create(id, dto, actor, meta);
  }

  @ReadRoute('scenarios/:id/applications', { roles: ['organiser', 'admin', 'agency'], summary: 'A scenario’s applications (staff and its agency): before the opening (开标) only their number (`sealed`), after it the bids', ok: 'ScenarioApplicationsPage' })
  forScenario(@Param('id', uuid) id: string, @Query() query: ApplicationQueryDto, @CurrentActor() actor: Actor): Promise<ScenarioApplicationsPage> {
    return this.applications.forScenario(id, actor, query);
  }

  @ReadRoute('me/applications', { roles: ['enterprise'], summary: 'The calling company’s applications, newest first', page: 'ApplicationView' })
  mine(@Query() query: ApplicationQueryDto, @CurrentActor() actor: Actor): Promise<Page<ApplicationView>> {
    return this.applications.mine(actor, query);
  }

  @ReadRoute('applications/:id', { summary: 'An application (sealed until the opening: its company and consortium only; after it staff, its agency and assigned experts)', ok: 'ApplicationView' })
  get(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<ApplicationView> {
    return this.applications.get(id, actor);
  }

  @UpdateRoute('applications/:id', { roles: ['enterprise'], summary: 'Edit a draft or submitted application before the deadline (only the fields sent change)', ok: 'ApplicationView', errors: [{ 403: 'Only the lead company' }, { 409: 'Its status or the deadline does not allow changes' }] })
  update(@Param('id', uuid) id: string, @Body() dto: UpdateApplicationDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.update(id, dto, actor, meta);
  }

  @ActionRoute('applications/:id/submit', { roles: ['enterprise'], summary: 'Submit (checks the batch’s eligibility rules)', emptyBody: true, ok: 'ApplicationView', errors: [{ 403: 'Only the lead company' }, { 409: 'Not a draft, past the deadline, a consortium member has not accepted, or the batch’s eligibility rules refuse it' }] })
  submit(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.submit(id, actor, meta);
  }

  @ActionRoute('applications/:id/withdraw', { roles: ['enterprise'], summary: 'Withdraw before the deadline', emptyBody: true, ok: 'ApplicationView', errors: [{ 403: 'Only the lead company' }, { 409: 'Its status or the deadline does not allow it' }] })
  withdraw(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.withdraw(id, actor, meta);
  }

  @ActionRoute('applications/:id/shortlist', { roles: ['organiser', 'admin'], summary: 'Form check passed (after the deadline)', emptyBody: true, ok: 'ApplicationView', errors: [{ 409: 'Not submitted, or the bids are not opened yet' }] })
  shortlist(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.formCheck(id, 'shortlisted', actor, meta);
  }

  @ActionRoute('applications/:id/reject', { roles: ['organiser', 'admin'], summary: 'Form check failed, with the reason (after the deadline)', ok: 'ApplicationView', errors: [{ 409: 'Not submitted, or the bids are not opened yet' }] })
  reject(@Param('id', uuid) id: string, @Body() dto: ApplicationReasonDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.formCheck(id, 'rejected', actor, meta, dto.reason);
  }
}
