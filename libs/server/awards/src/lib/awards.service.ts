import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NoticeView, ObjectionView, Page, ScenarioStageView } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Access, Actor, EFFECTIVE_DEADLINE_SQL, FieldValidationException, isStaff, pageOf, recordStatusEvents, RequestMeta } from '@scenematch/server-common';
import { JobName, OutboxService } from '@scenematch/server-queue';
import { NotificationsService } from '@scenematch/server-notifications';
import { APPLICATIONS, markOthersNotSelected, ORGANISATIONS, SCENARIO_BATCHES, SCENARIOS, setApplicationsStatus, setScenarioStage } from '@scenematch/server-data';
import { DataSource, EntityManager } from 'typeorm';
import { confirmationRefusal, decisionRefusal, mayPropose, objectionRefusal, stageFrom, visibleObjections } from './award-rules';

const NOTICE_SQL = `
  SELECT w.id, w.scenario_id, s.title, ag.name AS agency, w.status, w.notice_starts_at, w.notice_ends_at,
         coalesce((SELECT json_agg(json_build_object('applicationId', a.id, 'company', o.name, 'quote', a.quote) ORDER BY o.name)
                     FROM ${APPLICATIONS} a JOIN ${ORGANISATIONS} o ON o.id = a.organisation_id WHERE a.id = ANY(w.application_ids)), '[]'::json) AS winners,
         (SELECT count(*) FROM award_objections x WHERE x.award_id = w.id AND x.status = 'pending') AS pending,
         (SELECT count(*) FROM award_objections x WHERE x.award_id = w.id) AS total
    FROM awards w JOIN ${SCENARIOS} s ON s.id = w.scenario_id JOIN ${ORGANISATIONS} ag ON ag.id = s.agency_id`;

interface NoticeRow {
  id: string;
  scenario_id: string;
  title: string;
  agency: string;
  status: NoticeView['status'];
  notice_starts_at: Date;
  notice_ends_at: Date;
  winners: Array<{ applicationId: string; company: string; quote: string }>;
  pending: string;
  total: string;
}

const toNotice = (r: NoticeRow): NoticeView => ({
  id: r.id,
  scenario: { id: r.scenario_id, title: r.title, agency: r.agency },
  winners: r.winners.map((w) => ({ ...w, quote: Number(w.quote) })),
  status: r.status,
  noticeStartsAt: r.notice_starts_at.toISOString(),
  noticeEndsAt: r.notice_ends_at.toISOString(),
  objections: { pending: Number(r.pending), total: Number(r.total) },
});

/**
 * Award and public notice (公示): the organiser proposes the selected application(s); the notice
 * runs for N days open to objections; an upheld objection overturns the award; afterwards the
 * award is confirmed and the scenario moves on to pilot and acceptance.
 */
@Injectable()
export class AwardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
  ) {}

  async propose(scenarioId: string, applicationIds: string[], noticeDays: number, actor: Actor, meta: RequestMeta): Promise<NoticeView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const scenario = await this.lockScenario(manager, scenarioId);
      if (!mayPropose(scenario)) throw new ConflictException('场景截止申报后才能确定揭榜单位');
      // A scenario still listed as open (its deadline passed) leaves the recommendations now.
      if (scenario.status === 'published') await this.outbox.publish(manager, JobName.ScenarioClosed, { scenarioId });
      const apps = await manager.query<Array<{ id: string; status: string }>>(
        `SELECT id, status FROM ${APPLICATIONS} a WHERE scenario_id = $1 AND id = ANY($2::uuid[]) FOR UPDATE`,
        [scenarioId, applicationIds],
      );
      if (apps.length !== new Set(applicationIds).size) throw FieldValidationException.single('applicationIds', '只能选择本场景的申报');
      if (apps.some((a) => a.status !== 'under_review')) throw new ConflictException('只能选择已完成专家评审的申报');
      const live = await manager.query<Array<{ id: string }>>(`SELECT id FROM awards WHERE scenario_id = $1 AND status <> 'overturned'`, [scenarioId]);
      if (live[0]) throw new ConflictException('该场景已有拟揭榜结果');
      const rows = await manager.query<Array<{ id: string }>>(
        `INSERT INTO awards (scenario_id, application_ids, notice_days, notice_ends_at, proposed_by)
         VALUES ($1, $2, $3, now() + make_interval(days => $3), $4) RETURNING id`,
        [scenarioId, applicationIds, noticeDays, actor.userId],
      );
      await setApplicationsStatus(manager, applicationIds, 'selected');
      await setScenarioStage(manager, scenarioId, 'evaluating');
      await recordStatusEvents(manager, 'scenario', scenarioId, scenario.status, 'evaluating', actor, `公示 ${noticeDays} 天`);
      const parties = await manager.query<Array<{ organisation_id: string; selected: boolean }>>(
        `SELECT organisation_id, id = ANY($2::uuid[]) AS selected FROM ${APPLICATIONS} a WHERE scenario_id = $1 AND status NOT IN ('draft', 'withdrawn')`,
        [scenarioId, applicationIds],
      );
      const winners = parties.filter((p) => p.selected).map((p) => p.organisation_id);
      const others = parties.filter((p) => !p.selected).map((p) => p.organisation_id);
      await this.notifications.notify(manager, { organisations: winners }, { kind: 'award.proposed', title: '您的申报拟揭榜，正在公示', body: `公示 ${noticeDays} 天。`, link: '/notices' });
      if (others.length) await this.notifications.notify(manager, { organisations: others }, { kind: 'award.result', title: '揭榜结果已公示', body: '公示期内可提出异议。', link: '/notices' });
      await this.audit.record({ action: 'award.propose', actor, entityType: 'scenario', entityId: scenarioId, meta, details: { applicationIds, noticeDays } }, manager);
      return rows[0].id;
    });
    return this.notice(id);
  }

  async notices(query: { page: number; pageSize: number }): Promise<Page<NoticeView>> {
    const rows = await this.dataSource.query<NoticeRow[]>(
      `${NOTICE_SQL} WHERE w.status <> 'overturned' ORDER BY w.notice_starts_at DESC LIMIT $1 OFFSET $2`,
      [query.pageSize, (query.page - 1) * query.pageSize],
    );
    const counted = await this.dataSource.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM awards WHERE status <> 'overturned'`);
    return pageOf(rows.map(toNotice), Number(counted[0].n), query);
  }

  async notice(id: string): Promise<NoticeView> {
    const rows = await this.dataSource.query<NoticeRow[]>(`${NOTICE_SQL} WHERE w.id = $1`, [id]);
    Access.requireVisible(!!rows[0], '公示');
    return toNotice(rows[0]);
  }

  /** Any signed-in organisation may object while the notice runs. */
  async object(awardId: string, reason: string, actor: Actor, meta: RequestMeta): Promise<ObjectionView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const award = await manager.query<Array<{ status: string; open: boolean }>>(
        `SELECT status, now() < notice_ends_at AS open FROM awards WHERE id = $1 FOR UPDATE`,
        [awardId],
      );
      const refusal = objectionRefusal(award[0]);
      Access.requireVisible(refusal !== 'not_found', '公示');
      if (refusal === 'notice_over') throw new ConflictException('公示期已结束，不能再提出异议');
      const rows = await manager.query<Array<{ id: string }>>(
        `INSERT INTO award_objections (award_id, organisation_id, user_id, reason) VALUES ($1, $2, $3, $4) RETURNING id`,
        [awardId, actor.organisationId, actor.userId, reason],
      );
      await this.notifications.notify(manager, { staff: true }, { kind: 'award.objection', title: '公示收到新的异议', body: reason.slice(0, 200), link: '/notices' });
      await this.audit.record({ action: 'award.object', actor, entityType: 'award', entityId: awardId, meta }, manager);
      return rows[0].id;
    });
    return (await this.objections(awardId, actor)).find((o) => o.id === id) as ObjectionView;
  }

  /** Objections: staff see all; an organisation sees its own. */
  async objections(awardId: string, actor: Actor): Promise<ObjectionView[]> {
    const rows = await this.dataSource.query<Array<{ id: string; award_id: string; organisation: string; organisation_id: string; reason: string; status: ObjectionView['status']; response: string | null; created_at: Date }>>(
      `SELECT x.id, x.award_id, o.name AS organisation, x.organisation_id, x.reason, x.status, x.response, x.created_at
         FROM award_objections x JOIN ${ORGANISATIONS} o ON o.id = x.organisation_id WHERE x.award_id = $1 ORDER BY x.created_at`,
      [awardId],
    );
    return visibleObjections(rows, { staff: isStaff(actor), organisationId: actor.organisationId })
      .map((r) => ({ id: r.id, awardId: r.award_id, organisation: r.organisation, reason: r.reason, status: r.status, response: r.response, createdAt: r.created_at.toISOString() }));
  }

  /** Upholding an objection overturns the award: its applications go back to review. */
  async decide(objectionId: string, decision: 'upheld' | 'dismissed', response: string, actor: Actor, meta: RequestMeta): Promise<NoticeView> {
    const awardId = await this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<Array<{ award_id: string; status: string; award_status: string; scenario_id: string; application_ids: string[] }>>(
        `SELECT x.award_id, x.status, w.status AS award_status, w.scenario_id, w.application_ids
           FROM award_objections x JOIN awards w ON w.id = x.award_id WHERE x.id = $1 FOR UPDATE OF x, w`,
        [objectionId],
      );
      Access.requireVisible(!!rows[0], '异议');
      const x = rows[0];
      const refusal = decisionRefusal(x);
      if (refusal === 'decided') throw new ConflictException('该异议已处理');
      if (refusal === 'notice_over') throw new ConflictException('公示已结束');
      await manager.query<unknown>(`UPDATE award_objections SET status = $2, response = $3, decided_by = $4, decided_at = now() WHERE id = $1`, [objectionId, decision, response, actor.userId]);
      const objector = await manager.query<Array<{ user_id: string }>>(`SELECT user_id FROM award_objections WHERE id = $1`, [objectionId]);
      await this.notifications.notify(manager, { users: [objector[0].user_id] }, {
        kind: `award.objection.${decision}`,
        title: decision === 'upheld' ? '您提出的异议成立' : '您提出的异议不成立',
        body: response,
        link: '/notices',
      });
      if (decision === 'upheld') {
        await manager.query<unknown>(`UPDATE awards SET status = 'overturned', decided_by = $2, decided_at = now() WHERE id = $1`, [x.award_id, actor.userId]);
        await setApplicationsStatus(manager, x.application_ids, 'under_review');
      }
      await this.audit.record({ action: `award.objection.${decision}`, actor, entityType: 'award', entityId: x.award_id, meta, details: { objectionId } }, manager);
      return x.award_id;
    });
    return this.notice(awardId);
  }

  /** After the notice, with every objection dismissed: the award stands and the scenario is awarded. */
  async confirm(awardId: string, actor: Actor, meta: RequestMeta): Promise<NoticeView> {
    await this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<Array<{ status: string; over: boolean; scenario_id: string; application_ids: string[]; pending: string }>>(
        `SELECT w.status, now() >= w.notice_ends_at AS over, w.scenario_id, w.application_ids,
                (SELECT count(*) FROM award_objections x WHERE x.award_id = w.id AND x.status = 'pending') AS pending
           FROM awards w WHERE w.id = $1 FOR UPDATE`,
        [awardId],
      );
      Access.requireVisible(!!rows[0], '公示');
      const w = rows[0];
      const refusal = confirmationRefusal({ status: w.status, over: w.over, pending: Number(w.pending) });
      if (refusal === 'not_in_notice') throw new ConflictException('该公示已结束');
      if (refusal === 'notice_running') throw new ConflictException('公示期尚未结束');
      if (refusal === 'objections_pending') throw new ConflictException('尚有未处理的异议');
      await manager.query<unknown>(`UPDATE awards SET status = 'confirmed', decided_by = $2, decided_at = now() WHERE id = $1`, [awardId, actor.userId]);
      await markOthersNotSelected(manager, w.scenario_id, w.application_ids);
      await setScenarioStage(manager, w.scenario_id, 'awarded');
      await recordStatusEvents(manager, 'scenario', w.scenario_id, 'evaluating', 'awarded', actor, '公示期满，揭榜成功');
      await this.notifyParties(manager, w.scenario_id, w.application_ids, 'award.confirmed', '揭榜成功，公示期满', '请与发榜单位对接试点。');
      await this.audit.record({ action: 'award.confirm', actor, entityType: 'award', entityId: awardId, meta }, manager);
    });
    return this.notice(awardId);
  }

  /** awarded → piloting → accepted (with the acceptance report). */
  async advance(scenarioId: string, to: ScenarioStageView['status'], actor: Actor, meta: RequestMeta, report?: string): Promise<ScenarioStageView> {
    await this.dataSource.transaction(async (manager) => {
      const s = await this.lockScenario(manager, scenarioId);
      const from = stageFrom(to);
      if (s.status !== from) throw new ConflictException(to === 'piloting' ? '揭榜成功后才能开始试点' : '试点中的场景才能验收');
      if (to === 'accepted' && !report) throw FieldValidationException.single('report', '请填写验收报告');
      await setScenarioStage(manager, scenarioId, to, report ?? null);
      await recordStatusEvents(manager, 'scenario', scenarioId, from, to, actor);
      const winners = await manager.query<Array<{ application_ids: string[] }>>(`SELECT application_ids FROM awards WHERE scenario_id = $1 AND status = 'confirmed'`, [scenarioId]);
      await this.notifyParties(manager, scenarioId, winners[0]?.application_ids ?? [], `scenario.${to}`, to === 'piloting' ? '场景进入试点' : '试点已通过验收', '');
      await this.audit.record({ action: `scenario.${to === 'piloting' ? 'pilot' : 'accept'}`, actor, entityType: 'scenario', entityId: scenarioId, meta }, manager);
    });
    return { status: to };
  }

  /** Tells the winning companies (and consortium members) and the owning agency. */
  private async notifyParties(manager: EntityManager, scenarioId: string, applicationIds: string[], kind: string, title: string, body: string): Promise<void> {
    const rows = await manager.query<Array<{ title: string; agency_id: string; orgs: string[] | null }>>(
      `SELECT s.title, s.agency_id,
              (SELECT array_agg(DISTINCT x) FROM ${APPLICATIONS} a, unnest(a.member_ids || a.organisation_id) x WHERE a.id = ANY($2::uuid[])) AS orgs
         FROM ${SCENARIOS} s WHERE s.id = $1`,
      [scenarioId, applicationIds],
    );
    const r = rows[0];
    await this.notifications.notify(manager, { organisations: [r.agency_id, ...(r.orgs ?? [])] }, { kind, title: `${title}：${r.title}`, body, link: `/scenarios/${scenarioId}` });
  }

  private async lockScenario(manager: EntityManager, id: string): Promise<{ status: string; deadline_at: Date | null }> {
    const rows = await manager.query<Array<{ status: string; deadline_at: Date | null }>>(
      `SELECT s.status, ${EFFECTIVE_DEADLINE_SQL} AS deadline_at
         FROM ${SCENARIOS} s LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id WHERE s.id = $1 FOR UPDATE OF s`,
      [id],
    );
    Access.requireVisible(!!rows[0], '场景');
    return rows[0];
  }
}
