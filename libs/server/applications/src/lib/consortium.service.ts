import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationStatus, CONSORTIUM_MEMBER_STATE_LABELS, ConsortiumInvitationView, ConsortiumMemberState } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Access, Actor, beijingIsoSql, EFFECTIVE_DEADLINE_SQL, RequestMeta } from '@scenematch/server-common';
import { NotificationsService } from '@scenematch/server-notifications';
import { ORGANISATIONS, SCENARIO_BATCHES, SCENARIOS } from '@scenematch/server-data';
import { DataSource, EntityManager } from 'typeorm';

const ARTICLE_37 = '根据《招标投标法实施条例》第三十七条，联合体各方不得再以自己名义单独或者参加其他联合体投标同一项目';

interface BidHeader {
  id: string;
  scenario_id: string;
  scenario_title: string;
  lead_id: string;
  lead_name: string;
  status: ApplicationStatus;
  member_ids: string[];
}

interface InvitationRow {
  application_id: string;
  scenario_id: string;
  scenario_title: string;
  deadline: string | null;
  lead_id: string;
  lead_name: string;
  members: Array<{ id: string; name: string; state: ConsortiumMemberState }>;
  status: ConsortiumMemberState;
  application_status: ApplicationStatus;
  invited_at: Date;
  responded_at: Date | null;
}

/**
 * Consortia (联合体): a company named as a member of a bid is invited and must accept before the
 * bid can be submitted; a company in one bid on a scenario — as lead, or as an invited or
 * accepted member — may not bid alone or in another consortium on it (§37). Answers are only
 * possible while the bid is a draft: a submitted bid's consortium is fixed.
 *
 * What a lead learns is limited to its own members' answers: whether a member bids elsewhere on
 * the same scenario is sealed, so that is checked where the member itself acts (accepting, or
 * starting its own bid), never when it is named.
 */
@Injectable()
export class ConsortiumService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Serialises every §37 decision of one company on one scenario (its own bid, its acceptances). */
  private async lockCompanyOnScenario(manager: EntityManager, scenarioId: string, organisationId: string): Promise<void> {
    await manager.query<unknown>(`SELECT pg_advisory_xact_lock(hashtext('consortium'), hashtext($1 || ':' || $2))`, [scenarioId, organisationId]);
  }

  /** Why this company may not start its own bid on the scenario, or null. Takes the company's lock for the transaction. */
  async leadRefusal(manager: EntityManager, scenarioId: string, organisationId: string): Promise<string | null> {
    await this.lockCompanyOnScenario(manager, scenarioId, organisationId);
    const rows = await manager.query<Array<{ lead_name: string; status: ConsortiumMemberState }>>(
      `SELECT c.name AS lead_name, m.status FROM consortium_members m
         JOIN applications a ON a.id = m.application_id JOIN ${ORGANISATIONS} c ON c.id = a.organisation_id
        WHERE m.scenario_id = $1 AND m.organisation_id = $2 AND m.status IN ('invited', 'accepted') AND a.status <> 'withdrawn'
        ORDER BY (m.status = 'accepted') DESC, m.invited_at`,
      [scenarioId, organisationId],
    );
    if (!rows.length) return null;
    const accepted = rows.find((r) => r.status === 'accepted');
    if (accepted) return `贵单位已加入「${accepted.lead_name}」牵头的联合体申报该场景。${ARTICLE_37}。`;
    return `贵单位已受邀加入「${rows.map((r) => r.lead_name).join('」「')}」牵头的联合体申报该场景。${ARTICLE_37}；如不参加，请先在“我的申报”中拒绝邀请。`;
  }

  /** Refuses (409) a company's own bid on a scenario where it is already in a consortium. */
  async assertMayLead(manager: EntityManager, scenarioId: string, organisationId: string): Promise<void> {
    const refusal = await this.leadRefusal(manager, scenarioId, organisationId);
    if (refusal) throw new ConflictException({ statusCode: 409, message: refusal, errors: [{ field: 'consortium', message: refusal }] });
  }

  /** Why this company may not accept a place in this bid's consortium (it bids on the scenario otherwise), or null. */
  private async memberRefusal(manager: EntityManager, applicationId: string, scenarioId: string, organisationId: string): Promise<string | null> {
    const own = await manager.query<Array<{ status: ApplicationStatus }>>(
      `SELECT status FROM applications WHERE scenario_id = $1 AND organisation_id = $2 AND status <> 'withdrawn'`,
      [scenarioId, organisationId],
    );
    if (own.length) return `贵单位已以自己名义申报该场景（${own[0].status === 'draft' ? '草稿' : '已提交'}）。${ARTICLE_37}；如需加入联合体，请先撤回本单位的申报。`;
    const other = await manager.query<Array<{ lead_name: string }>>(
      `SELECT c.name AS lead_name FROM consortium_members m
         JOIN applications a ON a.id = m.application_id JOIN ${ORGANISATIONS} c ON c.id = a.organisation_id
        WHERE m.scenario_id = $1 AND m.organisation_id = $2 AND m.status = 'accepted' AND m.application_id <> $3 AND a.status <> 'withdrawn'`,
      [scenarioId, organisationId, applicationId],
    );
    if (other.length) return `贵单位已加入「${other[0].lead_name}」牵头的联合体申报该场景。${ARTICLE_37}。`;
    return null;
  }

  private async header(manager: EntityManager, applicationId: string, lock = false): Promise<BidHeader | undefined> {
    const rows = await manager.query<BidHeader[]>(
      `SELECT a.id, a.scenario_id, s.title AS scenario_title, a.organisation_id AS lead_id, c.name AS lead_name, a.status, a.member_ids
         FROM applications a JOIN ${SCENARIOS} s ON s.id = a.scenario_id JOIN ${ORGANISATIONS} c ON c.id = a.organisation_id
        WHERE a.id = $1 ${lock ? 'FOR UPDATE OF a' : ''}`,
      [applicationId],
    );
    return rows[0];
  }

  /**
   * Keeps the invitations in step with the members the lead names (call before `member_ids` is
   * written): new members are invited and told in-app and by mail, removed ones are dropped,
   * answers already given are kept. A submitted bid's consortium cannot change.
   */
  async syncMembers(manager: EntityManager, applicationId: string, memberIds: string[], actor: Actor, meta: RequestMeta): Promise<void> {
    const bid = await this.header(manager, applicationId);
    if (!bid) return;
    const wanted = [...new Set(memberIds)];
    const same = wanted.length === bid.member_ids.length && wanted.every((id) => bid.member_ids.includes(id));
    if (!same && bid.status !== 'draft') {
      throw new ConflictException({ statusCode: 409, message: '申报提交后不能变更联合体成员', errors: [{ field: 'memberIds', message: '申报提交后不能变更联合体成员' }] });
    }
    await manager.query<unknown>(`DELETE FROM consortium_members WHERE application_id = $1 AND organisation_id <> ALL($2::uuid[])`, [applicationId, wanted]);
    const invited = await manager.query<Array<{ organisation_id: string }>>(
      `INSERT INTO consortium_members (application_id, organisation_id, scenario_id)
       SELECT $1, m, $3 FROM unnest($2::uuid[]) AS m
       ON CONFLICT (application_id, organisation_id) DO NOTHING RETURNING organisation_id`,
      [applicationId, wanted, bid.scenario_id],
    );
    if (!invited.length) return;
    await this.notifications.notify(manager, { organisations: invited.map((r) => r.organisation_id) }, {
      kind: 'application.consortium.invited',
      title: `联合体邀请：${bid.lead_name} 邀请贵单位共同申报「${bid.scenario_title}」`,
      body: `请在“我的申报”中接受或拒绝。全部成员接受后，牵头单位才能提交申报；接受后，贵单位不得再单独或参加其他联合体申报该场景（《招标投标法实施条例》第三十七条）。`,
      link: '/me/applications',
    });
    await this.audit.record({ action: 'application.consortium.invite', actor, entityType: 'application', entityId: applicationId, meta, details: { invited: invited.length } }, manager);
  }

  /** Refuses (409, naming each member) a submission while any member has not accepted. */
  async assertAllAccepted(manager: EntityManager, applicationId: string): Promise<void> {
    const pending = await manager.query<Array<{ name: string; status: ConsortiumMemberState }>>(
      `SELECT o.name, coalesce(m.status, 'invited') AS status
         FROM applications a CROSS JOIN LATERAL unnest(a.member_ids) WITH ORDINALITY AS x(id, n)
         JOIN ${ORGANISATIONS} o ON o.id = x.id
         LEFT JOIN consortium_members m ON m.application_id = a.id AND m.organisation_id = x.id
        WHERE a.id = $1 AND coalesce(m.status, 'invited') <> 'accepted' ORDER BY x.n`,
      [applicationId],
    );
    if (!pending.length) return;
    const errors = pending.map((p) => ({ field: 'memberIds', message: `${p.name}：${p.status === 'declined' ? '已拒绝邀请，请移除该成员或重新选择' : '尚未接受邀请'}` }));
    throw new ConflictException({ statusCode: 409, message: '联合体成员全部接受邀请后才能提交申报', errors });
  }

  /** The bids this company is named in as a member (withdrawn bids left out), newest first. */
  async invitations(actor: Actor): Promise<ConsortiumInvitationView[]> {
    if (actor.role !== 'enterprise') throw new ForbiddenException('只有企业会收到联合体邀请');
    const rows = await this.dataSource.query<InvitationRow[]>(
      `SELECT m.application_id, a.scenario_id, s.title AS scenario_title, ${beijingIsoSql(EFFECTIVE_DEADLINE_SQL)} AS deadline,
              a.organisation_id AS lead_id, c.name AS lead_name, m.status, a.status AS application_status, m.invited_at, m.responded_at,
              coalesce((SELECT json_agg(json_build_object('id', o.id, 'name', o.name, 'state', coalesce(x.status, 'invited')) ORDER BY array_position(a.member_ids, o.id))
                          FROM ${ORGANISATIONS} o LEFT JOIN consortium_members x ON x.application_id = a.id AND x.organisation_id = o.id
                         WHERE o.id = ANY(a.member_ids)), '[]'::json) AS members
         FROM consortium_members m
         JOIN applications a ON a.id = m.application_id
         JOIN ${SCENARIOS} s ON s.id = a.scenario_id
         JOIN ${ORGANISATIONS} c ON c.id = a.organisation_id
         LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id
        WHERE m.organisation_id = $1 AND a.status <> 'withdrawn'
        ORDER BY m.invited_at DESC LIMIT 100`,
      [actor.organisationId],
    );
    const views: ConsortiumInvitationView[] = [];
    for (const r of rows) {
      const blockedReason = r.status !== 'accepted' && r.application_status === 'draft' ? await this.memberRefusal(this.dataSource.manager, r.application_id, r.scenario_id, actor.organisationId) : null;
      views.push({
        applicationId: r.application_id,
        scenario: { id: r.scenario_id, title: r.scenario_title, deadline: r.deadline },
        lead: { id: r.lead_id, name: r.lead_name },
        members: r.members,
        state: r.status,
        applicationStatus: r.application_status,
        invitedAt: r.invited_at.toISOString(),
        respondedAt: r.responded_at?.toISOString() ?? null,
        blockedReason,
      });
    }
    return views;
  }

  /**
   * The invited company answers. Accepting is refused (409, with the reason) where the company
   * bids on the scenario itself or is in another consortium on it; accepting declines its other
   * open invitations on the same scenario. A member may also leave again while the bid is a draft.
   */
  async respond(applicationId: string, answer: 'accept' | 'decline', actor: Actor, meta: RequestMeta, reason?: string): Promise<ConsortiumInvitationView> {
    if (actor.role !== 'enterprise') throw new ForbiddenException('只有受邀企业可以答复联合体邀请');
    await this.dataSource.transaction(async (manager) => {
      const bid = await this.header(manager, applicationId, true);
      const mine = bid
        ? await manager.query<Array<{ status: ConsortiumMemberState }>>(`SELECT status FROM consortium_members WHERE application_id = $1 AND organisation_id = $2 FOR UPDATE`, [applicationId, actor.organisationId])
        : [];
      Access.requireVisible(!!bid && mine.length > 0 && bid.status !== 'withdrawn', '联合体邀请');
      const header = bid as BidHeader;
      if (header.status !== 'draft') throw new ConflictException(`申报已${header.status === 'submitted' ? '提交' : '进入评审'}，联合体成员不能再变更`);
      const target: ConsortiumMemberState = answer === 'accept' ? 'accepted' : 'declined';
      if (mine[0].status === target) return;
      if (answer === 'accept') {
        await this.lockCompanyOnScenario(manager, header.scenario_id, actor.organisationId);
        const refusal = await this.memberRefusal(manager, applicationId, header.scenario_id, actor.organisationId);
        if (refusal) throw new ConflictException({ statusCode: 409, message: refusal, errors: [{ field: 'consortium', message: refusal }] });
      }
      await manager.query<unknown>(
        `UPDATE consortium_members SET status = $3, responded_at = now(), decline_reason = $4 WHERE application_id = $1 AND organisation_id = $2`,
        [applicationId, actor.organisationId, target, answer === 'decline' ? (reason ?? null) : null],
      );
      const me = await manager.query<Array<{ name: string }>>(`SELECT name FROM ${ORGANISATIONS} o WHERE id = $1`, [actor.organisationId]);
      await this.notifications.notify(manager, { organisations: [header.lead_id] }, {
        kind: `application.consortium.${target}`,
        title: `${me[0].name}${answer === 'accept' ? '已接受' : '已拒绝'}联合体邀请：${header.scenario_title}`,
        body: answer === 'accept' ? '全部成员接受后即可提交申报。' : reason ? `原因：${reason}` : '请移除该成员或另行选择成员后再提交。',
        link: `/me/applications/${applicationId}/edit`,
      });
      if (answer === 'accept') {
        // One consortium per company and scenario: its other open invitations there lapse.
        // An UPDATE … RETURNING answers [rows, count] (the pair's length of 2 notified nobody, as two undefined organisations).
        const [lapsed] = await manager.query<[Array<{ application_id: string; lead_id: string }>, number]>(
          `UPDATE consortium_members m SET status = 'declined', responded_at = now()
             FROM applications a
            WHERE a.id = m.application_id AND m.scenario_id = $1 AND m.organisation_id = $2 AND m.application_id <> $3 AND m.status = 'invited'
           RETURNING m.application_id, a.organisation_id AS lead_id`,
          [header.scenario_id, actor.organisationId, applicationId],
        );
        if (lapsed.length) {
          await this.notifications.notify(manager, { organisations: lapsed.map((l) => l.lead_id) }, {
            kind: 'application.consortium.declined',
            title: `${me[0].name}已拒绝联合体邀请：${header.scenario_title}`,
            body: '请移除该成员或另行选择成员后再提交。',
            link: '/me/applications',
          });
        }
      }
      await this.audit.record({ action: `application.consortium.${answer}`, actor, entityType: 'application', entityId: applicationId, meta, details: { state: CONSORTIUM_MEMBER_STATE_LABELS[target] } }, manager);
    });
    const views = await this.invitations(actor);
    return views.find((v) => v.applicationId === applicationId) as ConsortiumInvitationView;
  }
}
