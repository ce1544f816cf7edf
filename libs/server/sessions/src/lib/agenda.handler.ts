import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgendaInputError, scheduleAgenda } from '@scenematch/scheduling';
import { HandlesJob, JobContext, JobHandler, JobName, JobPayloads } from '@scenematch/server-queue';
import { Metrics, secondsSince } from '@scenematch/server-metrics';
import { NotificationsService } from '@scenematch/server-notifications';
import { DataSource, EntityManager } from 'typeorm';
import { agendaInputFingerprint, loadAgendaInput, pairKey, unplacedReasonText } from './agenda-input';

/**
 * Generates a session's agenda in the worker: reads the participants, requests and match scores,
 * solves with HiGHS (@scenematch/scheduling) and replaces the session's meetings with the result,
 * keeping the pinned ones. Progress is written to the run row that the organiser's page polls.
 * Running twice is harmless: a finished run is not redone.
 */
@Injectable()
@HandlesJob(JobName.SessionAgenda)
export class SessionAgendaHandler implements JobHandler<JobName.SessionAgenda> {
  private readonly logger = new Logger(SessionAgendaHandler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly metrics: Metrics,
  ) {
    metrics.use(metrics.agendaSolveDuration);
  }

  async handle({ sessionId, runId }: JobPayloads[JobName.SessionAgenda], context: JobContext): Promise<void> {
    const runs = await this.dataSource.query<Array<{ status: string }>>(`SELECT status FROM session_agenda_runs WHERE id = $1`, [runId]);
    if (!runs[0] || runs[0].status === 'completed' || runs[0].status === 'failed') return;
    const progress = async (fraction: number, message: string) => {
      await this.dataSource.query<unknown>(`UPDATE session_agenda_runs SET progress = $2, message = $3, status = 'running', started_at = coalesce(started_at, now()) WHERE id = $1`, [runId, fraction, message]);
      await context.progress(fraction, message);
    };
    try {
      await progress(0.05, '读取参会单位、洽谈请求和匹配度');
      const sessions = await this.dataSource.query<Array<{ id: string; title: string; slots: number; tables: number; status: string }>>(
        `SELECT id, title, slots, tables, status FROM matchmaking_sessions WHERE id = $1`,
        [sessionId],
      );
      const session = sessions[0];
      if (!session) return this.fail(runId, '对接会不存在');
      const fingerprint = await agendaInputFingerprint(this.dataSource.manager, sessionId);
      const { input, facts, names } = await loadAgendaInput(this.dataSource.manager, session);
      await progress(0.2, `${input.companies.length} 家企业、${input.agencies.length} 家发榜单位、${input.candidates.length} 个候选洽谈：求解中`);
      const solveStarted = process.hrtime.bigint();
      const result = await scheduleAgenda(input);
      this.metrics.agendaSolveDuration.observe(secondsSince(solveStarted));
      await progress(0.85, `已选出 ${result.meetings.length} 场洽谈：保存日程`);
      const saved = await this.dataSource.transaction(async (manager) => {
        const locked = await manager.query<Array<{ status: string }>>(`SELECT status FROM matchmaking_sessions WHERE id = $1 FOR UPDATE`, [sessionId]);
        const run = await manager.query<Array<{ status: string }>>(`SELECT status FROM session_agenda_runs WHERE id = $1 FOR UPDATE`, [runId]);
        // Only the live run saves: a run given up as stale (and replaced) must not overwrite the newer one.
        if (run[0]?.status !== 'running') return false;
        const refuse = async (reason: string) => {
          await this.fail(runId, reason, manager);
          return false;
        };
        if (locked[0]?.status !== 'open_for_registration') return refuse('对接会已不在报名阶段，日程未替换');
        // Every change to what the agenda is built from locks the session row, as this transaction
        // does: with the lock held, an unchanged fingerprint means the solve saw the current state.
        if ((await agendaInputFingerprint(manager, sessionId)) !== fingerprint) return refuse('生成期间参会单位、请求或固定的洽谈有变化，请重新生成日程');
        await manager.query<unknown>(`DELETE FROM session_meetings WHERE session_id = $1`, [sessionId]);
        const m = result.meetings;
        const fact = (i: number) => facts.get(pairKey(m[i].companyId, m[i].agencyId));
        if (m.length) {
          await manager.query<unknown>(
            `INSERT INTO session_meetings (session_id, run_id, slot, table_no, enterprise_id, agency_id, scenario_id, value, score, requested, mutual, pinned)
             SELECT $1, $2, * FROM unnest($3::int[], $4::int[], $5::uuid[], $6::uuid[], $7::uuid[], $8::float8[], $9::int[], $10::bool[], $11::bool[], $12::bool[])`,
            [
              sessionId,
              runId,
              m.map((x) => x.slot),
              m.map((x) => x.table),
              m.map((x) => x.companyId),
              m.map((x) => x.agencyId),
              m.map((x, i) => x.scenarioId ?? fact(i)?.scenarioId ?? null),
              m.map((x) => x.value),
              m.map((_, i) => fact(i)?.score ?? null),
              m.map((_, i) => fact(i)?.requested ?? false),
              m.map((_, i) => fact(i)?.mutual ?? false),
              m.map((x) => x.pinned),
            ],
          );
        }
        const unplaced = result.unplaced.map((u) => ({
          enterpriseId: u.companyId,
          agencyId: u.agencyId,
          scenarioId: u.scenarioId ?? null,
          reason: unplacedReasonText(u, names),
          detail: u.detail,
        }));
        await manager.query<unknown>(
          `UPDATE session_agenda_runs SET status = 'completed', progress = 1, message = $2, method = $3, meetings = $4, total_value = $5, lp_bound = $6, gap = $7,
                  stats = $8, unplaced = $9, finished_at = now()
            WHERE id = $1`,
          [runId, `已生成 ${m.length} 场洽谈`, result.stats.method, m.length, result.totalValue, result.lpBound, result.gap, JSON.stringify(result.stats), JSON.stringify(unplaced)],
        );
        await this.notifications.notify(manager, { staff: true }, { kind: 'session.agenda_ready', title: `「${session.title}」日程已生成：${m.length} 场洽谈`, link: `/admin/sessions/${sessionId}` });
        return true;
      });
      if (saved) await context.progress(1, 'done');
    } catch (error) {
      if (error instanceof AgendaInputError) return this.fail(runId, `固定的洽谈无法全部保留：${error.message}`);
      this.logger.error(`Agenda run ${runId} failed: ${(error as Error).message}`);
      await this.dataSource.query<unknown>(`UPDATE session_agenda_runs SET message = $2 WHERE id = $1`, [runId, `出错，将重试：${(error as Error).message}`]).catch(() => undefined);
      if (context.final) await this.fail(runId, (error as Error).message);
      throw error;
    }
  }

  private async fail(runId: string, error: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query<unknown>(`UPDATE session_agenda_runs SET status = 'failed', error = $2, message = $2, finished_at = now() WHERE id = $1 AND status <> 'completed'`, [runId, error]);
  }
}
