import { Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ExplanationView, MatchPage, RecommendationPage } from '@scenematch/contracts';
import { ActionRoute, Actor, ApiLanguage, CurrentActor, ReadRoute, ReqMeta, RequestLanguage, RequestMeta, translateGeneratedList, uuidOrNotFound } from '@scenematch/server-common';
import { MatchesQueryDto, RecommendationQueryDto } from './matching.dto';
import { MatchingService } from './matching.service';

const uuid = uuidOrNotFound('不存在或无权查看');

@ApiTags('matching')
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @ReadRoute('me/recommendations', { roles: ['enterprise'], summary: 'Open scenarios ranked for the caller’s company, with score (0–100) and reasons', ok: 'RecommendationPage' })
  async recommendations(@Query() query: RecommendationQueryDto, @CurrentActor() actor: Actor, @RequestLanguage() language: ApiLanguage) {
    return recommendationsIn(await this.matching.recommendations(actor, query), language);
  }

  @ReadRoute('scenarios/:id/matches', { roles: ['agency', 'organiser', 'admin'], summary: 'Companies ranked for a scenario (its agency and staff)', ok: 'MatchPage', errors: [{ 403: 'Only the scenario’s unit and staff' }] })
  async matches(@Param('id', uuid) id: string, @Query() query: MatchesQueryDto, @CurrentActor() actor: Actor, @RequestLanguage() language: ApiLanguage) {
    return matchesIn(await this.matching.matches(id, actor, query), language);
  }

  @ReadRoute('scenarios/:id/matches/:organisationId', { roles: ['agency', 'organiser', 'admin', 'enterprise'], summary: 'Why one company and one scenario match (or why not)', ok: 'ExplanationView' })
  async explain(
    @Param('id', uuid) id: string,
    @Param('organisationId', uuid) organisationId: string,
    @CurrentActor() actor: Actor,
    @RequestLanguage() language: ApiLanguage,
  ) {
    return explanationIn(await this.matching.explain(id, organisationId, actor), language);
  }

  @ActionRoute('matching/rebuilds', { roles: ['organiser', 'admin'], summary: 'Rescore every pair (sharded across workers); poll the run for progress', emptyBody: true, queued: true, ok: 'RebuildView', description: 'The run, queued for the workers' })
  rebuild(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.matching.requestRebuild(actor, meta);
  }

  @ReadRoute('matching/rebuilds', { roles: ['organiser', 'admin'], summary: 'The latest rescoring runs, newest first', list: 'RebuildView' })
  rebuilds() {
    return this.matching.latestRebuilds();
  }

  @ReadRoute('matching/rebuilds/:id', { roles: ['organiser', 'admin'], summary: 'Progress of a rescoring run (shards done of all)', ok: 'RebuildView' })
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
