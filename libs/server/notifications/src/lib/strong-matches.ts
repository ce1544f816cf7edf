import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@scenematch/server-config';
import { MATCH_RESULTS, ORGANISATIONS, SCENARIOS } from '@scenematch/server-data';
import { DataSource } from 'typeorm';
import { strongMatchTitle } from './match-levels';
import { NotificationsService } from './notifications.service';

/** A scenario counts as newly published for this long (later rescoring tells nobody "new"). */
export const NEW_SCENARIO_DAYS = 7;

export const STRONG_MATCH_KIND = 'match.strong';

/**
 * Tells each company that matches a newly published scenario at least MATCH_NOTIFY_MIN_SCORE
 * well, once: `match_notices` records who was told, in the same transaction as the notification.
 */
@Injectable()
export class StrongMatchNotifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  /** Called after a scenario's matches were stored; returns the companies told now. */
  async scenarioScored(scenarioId: string): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const told = await manager.query<Array<{ organisation_id: string; score: number; title: string; agency: string }>>(
        `WITH candidates AS (
           SELECT m.organisation_id, m.score, s.title, a.name AS agency
             FROM ${MATCH_RESULTS} m
             JOIN ${SCENARIOS} s ON s.id = m.scenario_id
             JOIN ${ORGANISATIONS} a ON a.id = s.agency_id
            WHERE m.scenario_id = $1 AND m.score >= $2 AND s.status = 'published'
              AND s.published_at > now() - make_interval(days => $3)
         ), told AS (
           INSERT INTO match_notices (scenario_id, organisation_id, score)
           SELECT $1, organisation_id, score FROM candidates
           ON CONFLICT DO NOTHING
           RETURNING organisation_id
         )
         SELECT c.organisation_id, c.score, c.title, c.agency FROM candidates c JOIN told t USING (organisation_id)`,
        [scenarioId, this.config.MATCH_NOTIFY_MIN_SCORE, NEW_SCENARIO_DAYS],
      );
      for (const t of told) {
        await this.notifications.notify(
          manager,
          { organisations: [t.organisation_id] },
          {
            kind: STRONG_MATCH_KIND,
            title: strongMatchTitle(this.config.MATCH_NOTIFY_MIN_SCORE),
            body: `「${t.title}」（${t.agency}）刚刚发布，与贵企业的匹配度为 ${t.score} 分，欢迎查看并申报。`,
            link: `/scenarios/${scenarioId}`,
          },
        );
      }
      return told.map((t) => t.organisation_id);
    });
  }
}
