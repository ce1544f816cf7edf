import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DismissalView,
  formatBeijing,
  PUBLIC_SCENARIO_STATUSES,
  DismissReason,
  InvitationView,
  MatchInvitation,
  Page,
  RecommendationInvitation,
  RecommendationPage,
  RecommendationView,
} from '@scenematch/contracts';
import { biddingClosed } from '@scenematch/server-applications';
import { AuditService } from '@scenematch/server-audit';
import { Access, Actor, beijingIsoSql, EFFECTIVE_DEADLINE_SQL, FieldValidationException, pageOf, RequestMeta } from '@scenematch/server-common';
import { APPLICATIONS, CAPABILITIES, DOMAINS, ORGANISATIONS, organisationsByIds, SCENARIO_BATCHES, SCENARIOS, scenarioTitlesInStatus } from '@scenematch/server-data';
import { returningRows, VersionedCache } from '@scenematch/server-database';
import { NotificationsService } from '@scenematch/server-notifications';
import { DataSource, EntityManager } from 'typeorm';
import { addRecommendationFilters, MATCHABLE_STATUSES } from './matching-data';
import { FeedbackCandidate, FeedbackDismissal, rankWithFeedback, TitleStats, titleStats, titleTerms } from './matching-feedback';
import { DismissalQueryDto, DismissDto, InvitationDto } from './matching.dto';

/** The notification a company gets when invited to apply (category `invitation`, 揭榜邀请). */
export const INVITATION_KIND = 'invitation.scenario';

/** A scenario as invitations need it; the deadline as applications read it (the batch's when it has none). */
interface ScenarioRow {
  id: string;
  title: string;
  status: string;
  agency_id: string;
  agency: string;
  deadline: Date | null;
}

/** A company's signals, as the recommendation ranking reads them. */
export interface CompanySignals {
  dismissals: FeedbackDismissal[];
  invitations: Map<string, RecommendationInvitation>;
}

/**
 * People's signals on matches: a company dismissing a recommended scenario (不感兴趣), which only
 * that company sees and can undo, and a scenario's unit or the service centre inviting a company
 * to apply (邀请揭榜), once per scenario and company, with an in-app notification (and a mail,
 * by the company's settings) written in the same transaction.
 */
@Injectable()
export class MatchFeedbackService {
  /** Title term statistics of every scenario anyone may see, kept until the scenarios change. */
  private readonly corpus: VersionedCache<TitleStats>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {
    this.corpus = new VersionedCache(dataSource, 'scenarios', 2);
  }

  private titleCorpus(): Promise<TitleStats> {
    return this.corpus.get('titles', async () => {
      const titles = await scenarioTitlesInStatus(this.dataSource, PUBLIC_SCENARIO_STATUSES);
      return titleStats(titles.map(titleTerms));
    });
  }

  async dismiss(actor: Actor, scenarioId: string, dto: DismissDto, meta: RequestMeta): Promise<DismissalView> {
    if (actor.role !== 'enterprise') throw new ForbiddenException('只有企业可以标记不感兴趣');
    await this.dataSource.transaction(async (manager) => {
      const scenario = await this.scenario(manager, scenarioId);
      Access.requireVisible(!!scenario && (PUBLIC_SCENARIO_STATUSES as readonly string[]).includes(scenario.status), '场景');
      if (scenario?.status !== 'published') throw new ConflictException('该场景已不在征集中，无需标记');
      await manager.query<unknown>(
        `INSERT INTO match_dismissals (organisation_id, scenario_id, reason, note, created_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (organisation_id, scenario_id) DO UPDATE SET reason = EXCLUDED.reason, note = EXCLUDED.note, created_by = EXCLUDED.created_by, created_at = now()`,
        [actor.organisationId, scenarioId, dto.reason ?? null, dto.note ?? '', actor.userId],
      );
      await this.audit.record(
        { action: 'match.dismiss', actor, entityType: 'scenario', entityId: scenarioId, meta, details: { reason: dto.reason ?? null } },
        manager,
      );
    });
    const page = await this.dismissals(actor.organisationId, [scenarioId], 1, 1);
    return page.items[0];
  }

  /** Undoes a dismissal (恢复): the scenario is recommended again. Another company's is not found. */
  async restore(actor: Actor, scenarioId: string, meta: RequestMeta): Promise<void> {
    if (actor.role !== 'enterprise') throw new ForbiddenException('只有企业可以恢复推荐');
    await this.dataSource.transaction(async (manager) => {
      const deleted = returningRows(
        await manager.query<[Array<{ scenario_id: string }>, number]>(`DELETE FROM match_dismissals WHERE organisation_id = $1 AND scenario_id = $2 RETURNING scenario_id`, [actor.organisationId, scenarioId]),
      );
      if (!deleted.length) throw new NotFoundException('没有该场景的不感兴趣记录');
      await this.audit.record({ action: 'match.restore', actor, entityType: 'scenario', entityId: scenarioId, meta }, manager);
    });
  }

  /** The caller's company's dismissals, newest first. */
  async dismissed(actor: Actor, query: DismissalQueryDto): Promise<Page<DismissalView>> {
    if (actor.role !== 'enterprise') throw new ForbiddenException('推荐仅面向企业');
    return this.dismissals(actor.organisationId, null, query.page, query.pageSize);
  }

  private async dismissals(organisationId: string, ids: string[] | null, page: number, pageSize: number): Promise<Page<DismissalView>> {
    const rows = await this.dataSource.query<Array<{ id: string; title: string; domain: string; agency: string; status: string; reason: DismissReason | null; note: string; created_at: Date; total: string }>>(
      `SELECT s.id, s.title, d.name AS domain, o.name AS agency, s.status, md.reason, md.note, md.created_at, count(*) OVER () AS total
         FROM match_dismissals md
         JOIN ${SCENARIOS} s ON s.id = md.scenario_id
         JOIN ${DOMAINS} d ON d.code = s.domain_code
         JOIN ${ORGANISATIONS} o ON o.id = s.agency_id
        WHERE md.organisation_id = $1 AND ($2::uuid[] IS NULL OR md.scenario_id = ANY($2::uuid[]))
        ORDER BY md.created_at DESC, s.id
        LIMIT $3 OFFSET $4`,
      [organisationId, ids, pageSize, (page - 1) * pageSize],
    );
    const items = rows.map((r) => ({
      scenario: { id: r.id, title: r.title, domain: r.domain, agency: r.agency, status: r.status },
      reason: r.reason,
      note: r.note,
      dismissedAt: r.created_at.toISOString(),
    }));
    return pageOf(items, rows.length ? Number(rows[0].total) : 0, { page, pageSize });
  }

  /**
   * Invites a company to apply for a published scenario still taking applications. The owning
   * unit or an organiser may; inviting the same company again answers the first invitation
   * (`created: false`) and notifies nobody twice.
   */
  async invite(actor: Actor, scenarioId: string, dto: InvitationDto, meta: RequestMeta): Promise<InvitationView> {
    const result = await this.dataSource.transaction(async (manager) => {
      const scenario = await this.scenario(manager, scenarioId, true);
      const own = !!scenario && actor.role === 'agency' && scenario.agency_id === actor.organisationId;
      const mayInvite = own || (actor.role === 'organiser' && !!scenario);
      if (!mayInvite) {
        Access.requireVisible(!!scenario && (PUBLIC_SCENARIO_STATUSES as readonly string[]).includes(scenario.status), '场景');
        throw new ForbiddenException('只有发榜单位和服务中心可以邀请企业揭榜');
      }
      if (!scenario) throw new NotFoundException('场景不存在或无权查看');
      if (scenario.status !== 'published') throw new ConflictException('只能为已发布、正在征集的场景邀请企业揭榜');
      if (biddingClosed(scenario.deadline, scenario.status)) throw new ConflictException('该场景申报已截止，不能再邀请企业');
      const company = (await organisationsByIds(manager, [dto.organisationId])).find((o) => o.type === 'enterprise');
      if (!company) throw FieldValidationException.single('organisationId', '该企业不存在');

      const inserted = await manager.query<Array<{ id: string }>>(
        `INSERT INTO match_invitations (scenario_id, organisation_id, inviter_organisation_id, invited_by, message)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (scenario_id, organisation_id) DO NOTHING RETURNING id`,
        [scenarioId, company.id, actor.organisationId, actor.userId, dto.message ?? ''],
      );
      const created = inserted.length > 0;
      const rows = await manager.query<Array<{ id: string; by: string; message: string; created_at: Date }>>(
        `SELECT mi.id, o.name AS by, mi.message, mi.created_at FROM match_invitations mi JOIN ${ORGANISATIONS} o ON o.id = mi.inviter_organisation_id
          WHERE mi.scenario_id = $1 AND mi.organisation_id = $2`,
        [scenarioId, company.id],
      );
      const invitation = rows[0];
      if (created) {
        const note = invitation.message ? `\n留言：${invitation.message}` : '';
        await this.notifications.notify(
          manager,
          { organisations: [company.id] },
          {
            kind: INVITATION_KIND,
            title: `邀请揭榜：${scenario.title}`,
            body: `${invitation.by}邀请贵企业申报场景「${scenario.title}」（发榜单位：${scenario.agency}${scenario.deadline ? `，截止 ${formatBeijing(scenario.deadline)}` : ''}）。${note}`,
            link: `/scenarios/${scenarioId}`,
          },
        );
        await this.audit.record(
          { action: 'match.invite', actor, entityType: 'scenario', entityId: scenarioId, meta, details: { organisationId: company.id, invitationId: invitation.id } },
          manager,
        );
      } else {
        // Asking again changes nothing, but it was a request someone made: on the record.
        await this.audit.record(
          { action: 'match.invite', actor, entityType: 'scenario', entityId: scenarioId, meta, details: { organisationId: company.id, invitationId: invitation.id, alreadyInvited: true } },
          manager,
        );
      }
      return { scenario, company, invitation, created };
    });
    return {
      id: result.invitation.id,
      scenario: { id: result.scenario.id, title: result.scenario.title },
      enterprise: { id: result.company.id, name: result.company.name },
      by: result.invitation.by,
      message: result.invitation.message,
      at: result.invitation.created_at.toISOString(),
      created: result.created,
    };
  }

  /**
   * One page of a company's recommendations ranked with its signals (see rankWithFeedback): the
   * light rows of every candidate under the filters are ranked in memory — a company's kept
   * matches number in the thousands at most — then the page's rows are read in full.
   */
  async rankedRecommendations(
    organisationId: string,
    signals: CompanySignals,
    filters: { domain?: string; deadlineFrom?: string; minScore: number; page: number; pageSize: number },
  ): Promise<RecommendationPage> {
    const params: unknown[] = [organisationId, MATCHABLE_STATUSES, [...signals.invitations.keys()]];
    const where = [`s.status = ANY($2)`];
    addRecommendationFilters(filters, params, where);
    // Invited scenarios are listed even when the engine no longer keeps the pair.
    const rows = await this.dataSource.query<Array<{ id: string; title: string; domain_code: string; domain_name: string; capabilities: string[]; deadline: string | null; score: number }>>(
      `WITH c AS (
         SELECT m.scenario_id, m.score FROM match_results m WHERE m.organisation_id = $1 AND m.score > 0
         UNION ALL
         SELECT x, 0 FROM unnest($3::uuid[]) AS x
          WHERE NOT EXISTS (SELECT 1 FROM match_results m WHERE m.organisation_id = $1 AND m.scenario_id = x AND m.score > 0)
       )
       SELECT s.id, s.title, s.domain_code, d.name AS domain_name, ${beijingIsoSql('s.deadline')} AS deadline, c.score,
              coalesce((SELECT array_agg(k.name ORDER BY k.name) FROM ${CAPABILITIES} k WHERE k.code = ANY(s.capability_codes)), '{}') AS capabilities
         FROM c JOIN ${SCENARIOS} s ON s.id = c.scenario_id JOIN ${DOMAINS} d ON d.code = s.domain_code
        WHERE ${where.join(' AND ')}`,
      params,
    );
    const candidates: FeedbackCandidate[] = rows.map((r) => ({
      id: r.id,
      title: r.title,
      domainCode: r.domain_code,
      domainName: r.domain_name,
      capabilities: r.capabilities,
      deadline: r.deadline,
      score: r.score,
    }));
    const { ranked, belowMinScore } = rankWithFeedback(candidates, signals.dismissals, signals.invitations, filters.minScore, await this.titleCorpus());
    const slice = ranked.slice((filters.page - 1) * filters.pageSize, filters.page * filters.pageSize);
    const details = await this.dataSource.query<Array<{ id: string; title: string; domain: string; agency: string; deadline: string | null; batch: string | null; status: string; reasons: string[] | null }>>(
      `SELECT s.id, s.title, d.name AS domain, o.name AS agency, ${beijingIsoSql('s.deadline')} AS deadline, b.name AS batch, s.status, m.reasons
         FROM ${SCENARIOS} s JOIN ${DOMAINS} d ON d.code = s.domain_code JOIN ${ORGANISATIONS} o ON o.id = s.agency_id
         LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id
         LEFT JOIN match_results m ON m.scenario_id = s.id AND m.organisation_id = $1
        WHERE s.id = ANY($2::uuid[])`,
      [organisationId, slice.map((r) => r.id)],
    );
    const byId = new Map(details.map((d) => [d.id, d]));
    const items: RecommendationView[] = slice.flatMap((r) => {
      const d = byId.get(r.id);
      if (!d) return [];
      return [
        {
          scenario: { id: d.id, title: d.title, domain: d.domain, agency: d.agency, deadline: d.deadline, batch: d.batch, status: d.status },
          score: r.score,
          reasons: d.reasons ?? [],
          invitation: r.invitation,
          lowered: r.lowered,
        },
      ];
    });
    return { ...pageOf(items, ranked.length, filters), minScore: filters.minScore, belowMinScore, dismissed: signals.dismissals.length };
  }

  /** A company's dismissals (with what they are compared on) and invitations, for its ranking. */
  async companySignals(organisationId: string): Promise<CompanySignals> {
    const [dismissals, invitations] = await Promise.all([
      this.dataSource.query<Array<{ id: string; title: string; domain_code: string; domain_name: string; reason: DismissReason | null; capabilities: string[] }>>(
        `SELECT s.id, s.title, s.domain_code, d.name AS domain_name, md.reason,
                coalesce((SELECT array_agg(c.name ORDER BY c.name) FROM ${CAPABILITIES} c WHERE c.code = ANY(s.capability_codes)), '{}') AS capabilities
           FROM match_dismissals md JOIN ${SCENARIOS} s ON s.id = md.scenario_id JOIN ${DOMAINS} d ON d.code = s.domain_code
          WHERE md.organisation_id = $1`,
        [organisationId],
      ),
      this.dataSource.query<Array<{ scenario_id: string; by: string; message: string; created_at: Date }>>(
        `SELECT mi.scenario_id, o.name AS by, mi.message, mi.created_at
           FROM match_invitations mi JOIN ${ORGANISATIONS} o ON o.id = mi.inviter_organisation_id
          WHERE mi.organisation_id = $1`,
        [organisationId],
      ),
    ]);
    return {
      dismissals: dismissals.map((r) => ({ id: r.id, title: r.title, domainCode: r.domain_code, domainName: r.domain_name, capabilities: r.capabilities, reason: r.reason })),
      invitations: new Map(invitations.map((r) => [r.scenario_id, { by: r.by, at: r.created_at.toISOString(), message: r.message }])),
    };
  }

  /**
   * The invitations sent for a scenario: per company among `companyIds`, and in all. Whether an
   * invited company applied is told only once bids may be seen (after the deadline): before,
   * even who bid is sealed.
   */
  async scenarioInvitations(scenarioId: string, companyIds: string[]): Promise<{ byCompany: Map<string, MatchInvitation>; total: number; applied: number | null }> {
    const scenario = await this.scenario(this.dataSource.manager, scenarioId);
    const open = !scenario || !biddingClosed(scenario.deadline, scenario.status);
    const rows = await this.dataSource.query<Array<{ organisation_id: string; by: string; created_at: Date; applied: boolean }>>(
      `SELECT mi.organisation_id, o.name AS by, mi.created_at,
              EXISTS (SELECT 1 FROM ${APPLICATIONS} a
                       WHERE a.scenario_id = mi.scenario_id AND a.status NOT IN ('draft', 'withdrawn')
                         AND (a.organisation_id = mi.organisation_id OR mi.organisation_id = ANY(a.member_ids))) AS applied
         FROM match_invitations mi JOIN ${ORGANISATIONS} o ON o.id = mi.inviter_organisation_id
        WHERE mi.scenario_id = $1`,
      [scenarioId],
    );
    const wanted = new Set(companyIds);
    const byCompany = new Map<string, MatchInvitation>();
    for (const r of rows) {
      if (wanted.has(r.organisation_id)) byCompany.set(r.organisation_id, { by: r.by, at: r.created_at.toISOString(), applied: open ? null : r.applied });
    }
    return { byCompany, total: rows.length, applied: open ? null : rows.filter((r) => r.applied).length };
  }

  private async scenario(manager: EntityManager, id: string, lock = false): Promise<ScenarioRow | undefined> {
    const rows = await manager.query<ScenarioRow[]>(
      `SELECT s.id, s.title, s.status, s.agency_id, o.name AS agency, ${EFFECTIVE_DEADLINE_SQL} AS deadline
         FROM ${SCENARIOS} s JOIN ${ORGANISATIONS} o ON o.id = s.agency_id LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id WHERE s.id = $1 ${lock ? 'FOR SHARE OF s' : ''}`,
      [id],
    );
    return rows[0];
  }
}

