import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ExplanationView, MatchPage, RebuildView, RECOMMENDATION_DEFAULT_MIN_SCORE, RecommendationPage } from '@scenematch/contracts';
import { MatchIndex, MatchingModel } from '@scenematch/matching';
import { AuditService } from '@scenematch/server-audit';
import { Access, Actor, beijingIsoSql, isStaff, pageOf, RequestMeta } from '@scenematch/server-common';
import { DOMAINS, ORGANISATIONS, PRODUCTS, SCENARIO_BATCHES, SCENARIOS, scenarioOwnership } from '@scenematch/server-data';
import { VersionedCache } from '@scenematch/server-database';
import { OutboxService } from '@scenematch/server-queue';
import { DataSource } from 'typeorm';
import { addRecommendationFilters, loadCompanies, loadCorpus, loadScenarios, loadTaxonomy, MATCHABLE_STATUSES, synonymPairs } from './matching-data';
import { REBUILD_UNDER_WAY, startRebuild } from './matching-rebuilds';
import { MatchFeedbackService } from './match-feedback.service';
import { MatchesQueryDto, RecommendationQueryDto } from './matching.dto';

/** Reads of the matches the worker keeps, an explanation of any pair, and rebuild requests. */
/** A matching_rebuilds row, the columns a RebuildView shows. */
interface RebuildRow {
  id: string;
  status: RebuildView['status'];
  shards: number;
  shards_done: number;
  scenarios: number;
  companies: number;
  pairs_kept: number;
  started_at: Date;
  finished_at: Date | null;
  error: string | null;
}

@Injectable()
export class MatchingService {
  private model?: { at: number; model: Promise<MatchingModel> };
  /**
   * Recommendations per company and query, valid while neither the kept matches (the worker's
   * writes) nor the scenarios (status, titles, units) nor the company's signals (dismissals,
   * invitations) change: any change, from any process, makes the cached pages unreachable at once.
   */
  private readonly recommendationCache: VersionedCache<RecommendationPage>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly feedback: MatchFeedbackService,
  ) {
    this.recommendationCache = new VersionedCache(dataSource, ['matches', 'scenarios', 'match_feedback'], 5000);
  }

  async recommendations(actor: Actor, query: RecommendationQueryDto): Promise<RecommendationPage> {
    if (actor.role !== 'enterprise') throw new ForbiddenException('推荐仅面向企业');
    const minScore = query.minScore ?? RECOMMENDATION_DEFAULT_MIN_SCORE;
    const key = JSON.stringify([actor.organisationId, query.domain ?? null, query.deadlineFrom ?? null, minScore, query.page, query.pageSize]);
    return this.recommendationCache.get(key, () => this.loadRecommendations(actor.organisationId, query, minScore));
  }

  /**
   * One page of a company's kept matches at `minScore`, their number and the number below it
   * (counted apart: the page query stops early). A company that dismissed or was invited to
   * something gets its list ranked with those signals (MatchFeedbackService); the others get
   * the engine's order straight from the index.
   */
  private async loadRecommendations(organisationId: string, query: RecommendationQueryDto, minScore: number): Promise<RecommendationPage> {
    const signals = await this.feedback.companySignals(organisationId);
    if (signals.dismissals.length || signals.invitations.size) {
      return this.feedback.rankedRecommendations(organisationId, signals, { domain: query.domain, deadlineFrom: query.deadlineFrom, minScore, page: query.page, pageSize: query.pageSize });
    }
    const params: unknown[] = [organisationId, MATCHABLE_STATUSES];
    const where = [`m.organisation_id = $1`, `s.status = ANY($2)`, `m.score > 0`];
    addRecommendationFilters(query, params, where);
    // Counted at and below the minimum in one pass; the page query adds the minimum.
    const countFrom = `FROM match_results m JOIN ${SCENARIOS} s ON s.id = m.scenario_id JOIN ${DOMAINS} d ON d.code = s.domain_code WHERE ${where.join(' AND ')}`;
    const countParams = [...params, minScore];
    params.push(minScore);
    where.push(`m.score >= $${params.length}`);
    const from = `FROM match_results m JOIN ${SCENARIOS} s ON s.id = m.scenario_id JOIN ${DOMAINS} d ON d.code = s.domain_code WHERE ${where.join(' AND ')}`;
    const [rows, counted] = await Promise.all([
      this.dataSource.query<Array<{ id: string; title: string; domain: string; agency: string; deadline: string | null; batch: string | null; status: string; score: number; reasons: string[] }>>(
        `SELECT s.id, s.title, d.name AS domain, o.name AS agency, ${beijingIsoSql('s.deadline')} AS deadline, b.name AS batch, s.status,
                m.score, m.reasons
           ${from.replace(' WHERE ', ` JOIN ${ORGANISATIONS} o ON o.id = s.agency_id LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id WHERE `)}
          ORDER BY m.score DESC, s.deadline ASC NULLS LAST, s.id
          LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, query.pageSize, (query.page - 1) * query.pageSize],
      ),
      this.dataSource.query<Array<{ total: number; below: number }>>(
        `SELECT count(*) FILTER (WHERE m.score >= $${countParams.length})::int AS total, count(*) FILTER (WHERE m.score < $${countParams.length})::int AS below ${countFrom}`,
        countParams,
      ),
    ]);
    const items = rows.map((r) => ({
      scenario: { id: r.id, title: r.title, domain: r.domain, agency: r.agency, deadline: r.deadline, batch: r.batch, status: r.status },
      score: r.score,
      reasons: r.reasons,
    }));
    return { ...pageOf(items, counted[0]?.total ?? 0, query), minScore, belowMinScore: counted[0]?.below ?? 0, dismissed: 0 };
  }

  async matches(scenarioId: string, actor: Actor, query: MatchesQueryDto): Promise<MatchPage> {
    await this.requireScenarioOwner(scenarioId, actor);
    const rows = await this.dataSource.query<Array<{ id: string; name: string; verified: boolean; listed: string; score: number; reasons: string[]; total: string }>>(
      `SELECT o.id, o.name, o.verified, (SELECT count(*) FROM ${PRODUCTS} p WHERE p.organisation_id = o.id AND p.status = 'listed') AS listed,
              m.score, m.reasons, count(*) OVER () AS total
         FROM match_results m JOIN ${ORGANISATIONS} o ON o.id = m.organisation_id
        WHERE m.scenario_id = $1 AND m.score > 0
        ORDER BY m.score DESC, o.name
        LIMIT $2 OFFSET $3`,
      [scenarioId, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const invited = await this.feedback.scenarioInvitations(scenarioId, rows.map((r) => r.id));
    const items = rows.map((r) => ({
      enterprise: { id: r.id, name: r.name, verified: r.verified, listedProducts: Number(r.listed) },
      score: r.score,
      reasons: r.reasons,
      invitation: invited.byCompany.get(r.id) ?? null,
    }));
    return { ...pageOf(items, rows.length ? Number(rows[0].total) : 0, query), invitations: { total: invited.total, applied: invited.applied } };
  }

  /** Why this pair scores what it does (or why not), computed now from the current data. */
  async explain(scenarioId: string, organisationId: string, actor: Actor): Promise<ExplanationView> {
    const scenarioRow = await scenarioOwnership(this.dataSource, scenarioId);
    const mayRead =
      isStaff(actor) ||
      (actor.role === 'agency' && scenarioRow?.agency_id === actor.organisationId) ||
      (actor.role === 'enterprise' && actor.organisationId === organisationId && scenarioRow?.status === 'published');
    Access.requireVisible(!!scenarioRow && mayRead, '匹配结果');
    const manager = this.dataSource.manager;
    const [scenario] = await loadScenarios(manager, [scenarioId], { anyStatus: true });
    const [company] = await loadCompanies(manager, [organisationId]);
    Access.requireVisible(!!scenario && !!company, '匹配结果');
    const model = await this.currentModel();
    const index = new MatchIndex(model);
    index.upsertScenario(model.scenarioProfile(scenario));
    index.upsertCompany(model.companyProfile(company));
    const e = index.explain(scenarioId, organisationId);
    return { scenario: { id: scenario.id, title: scenario.title }, enterprise: { id: company.id, name: company.name }, ...e };
  }

  async requestRebuild(actor: Actor, meta: RequestMeta): Promise<RebuildView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const running = await manager.query<Array<{ id: string }>>(`SELECT id FROM matching_rebuilds WHERE ${REBUILD_UNDER_WAY}`);
      if (running[0]) {
        // Joining the rebuild already under way is still a request someone made: on the record.
        await this.audit.record({ action: 'matching.rebuild', actor, entityType: 'matching-rebuild', entityId: running[0].id, meta, details: { joinedRunning: true } }, manager);
        return running[0].id;
      }
      const id = await startRebuild(manager, this.outbox, actor.userId);
      await this.audit.record({ action: 'matching.rebuild', actor, entityType: 'matching-rebuild', entityId: id, meta }, manager);
      return id;
    });
    return this.rebuild(id);
  }

  async rebuild(id: string): Promise<RebuildView> {
    const rows = await this.dataSource.query<RebuildRow[]>(
      `SELECT id, status, shards, shards_done, scenarios, companies, pairs_kept, started_at, finished_at, error FROM matching_rebuilds WHERE id = $1`,
      [id],
    );
    Access.requireVisible(!!rows[0], '重建任务');
    const r = rows[0];
    return {
      id: r.id,
      status: r.status,
      shards: r.shards,
      shardsDone: r.shards_done,
      scenarios: r.scenarios,
      companies: r.companies,
      pairsKept: r.pairs_kept,
      startedAt: r.started_at.toISOString(),
      finishedAt: r.finished_at?.toISOString() ?? null,
      error: r.error,
    };
  }

  async latestRebuilds(): Promise<RebuildView[]> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(`SELECT id FROM matching_rebuilds ORDER BY started_at DESC LIMIT 10`);
    return Promise.all(rows.map((r) => this.rebuild(r.id)));
  }

  private async requireScenarioOwner(id: string, actor: Actor): Promise<void> {
    const row = await scenarioOwnership(this.dataSource, id);
    const visible = !!row && (isStaff(actor) || (actor.role === 'agency' && row.agency_id === actor.organisationId));
    if (row && !visible && ['published', 'closed'].includes(row.status)) throw new ForbiddenException('只有发榜单位和服务中心可以查看匹配企业');
    Access.requireVisible(visible, '场景');
  }

  private currentModel(): Promise<MatchingModel> {
    if (!this.model || Date.now() - this.model.at > 60_000) {
      // The worker's corpus statistics too, so that an explanation gives the score the list shows.
      const model = Promise.all([loadTaxonomy(this.dataSource.manager), loadCorpus(this.dataSource.manager)]).then(([t, corpus]) =>
        MatchingModel.fromTaxonomy(t, { synonyms: synonymPairs(), corpus: corpus?.stats }),
      );
      model.catch(() => (this.model = undefined));
      this.model = { at: Date.now(), model };
    }
    return this.model.model;
  }
}
