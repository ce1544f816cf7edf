import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApplicationView, Page } from '@scenematch/contracts';
import { Actor, CurrentActor, ReqMeta, RequestMeta, Roles } from '@scenematch/server-common';
import { ApplicationDto, ApplicationQueryDto, ApplicationReasonDto, AssignExpertsDto, ReviewDto, UpdateApplicationDto } from './application.dto';
import { ReviewsService } from './reviews.service';
import { ApplicationsService } from './applications.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('申报不存在或无权查看') });

@ApiTags('applications')
@ApiBearerAuth()
@Controller()
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly reviews: ReviewsService,
  ) {}

  @Post('scenarios/:id/reviewers')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Assign experts to the scenario’s shortlisted applications (conflicted experts are recused)' })
  assign(@Param('id', uuid) id: string, @Body() dto: AssignExpertsDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.reviews.assign(id, dto.expertIds, actor, meta);
  }

  @Get('scenarios/:id/evaluation')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Review progress, aggregate scores and outlier flags per application' })
  evaluation(@Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    return this.reviews.evaluation(id, actor);
  }

  @Get('me/reviews')
  @Roles('expert')
  @ApiOperation({ summary: 'The applications assigned to the calling expert' })
  myReviews(@CurrentActor() actor: Actor) {
    return this.reviews.mine(actor);
  }

  @Post('applications/:id/reviews')
  @HttpCode(200)
  @Roles('expert')
  @ApiOperation({ summary: 'Score an assigned application against the rubric, or declare a conflict of interest' })
  review(@Param('id', uuid) id: string, @Body() dto: ReviewDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.reviews.submit(id, dto, actor, meta);
  }

  @Post('scenarios/:id/applications')
  @Roles('enterprise')
  @ApiOperation({ summary: 'Start an application (draft) for a published scenario; one per company per scenario' })
  create(@Param('id', uuid) id: string, @Body() dto: ApplicationDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.create(id, dto, actor, meta);
  }

  @Get('scenarios/:id/applications')
  @Roles('organiser', 'admin', 'agency')
  @ApiOperation({ summary: 'A scenario’s applications (organisers; its agency after the deadline)' })
  forScenario(@Param('id', uuid) id: string, @Query() query: ApplicationQueryDto, @CurrentActor() actor: Actor): Promise<Page<ApplicationView>> {
    return this.applications.forScenario(id, actor, query);
  }

  @Get('me/applications')
  @Roles('enterprise')
  mine(@Query() query: ApplicationQueryDto, @CurrentActor() actor: Actor): Promise<Page<ApplicationView>> {
    return this.applications.mine(actor, query);
  }

  @Get('applications/:id')
  @ApiOperation({ summary: 'An application (sealed: its company and consortium, organisers, its agency after the deadline)' })
  get(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<ApplicationView> {
    return this.applications.get(id, actor);
  }

  @Patch('applications/:id')
  @Roles('enterprise')
  update(@Param('id', uuid) id: string, @Body() dto: UpdateApplicationDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.update(id, dto, actor, meta);
  }

  @Post('applications/:id/submit')
  @HttpCode(200)
  @Roles('enterprise')
  @ApiOperation({ summary: 'Submit (checks the batch’s eligibility rules)' })
  submit(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.submit(id, actor, meta);
  }

  @Post('applications/:id/withdraw')
  @HttpCode(200)
  @Roles('enterprise')
  @ApiOperation({ summary: 'Withdraw before the deadline' })
  withdraw(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.withdraw(id, actor, meta);
  }

  @Post('applications/:id/shortlist')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Form check passed (after the deadline)' })
  shortlist(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.formCheck(id, 'shortlisted', actor, meta);
  }

  @Post('applications/:id/reject')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Form check failed, with the reason (after the deadline)' })
  reject(@Param('id', uuid) id: string, @Body() dto: ApplicationReasonDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ApplicationView> {
    return this.applications.formCheck(id, 'rejected', actor, meta, dto.reason);
  }
}
