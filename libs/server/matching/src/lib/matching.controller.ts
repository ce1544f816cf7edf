import { Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiEmptyBody, ApiErrors, ApiOk, ApiOkList, CurrentActor, ReqMeta, RequestMeta, Roles } from '@scenematch/server-common';
import { MatchesQueryDto, RecommendationQueryDto } from './matching.dto';
import { MatchingService } from './matching.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('不存在或无权查看') });

@ApiTags('matching')
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('me/recommendations')
  @Roles('enterprise')
  @ApiOperation({ summary: 'Open scenarios ranked for the caller’s company, with score (0–100) and reasons' })
  @ApiOk('RecommendationPage')
  recommendations(@Query() query: RecommendationQueryDto, @CurrentActor() actor: Actor) {
    return this.matching.recommendations(actor, query);
  }

  @Get('scenarios/:id/matches')
  @Roles('agency', 'organiser', 'admin')
  @ApiOperation({ summary: 'Companies ranked for a scenario (its agency and staff)' })
  @ApiOk('MatchPage')
  @ApiErrors({ 403: 'Only the scenario’s unit and staff' })
  matches(@Param('id', uuid) id: string, @Query() query: MatchesQueryDto, @CurrentActor() actor: Actor) {
    return this.matching.matches(id, actor, query);
  }

  @Get('scenarios/:id/matches/:organisationId')
  @Roles('agency', 'organiser', 'admin', 'enterprise')
  @ApiOperation({ summary: 'Why one company and one scenario match (or why not)' })
  @ApiOk('ExplanationView')
  explain(@Param('id', uuid) id: string, @Param('organisationId', uuid) organisationId: string, @CurrentActor() actor: Actor) {
    return this.matching.explain(id, organisationId, actor);
  }

  @Post('matching/rebuilds')
  @HttpCode(202)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Rescore every pair (sharded across workers); poll the run for progress' })
  @ApiEmptyBody()
  @ApiOk('RebuildView', 'The run, queued for the workers')
  rebuild(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.matching.requestRebuild(actor, meta);
  }

  @Get('matching/rebuilds')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'The latest rescoring runs, newest first' })
  @ApiOkList('RebuildView')
  rebuilds() {
    return this.matching.latestRebuilds();
  }

  @Get('matching/rebuilds/:id')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Progress of a rescoring run (shards done of all)' })
  @ApiOk('RebuildView')
  rebuildStatus(@Param('id', uuid) id: string) {
    return this.matching.rebuild(id);
  }
}
