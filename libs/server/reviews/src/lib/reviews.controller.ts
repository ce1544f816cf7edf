import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiErrors, ApiOk, ApiOkList, CurrentActor, ReqMeta, RequestMeta, Roles, uuidOrNotFound } from '@scenematch/server-common';
import { AssignExpertsDto, ReviewDto } from './review.dto';
import { ReviewsService } from './reviews.service';

const uuid = uuidOrNotFound('申报不存在或无权查看');

/**
 * Expert review of applications. Its operations keep the ids they had when they were routes of the
 * applications controller (`ApplicationsController_…`): the generated API client is keyed by them.
 */
@ApiTags('applications')
@Controller()
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Post('scenarios/:id/reviewers')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ operationId: 'ApplicationsController_assign', summary: 'Assign experts to the scenario’s shortlisted applications (conflicted experts are recused)' })
  @ApiOk('EvaluationView', 'The evaluation board with the new assignments')
  @ApiErrors({ 409: 'The scenario has no shortlisted applications to review' })
  assign(@Param('id', uuid) id: string, @Body() dto: AssignExpertsDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.reviews.assign(id, dto.expertIds, actor, meta);
  }

  @Get('experts')
  @Roles('organiser', 'admin')
  @ApiOperation({ operationId: 'ApplicationsController_experts', summary: 'Expert accounts that can be assigned to reviews' })
  @ApiOkList('ExpertOption')
  experts() {
    return this.reviews.experts();
  }

  @Get('scenarios/:id/evaluation')
  @Roles('organiser', 'admin')
  @ApiOperation({ operationId: 'ApplicationsController_evaluation', summary: 'Review progress, aggregate scores and outlier flags per application' })
  @ApiOk('EvaluationView')
  evaluation(@Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    return this.reviews.evaluation(id, actor);
  }

  @Get('me/reviews')
  @Roles('expert')
  @ApiOperation({ operationId: 'ApplicationsController_myReviews', summary: 'The applications assigned to the calling expert' })
  @ApiOkList('ReviewAssignment')
  myReviews(@CurrentActor() actor: Actor) {
    return this.reviews.mine(actor);
  }

  @Post('applications/:id/reviews')
  @HttpCode(200)
  @Roles('expert')
  @ApiOperation({ operationId: 'ApplicationsController_review', summary: 'Score an assigned application against the rubric, or declare a conflict of interest' })
  @ApiOk('ReviewResult')
  @ApiErrors({ 403: 'The expert is not assigned to this application' }, { 409: 'The application is not under review' })
  review(@Param('id', uuid) id: string, @Body() dto: ReviewDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.reviews.submit(id, dto, actor, meta);
  }
}
