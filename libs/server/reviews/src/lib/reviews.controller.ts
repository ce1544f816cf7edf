import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ActionRoute, Actor, CurrentActor, ReadRoute, ReqMeta, RequestMeta, uuidOrNotFound } from '@scenematch/server-common';
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

  @ActionRoute('scenarios/:id/reviewers', { roles: ['organiser', 'admin'], summary: 'Assign experts to the scenario’s shortlisted applications (conflicted experts are recused)', ok: 'EvaluationView', description: 'The evaluation board with the new assignments', errors: [{ 409: 'The scenario has no shortlisted applications to review' }], operationId: 'ApplicationsController_assign' })
  assign(@Param('id', uuid) id: string, @Body() dto: AssignExpertsDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.reviews.assign(id, dto.expertIds, actor, meta);
  }

  @ReadRoute('experts', { roles: ['organiser', 'admin'], summary: 'Expert accounts that can be assigned to reviews', list: 'ExpertOption', operationId: 'ApplicationsController_experts' })
  experts() {
    return this.reviews.experts();
  }

  @ReadRoute('scenarios/:id/evaluation', { roles: ['organiser', 'admin'], summary: 'Review progress, aggregate scores and outlier flags per application', ok: 'EvaluationView', operationId: 'ApplicationsController_evaluation' })
  evaluation(@Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    return this.reviews.evaluation(id, actor);
  }

  @ReadRoute('me/reviews', { roles: ['expert'], summary: 'The applications assigned to the calling expert', list: 'ReviewAssignment', operationId: 'ApplicationsController_myReviews' })
  myReviews(@CurrentActor() actor: Actor) {
    return this.reviews.mine(actor);
  }

  @ActionRoute('applications/:id/reviews', { roles: ['expert'], summary: 'Score an assigned application against the rubric, or declare a conflict of interest', ok: 'ReviewResult', errors: [{ 403: 'The expert is not assigned to this application' }, { 409: 'The application is not under review' }], operationId: 'ApplicationsController_review' })
  review(@Param('id', uuid) id: string, @Body() dto: ReviewDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.reviews.submit(id, dto, actor, meta);
  }
}
