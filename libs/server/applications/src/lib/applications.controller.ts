import '@fastify/multipart';
import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MAX_BROCHURE_BYTES } from '@scenematch/server-products';
import { ApplicationFilesService } from './application-files.service';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApplicationView, Page, ScenarioApplicationsPage } from '@scenematch/contracts';
import { AcceptsMediaTypes, Actor, ApiCreatedRef, ApiEmptyBody, ApiErrors, ApiFile, ApiNoContent, ApiOk, ApiOkList, ApiOkPage, CurrentActor, FieldValidationException, PageQueryDto, Public, ReqMeta, RequestMeta, Roles } from '@scenematch/server-common';
import { AcceptanceDto, ApplicationDto, ApplicationQueryDto, ApplicationReasonDto, AssignExpertsDto, AwardDto, DecisionDto, ObjectionDto, ReviewDto, UpdateApplicationDto } from './application.dto';
import { AwardsService } from './awards.service';
import { ReviewsService } from './reviews.service';
import { ApplicationsService } from './applications.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('申报不存在或无权查看') });

@ApiTags('applications')
@Controller()
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly reviews: ReviewsService,
    private readonly awards: AwardsService,
    private readonly files: ApplicationFilesService,
  ) {}

  @Post('applications/:id/files')
  @Roles('enterprise')
  @ApiConsumes('multipart/form-data')
  @AcceptsMediaTypes('multipart/form-data')
  @ApiOperation({ summary: 'Attach a PDF (≤ 20 MB, checked by content) while the application can still change' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: `A PDF of at most ${MAX_BROCHURE_BYTES / 1024 / 1024} MB (its type is read from its content)` } },
    },
  })
  @ApiCreatedRef('ApplicationFileView', 'The stored attachment')
  @ApiErrors({ 409: 'The application can no longer change, or has the most attachments allowed' })
  async addFile(@Param('id', uuid) id: string, @Req() request: FastifyRequest, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    if (!request.isMultipart()) throw FieldValidationException.single('file', '请以 multipart/form-data 上传文件（字段名 file）');
    try {
      const part = await request.file({ limits: { fileSize: MAX_BROCHURE_BYTES, files: 1 } });
      if (!part) throw FieldValidationException.single('file', '请选择文件');
      return await this.files.add(id, { filename: part.filename, buffer: await part.toBuffer() }, actor, meta);
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw FieldValidationException.single('file', `附件不能超过 ${MAX_BROCHURE_BYTES / 1024 / 1024} MB`);
      throw error;
    }
  }

  @Get('applications/:id/files/:fileId')
  @ApiOperation({ summary: 'Stream an attachment (sealed like the application)' })
  @ApiFile('application/pdf', 'The attachment')
  @ApiErrors({ 403: 'Sealed until the opening: only its company and consortium' })
  async file(@Param('id', uuid) id: string, @Param('fileId', uuid) fileId: string, @Res() reply: FastifyReply, @CurrentActor() actor: Actor) {
    const file = await this.files.open(id, fileId, actor);
    reply
      .header('Content-Type', 'application/pdf')
      .header('Content-Length', String(file.size))
      .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, no-store')
      .send(file.stream);
  }

  @Delete('applications/:id/files/:fileId')
  @HttpCode(204)
  @Roles('enterprise')
  @ApiOperation({ summary: 'Remove an attachment while the application can still change' })
  @ApiNoContent()
  @ApiErrors({ 409: 'The application can no longer change' })
  removeFile(@Param('id', uuid) id: string, @Param('fileId', uuid) fileId: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.files.remove(id, fileId, actor, meta);
  }

  @Post('scenarios/:id/award')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Propose the selected application(s); starts the public notice (公示)' })
  @ApiCreatedRef('NoticeView', 'The award proposed and its public notice started')
  @ApiErrors({ 409: 'The scenario is still open, has an award already, or an application is not reviewed' })
  award(@Param('id', uuid) id: string, @Body() dto: AwardDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.propose(id, dto.applicationIds, dto.noticeDays ?? 5, actor, meta);
  }

  @Get('notices')
  @Public()
  @ApiOperation({ summary: 'Public notices of proposed and confirmed awards' })
  @ApiOkPage('NoticeView')
  notices(@Query() query: PageQueryDto) {
    return this.awards.notices(query);
  }

  @Get('notices/:id')
  @Public()
  @ApiOperation({ summary: 'A public notice (公示) of a proposed or confirmed award' })
  @ApiOk('NoticeView')
  notice(@Param('id', uuid) id: string) {
    return this.awards.notice(id);
  }

  @Post('notices/:id/objections')
  @Roles('enterprise', 'agency', 'organiser', 'admin', 'expert')
  @ApiOperation({ summary: 'Object to a proposed award while its notice runs' })
  @ApiCreatedRef('ObjectionView')
  @ApiErrors({ 409: 'The notice period is over' })
  object(@Param('id', uuid) id: string, @Body() dto: ObjectionDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.object(id, dto.reason, actor, meta);
  }

  @Get('notices/:id/objections')
  @ApiOperation({ summary: 'Objections (staff: all; others: their own)' })
  @ApiOkList('ObjectionView')
  objections(@Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    return this.awards.objections(id, actor);
  }

  @Post('objections/:id/decide')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Uphold (the award is overturned) or dismiss an objection' })
  @ApiOk('NoticeView')
  @ApiErrors({ 409: 'The objection was decided already, or the notice is over' })
  decide(@Param('id', uuid) id: string, @Body() dto: DecisionDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.decide(id, dto.decision, dto.response, actor, meta);
  }

  @Post('notices/:id/confirm')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Confirm the award after the notice (no pending objections)' })
  @ApiEmptyBody()
  @ApiOk('NoticeView')
  @ApiErrors({ 409: 'The notice is still running, or objections are pending' })
  confirm(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.confirm(id, actor, meta);
  }

  @Post('scenarios/:id/pilot')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Start the pilot of an awarded scenario (试点)' })
  @ApiEmptyBody()
  @ApiOk('ScenarioStageView')
  @ApiErrors({ 409: 'The scenario is not awarded' })
  pilot(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.advance(id, 'piloting', actor, meta);
  }

  @Post('scenarios/:id/accept')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Accept the pilot with its acceptance report (验收)' })
  @ApiOk('ScenarioStageView')
  @ApiErrors({ 409: 'The scenario is not piloting' })
  accept(@Param('id', uuid) id: string, @Body() dto: AcceptanceDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.awards.advance(id, 'accepted', actor, meta, dto.report);
  }

  @Post('scenarios/:id/reviewers')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Assign experts to the scenario’s shortlisted applications (conflicted experts are recused)' })
  @ApiOk('EvaluationView', 'The evaluation board with the new assignments')
  @ApiErrors({ 409: 'The scenario has no shortlisted applications to review' })
  assign(@Param('id', uuid) id: string, @Body() dto: AssignExpertsDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.reviews.assign(id, dto.expertIds, actor, meta);
  }

  @Get('experts')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Expert accounts that can be assigned to reviews' })
  @ApiOkList('ExpertOption')
  experts() {
    return this.reviews.experts();
  }

  @Get('scenarios/:id/evaluation')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Review progress, aggregate scores and outlier flags per application' })
  @ApiOk('EvaluationView')
  evaluation(@Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    return this.reviews.evaluation(id, actor);
  }

  @Get('me/reviews')
  @Roles('expert')
  @ApiOperation({ summary: 'The applications assigned to the calling expert' })
  @ApiOkList('ReviewAssignment')
  myReviews(@CurrentActor() actor: Actor) {
    return this.reviews.mine(actor);
  }

  @Post('applications/:id/reviews')
  @HttpCode(200)
  @Roles('expert')
  @ApiOperation({ summary: 'Score an assigned application against the rubric, or declare a conflict of interest' })
  @ApiOk('ReviewResult')
  @ApiErrors({ 403: 'The expert is not assigned to this application' }, { 409: 'The application is not under review' })
  review(@Param('id', uuid) id: string, @Body() dto: ReviewDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.reviews.submit(id, dto, actor, meta);
  }

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
