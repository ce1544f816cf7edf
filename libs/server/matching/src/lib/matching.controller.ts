import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ExplanationView, MatchPage, RecommendationPage } from '@scenematch/contracts';
import { Actor, ApiEmptyBody, ApiErrors, ApiLanguage, ApiOk, ApiOkList, CurrentActor, ReqMeta, RequestLanguage, RequestMeta, Roles, translateGeneratedList, uuidOrNotFound } from '@scenematch/server-common';
import { MatchesQueryDto, RecommendationQueryDto } from './matching.dto';
import { MatchingService } from './matching.service';

const uuid = uuidOrNotFound('不存在或无权查看');

@ApiTags('matching')
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('me/recommendations')
  @Roles('enterprise')
  @ApiOperation({ summary: 'Open scenarios ranked for the caller’s company, with score (0–100) and reasons' })
  @ApiOk('RecommendationPage')
  async recommendations(@Query() query: RecommendationQueryDto, @CurrentActor() actor: Actor, @RequestLanguage() language: ApiLanguage) {
    return recommendationsIn(await this.matching.recommendations(actor, query), language);
  }

  @Get('scenarios/:id/matches')
  @Roles('agency', 'organiser', 'admin')
  @ApiOperation({ summary: 'Companies ranked for a scenario (its agency and staff)' })
  @ApiOk('MatchPage')
  @ApiErrors({ 403: 'Only the scenario’s unit and staff' })
  async matches(@Param('id', uuid) id: string, @Query() query: MatchesQueryDto, @CurrentActor() actor: Actor, @RequestLanguage() language: ApiLanguage) {
    return matchesIn(await this.matching.matches(id, actor, query), language);
  }

  @Get('scenarios/:id/matches/:organisationId')
  @Roles('agency', 'organiser', 'admin', 'enterprise')
  @ApiOperation({ summary: 'Why one company and one scenario match (or why not)' })
  @ApiOk('ExplanationView')
  async explain(
    @Param('id', uuid) id: string,
    @Param('organisationId', uuid) organisationId: string,
    @CurrentActor() actor: Actor,
    @RequestLanguage() language: ApiLanguage,
  ) {
    return explanationIn(await this.matching.explain(id, organisationId, actor), language);
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

/*
 * The engine's reasons, why-not lines and lowered-because notes are generated in Chinese (and the
 * reasons stored so): they are translated here, per request, into the caller's language. The
 * cached pages stay Chinese; the data inside the texts (capability and domain names, keywords)
 * stays as entered.
 */

export function recommendationsIn(page: RecommendationPage, language: ApiLanguage): RecommendationPage {
  if (language === 'zh-CN') return page;
  return {
    ...page,
    items: page.items.map((item) => ({
      ...item,
      reasons: translateGeneratedList(item.reasons, language),
      ...(item.lowered && { lowered: { ...item.lowered, shared: translateGeneratedList(item.lowered.shared, language) } }),
    })),
  };
}

export function matchesIn(page: MatchPage, language: ApiLanguage): MatchPage {
  if (language === 'zh-CN') return page;
  return { ...page, items: page.items.map((item) => ({ ...item, reasons: translateGeneratedList(item.reasons, language) })) };
}

export function explanationIn(view: ExplanationView, language: ApiLanguage): ExplanationView {
  if (language === 'zh-CN') return view;
  return { ...view, reasons: translateGeneratedList(view.reasons, language), whyNot: translateGeneratedList(view.whyNot, language) };
}
