import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { aggregateReviews, ApplicationStatus, DEFAULT_RUBRIC, EvaluationView, ExpertOption, ReviewAssignment, ReviewResult, RubricCriterion } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Access, Actor, FieldValidationException, isStaff, recordStatusEvents, RequestMeta } from '@scenematch/server-common';
import { NotificationsService } from '@scenematch/server-notifications';
import { APPLICATIONS, ORGANISATIONS, SCENARIO_BATCHES, SCENARIOS, setApplicationsStatus, USERS } from '@scenematch/server-data';
import { DataSource, EntityManager } from 'typeorm';
import { isConflicted, scoreErrors, scoringRefusal } from './review-rules';

/** Expert review: assignments with recusal for conflicts, rubric scores, and the aggregate. */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Assigns experts to every shortlisted application of a scenario. An expert whose organisation
   * is the applicant or a consortium member is recused at once (a detected conflict).
   */
  async assign(scenarioId: string, expertIds: string[], actor: Actor, meta: RequestMeta): Promise<EvaluationView> {
    await this.dataSource.transaction(async (manager) => {
      const experts = await manager.query<Array<{ id: string; organisation_id: string }>>(
        `SELECT id, organisation_id FROM ${USERS} u WHERE id = ANY($1::uuid[]) AND role = 'expert'`,
        [expertIds],
      );
      if (experts.length !== new Set(expertIds).size) throw FieldValidationException.single('expertIds', '只能指派评审专家账号');
      const apps = await manager.query<Array<{ id: string; organisation_id: string; member_ids: string[]; status: string }>>(
        `SELECT id, organisation_id, member_ids, status FROM ${APPLICATIONS} a WHERE scenario_id = $1 AND status IN ('shortlisted', 'under_review') FOR UPDATE`,
        [scenarioId],
      );
      if (!apps.length) throw new ConflictException('该场景没有通过形式审查的申报');
      for (const a of apps) {
        for (const e of experts) {
          const conflicted = isConflicted(e.organisation_id, a);
          await manager.query<unknown>(
            `INSERT INTO review_assignments (application_id, expert_user_id, assigned_by, recused, recuse_reason)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (application_id, expert_user_id) DO NOTHING`,
            [a.id, e.id, actor.userId, conflicted, conflicted ? '利益冲突：专家所在单位为申报方或联合体成员' : null],
          );
        }
        if (a.status === 'shortlisted') {
          await setApplicationsStatus(manager, [a.id], 'under_review');
          await recordStatusEvents(manager, 'application', a.id, 'shortlisted', 'under_review', actor);
        }
      }
      await this.notifications.notify(manager, { users: experts.map((e) => e.id) }, {
        kind: 'review.assigned',
        title: `新的评审任务：${apps.length} 份申报`,
        body: '存在利益冲突的申报已自动回避。',
        link: '/review',
      });
      await this.audit.record({ action: 'review.assign', actor, entityType: 'scenario', entityId: scenarioId, meta, details: { experts: expertIds.length, applications: apps.length } }, manager);
    });
    return this.evaluation(scenarioId, actor);
  }

  /** The expert accounts the organiser can assign (with their organisation, for spotting conflicts). */
  async experts(): Promise<ExpertOption[]> {
    return this.dataSource.query<ExpertOption[]>(
      `SELECT u.id, u.display_name AS "displayName", o.name AS organisation
         FROM ${USERS} u JOIN ${ORGANISATIONS} o ON o.id = u.organisation_id WHERE u.role = 'expert' ORDER BY u.display_name`,
    );
  }

  async mine(actor: Actor): Promise<ReviewAssignment[]> {
    if (actor.role !== 'expert') throw new ForbiddenException('只有评审专家有评审任务');
    const rows =
      await this.dataSource.query<Array<{ application_id: string; scenario_id: string; title: string; company: string; recused: boolean; recuse_reason: string | null; reviewed: boolean; rubric: RubricCriterion[] | null }>>(
        `SELECT ra.application_id, s.id AS scenario_id, s.title, o.name AS company, ra.recused, ra.recuse_reason,
                EXISTS (SELECT 1 FROM reviews r WHERE r.application_id = ra.application_id AND r.expert_user_id = ra.expert_user_id) AS reviewed,
                b.rubric
           FROM review_assignments ra JOIN ${APPLICATIONS} a ON a.id = ra.application_id JOIN ${SCENARIOS} s ON s.id = a.scenario_id
           JOIN ${ORGANISATIONS} o ON o.id = a.organisation_id LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id
          WHERE ra.expert_user_id = $1 ORDER BY ra.assigned_at DESC`,
        [actor.userId],
      );
    return rows.map((r) => ({
      applicationId: r.application_id,
      scenario: { id: r.scenario_id, title: r.title },
      company: r.company,
      recused: r.recused,
      recuseReason: r.recuse_reason,
      reviewed: r.reviewed,
      rubric: r.rubric ?? DEFAULT_RUBRIC,
    }));
  }

  /** An assigned expert scores an application, or declares a conflict and is recused. */
  async submit(
    applicationId: string,
    dto: { scores?: Record<string, number>; comment?: string; conflictOfInterest?: boolean },
    actor: Actor,
    meta: RequestMeta,
  ): Promise<ReviewResult> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await manager.query<Array<{ recused: boolean; status: string; rubric: RubricCriterion[] | null }>>(
        `SELECT ra.recused, a.status, b.rubric FROM review_assignments ra JOIN ${APPLICATIONS} a ON a.id = ra.application_id
           JOIN ${SCENARIOS} s ON s.id = a.scenario_id LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id
          WHERE ra.application_id = $1 AND ra.expert_user_id = $2 FOR UPDATE OF ra`,
        [applicationId, actor.userId],
      );
      Access.requireVisible(!!assignment[0], '申报');
      const a = assignment[0];
      const refusal = scoringRefusal(a);
      if (refusal === 'recused') throw new ForbiddenException('您已因利益冲突回避该申报，不能评分');
      if (refusal === 'not_under_review') throw new ConflictException('该申报不在评审阶段');
      if (dto.conflictOfInterest) {
        await manager.query<unknown>(`UPDATE review_assignments SET recused = true, recuse_reason = '专家声明存在利益冲突' WHERE application_id = $1 AND expert_user_id = $2`, [applicationId, actor.userId]);
        await manager.query<unknown>(`DELETE FROM reviews WHERE application_id = $1 AND expert_user_id = $2`, [applicationId, actor.userId]);
        await this.audit.record({ action: 'review.recuse', actor, entityType: 'application', entityId: applicationId, meta }, manager);
        return { recused: true };
      }
      const rubric = a.rubric ?? DEFAULT_RUBRIC;
      const scores = dto.scores ?? {};
      const errors = scoreErrors(rubric, scores);
      if (errors.length) throw new FieldValidationException(errors);
      await manager.query<unknown>(
        `INSERT INTO reviews (application_id, expert_user_id, scores, comment) VALUES ($1, $2, $3, $4)
         ON CONFLICT (application_id, expert_user_id) DO UPDATE SET scores = EXCLUDED.scores, comment = EXCLUDED.comment, submitted_at = now()`,
        [applicationId, actor.userId, JSON.stringify(scores), dto.comment ?? ''],
      );
      await this.audit.record({ action: 'review.submit', actor, entityType: 'application', entityId: applicationId, meta }, manager);
      return { recused: false };
    });
  }

  /** The organiser's board: progress per application ("2/4 已评"), aggregate and outlier flags. */
  async evaluation(scenarioId: string, actor: Actor): Promise<EvaluationView> {
    if (!isStaff(actor)) throw new ForbiddenException('只有服务中心可以查看评审汇总');
    return this.compute(this.dataSource.manager, scenarioId);
  }

  private async compute(manager: EntityManager, scenarioId: string): Promise<EvaluationView> {
    const scenario = await manager.query<Array<{ rubric: RubricCriterion[] | null }>>(
      `SELECT b.rubric FROM ${SCENARIOS} s LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id WHERE s.id = $1`,
      [scenarioId],
    );
    Access.requireVisible(!!scenario[0], '场景');
    const rubric = scenario[0].rubric ?? DEFAULT_RUBRIC;
    const apps = await manager.query<Array<{ id: string; company: string; status: ApplicationStatus; assigned: string; recused: string }>>(
      `SELECT a.id, o.name AS company, a.status,
              (SELECT count(*) FROM review_assignments ra WHERE ra.application_id = a.id AND NOT ra.recused) AS assigned,
              (SELECT count(*) FROM review_assignments ra WHERE ra.application_id = a.id AND ra.recused) AS recused
         FROM ${APPLICATIONS} a JOIN ${ORGANISATIONS} o ON o.id = a.organisation_id
        WHERE a.scenario_id = $1 AND a.status IN ('under_review', 'selected', 'not_selected') ORDER BY o.name`,
      [scenarioId],
    );
    const reviews = await manager.query<Array<{ application_id: string; expert_user_id: string; scores: Record<string, number> }>>(
      `SELECT r.application_id, r.expert_user_id, r.scores FROM reviews r JOIN review_assignments ra USING (application_id, expert_user_id)
         JOIN ${APPLICATIONS} a ON a.id = r.application_id WHERE a.scenario_id = $1 AND NOT ra.recused`,
      [scenarioId],
    );
    const aggregates = new Map(
      aggregateReviews(reviews.map((r) => ({ expertId: r.expert_user_id, applicationId: r.application_id, scores: r.scores })), rubric).map((x) => [x.applicationId, x]),
    );
    return {
      scenarioId,
      rubric,
      applications: apps.map((a) => {
        const agg = aggregates.get(a.id) ?? { applicationId: a.id, count: 0, score: 0, trimmed: false, totals: [] };
        return { ...agg, company: a.company, status: a.status, assigned: Number(a.assigned), recused: Number(a.recused), progress: `${agg.count}/${a.assigned} 已评` };
      }),
    };
  }
}
