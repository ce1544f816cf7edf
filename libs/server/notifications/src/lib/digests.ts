import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@scenematch/server-config';
import { DOMAINS, MATCH_DISMISSALS, MATCH_RESULTS, ORGANISATIONS, SCENARIO_BATCHES, SCENARIOS, USERS } from '@scenematch/server-data';
import { returningRows } from '@scenematch/server-database';
import { HandlesJob, JobHandler, JobName, JobPayloads, OutboxService } from '@scenematch/server-queue';
import { DataSource } from 'typeorm';
import { DigestItem, digestMail } from './mail-templates';
import { matchLevelName } from './match-levels';
import { MailJobHandler, MailRow } from './notification-dispatch.handler';
import { emailEnabledSql } from './notification-preferences';
import { startRun, StartedRun } from './notification-runs';
import { digestSince } from './notification-settings-rules';

/** At most this many scenarios in one digest (the best first); the rest wait for the portal. */
export const DIGEST_MAX_ITEMS = 30;

/**
 * Builds one digest run: for every company user with the digest on, the open scenarios published
 * since their last digest that match their company at least MATCH_NOTIFY_MIN_SCORE well and were
 * in none of their earlier digests. Each digest is recorded (what it contained, up to when) and
 * mailed by its own job. A retried run skips the users it already did.
 */
@Injectable()
@HandlesJob(JobName.NotificationDigest)
export class NotificationDigestHandler implements JobHandler<JobName.NotificationDigest> {
  private readonly logger = new Logger(NotificationDigestHandler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  async handle({ runId }: JobPayloads[JobName.NotificationDigest]): Promise<number> {
    const run = await startRun(this.dataSource.manager, runId, 'digest');
    if (!run) return 0;
    const users = await this.dataSource.query<Array<{ id: string; organisation_id: string }>>(
      `SELECT u.id, u.organisation_id FROM ${USERS} u
        WHERE u.role = 'enterprise' AND NOT u.disabled
          AND ${emailEnabledSql('u.id', `'digest'`)}
        ORDER BY u.id`,
    );
    for (const user of users) await this.digestFor(run, user);
    const done = returningRows(
      await this.dataSource.query<[Array<{ sent: number }>, number]>(
      `UPDATE notification_runs SET finished_at = now(), sent = (SELECT count(*) FROM notification_digests WHERE run_id = $1) WHERE id = $1 RETURNING sent`,
        [runId],
      ),
    );
    this.logger.log(`Digest run ${runId}: ${done[0]?.sent ?? 0} digests`);
    return done[0]?.sent ?? 0;
  }

  private async digestFor(run: StartedRun, user: { id: string; organisation_id: string }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Two runs at once (a manual one and the weekly one) take turns per user, so the second
      // sees what the first put in its digest and does not mail it again.
      await manager.query<unknown>(`SELECT pg_advisory_xact_lock(hashtext('digest:' || $1))`, [user.id]);
      const last = await manager.query<Array<{ until: Date | null }>>(`SELECT max(until) AS until FROM notification_digests WHERE user_id = $1 AND run_id <> $2`, [
        user.id,
        run.id,
      ]);
      const until = run.created_at;
      const since = digestSince(last[0]?.until, until);
      // An hour of overlap catches a scenario published just before the last digest but scored
      // just after it; the "in no earlier digest" rule keeps it from appearing twice.
      const items = await manager.query<DigestItem[]>(
        `SELECT s.id AS "scenarioId", s.title, a.name AS agency, d.name AS domain, m.score,
                to_char(coalesce(s.deadline, (b.closes_on + time '17:00') AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') AS deadline
           FROM ${MATCH_RESULTS} m
           JOIN ${SCENARIOS} s ON s.id = m.scenario_id
           JOIN ${ORGANISATIONS} a ON a.id = s.agency_id
           JOIN ${DOMAINS} d ON d.code = s.domain_code
           LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id
          WHERE m.organisation_id = $1 AND m.score >= $2 AND s.status = 'published'
            AND (coalesce(s.deadline, b.closes_on::timestamp AT TIME ZONE 'Asia/Shanghai') IS NULL
                 OR coalesce(s.deadline, (b.closes_on + time '17:00') AT TIME ZONE 'Asia/Shanghai') >= ($3::date)::timestamp AT TIME ZONE 'Asia/Shanghai')
            AND s.published_at > $4::timestamptz - interval '1 hour' AND s.published_at <= $5
            AND NOT EXISTS (SELECT 1 FROM notification_digests g WHERE g.user_id = $6 AND s.id = ANY(g.scenario_ids))
            -- A scenario the company marked 不感兴趣 is not news to it.
            AND NOT EXISTS (SELECT 1 FROM ${MATCH_DISMISSALS} x WHERE x.organisation_id = m.organisation_id AND x.scenario_id = m.scenario_id)
          ORDER BY m.score DESC, s.published_at DESC
          LIMIT ${DIGEST_MAX_ITEMS}`,
        [user.organisation_id, this.config.MATCH_NOTIFY_MIN_SCORE, run.as_of, since, until, user.id],
      );
      if (!items.length) return;
      const inserted = await manager.query<Array<{ id: string }>>(
        `INSERT INTO notification_digests (run_id, user_id, since, until, scenario_ids, items)
         VALUES ($1, $2, $3, $4, $5::uuid[], $6::jsonb)
         ON CONFLICT (run_id, user_id) DO NOTHING RETURNING id`,
        [run.id, user.id, since, until, items.map((i) => i.scenarioId), JSON.stringify(items)],
      );
      if (inserted[0]) await this.outbox.publish(manager, JobName.NotificationDigestMail, { digestId: inserted[0].id });
    });
  }
}

interface DigestRow extends MailRow {
  items: DigestItem[];
  organisation: string;
}

/** Mails one recorded digest, once (locked and marked sent in one transaction). */
@Injectable()
@HandlesJob(JobName.NotificationDigestMail)
export class NotificationDigestMailHandler extends MailJobHandler implements JobHandler<JobName.NotificationDigestMail> {
  async handle({ digestId }: JobPayloads[JobName.NotificationDigestMail]): Promise<'sent' | 'skipped' | 'done'> {
    return this.mailRow(
      'notification_digests',
      `SELECT g.id, g.user_id, g.items, g.email_status, u.email, u.display_name, u.disabled, o.name AS organisation
         FROM notification_digests g JOIN ${USERS} u ON u.id = g.user_id JOIN ${ORGANISATIONS} o ON o.id = u.organisation_id
        WHERE g.id = $1 FOR UPDATE OF g`,
      digestId,
      () => 'digest',
      (g: DigestRow, _target, unsubscribeUrl) => ({
        mail: digestMail({
          displayName: g.display_name,
          organisation: g.organisation,
          level: matchLevelName(this.config.MATCH_NOTIFY_MIN_SCORE),
          items: g.items,
          scenarioUrl: (id) => this.links.url(`/scenarios/${id}`),
          recommendationsUrl: this.links.url('/me/recommendations'),
          unsubscribeUrl,
          settingsUrl: this.links.settings,
        }),
        tag: `digest-${g.id}`,
      }),
    );
  }
}
