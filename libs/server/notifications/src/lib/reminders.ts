import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APPLICATIONS, SCENARIO_BATCHES, SCENARIOS, USERS } from '@scenematch/server-data';
import { HandlesJob, JobHandler, JobName, JobPayloads } from '@scenematch/server-queue';
import { DataSource } from 'typeorm';
import { startRun } from './notification-runs';
import { NotificationsService } from './notifications.service';

export const REMINDER_KINDS = {
  /** A company's draft application: the deadline is 3 days away (2–3, in case a day was missed). */
  deadline3d: 'reminder.deadline_3d',
  /** A company's draft application: the deadline is tomorrow (or today, when yesterday's run was missed). */
  deadline1d: 'reminder.deadline_1d',
  /** An agency's published scenario stops taking applications tomorrow. */
  closing: 'reminder.closing',
} as const;

interface Due {
  scenario_id: string;
  title: string;
  deadline: string;
  days_left: number;
  kind: string;
  user_ids: string[];
}

const daysText = (n: number) => (n <= 0 ? '今天' : n === 1 ? '明天' : `${n} 天后`);

/**
 * One day's deadline reminders (in-app, and mailed per preference through the notification).
 * Once per (user, scenario, kind): `notification_reminders` records who was reminded, in the
 * same transaction as the notification, so a second run the same day (or a retry) adds nothing.
 */
@Injectable()
@HandlesJob(JobName.NotificationReminders)
export class NotificationRemindersHandler implements JobHandler<JobName.NotificationReminders> {
  private readonly logger = new Logger(NotificationRemindersHandler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async handle({ runId }: JobPayloads[JobName.NotificationReminders]): Promise<number> {
    const run = await startRun(this.dataSource.manager, runId, 'reminders');
    if (!run) return 0;
    const due = await this.dataSource.query<Due[]>(
      `WITH open AS (
         SELECT s.id, s.title, s.agency_id, s.co_agency_ids, x.deadline_at,
                (x.deadline_at AT TIME ZONE 'Asia/Shanghai')::date - $1::date AS days_left
           FROM ${SCENARIOS} s LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id,
                LATERAL (SELECT coalesce(s.deadline, (b.closes_on + time '17:00') AT TIME ZONE 'Asia/Shanghai') AS deadline_at) x
          WHERE s.status = 'published' AND x.deadline_at > now()
            AND (x.deadline_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1::date AND $1::date + 3
       )
       SELECT o.id AS scenario_id, o.title, to_char(o.deadline_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') AS deadline, o.days_left,
              CASE WHEN o.days_left >= 2 THEN $2 ELSE $3 END AS kind, array_agg(DISTINCT u.id) AS user_ids
         FROM open o
         JOIN ${APPLICATIONS} a ON a.scenario_id = o.id AND a.status = 'draft'
         JOIN ${USERS} u ON u.organisation_id = a.organisation_id AND u.role = 'enterprise' AND NOT u.disabled
        GROUP BY o.id, o.title, o.deadline_at, o.days_left
       UNION ALL
       SELECT o.id, o.title, to_char(o.deadline_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'), o.days_left, $4, array_agg(u.id)
         FROM open o JOIN ${USERS} u ON (u.organisation_id = o.agency_id OR u.organisation_id = ANY(o.co_agency_ids)) AND u.role = 'agency' AND NOT u.disabled
        WHERE o.days_left = 1
        GROUP BY o.id, o.title, o.deadline_at, o.days_left`,
      [run.as_of, REMINDER_KINDS.deadline3d, REMINDER_KINDS.deadline1d, REMINDER_KINDS.closing],
    );
    let sent = 0;
    for (const d of due) sent += await this.remind(d);
    await this.dataSource.query<unknown>(`UPDATE notification_runs SET finished_at = now(), sent = sent + $2 WHERE id = $1`, [runId, sent]);
    this.logger.log(`Reminder run ${runId}: ${sent} reminders`);
    return sent;
  }

  private async remind(d: Due): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const fresh = await manager.query<Array<{ user_id: string }>>(
        `INSERT INTO notification_reminders (user_id, scenario_id, kind)
         SELECT unnest($1::uuid[]), $2, $3 ON CONFLICT DO NOTHING RETURNING user_id`,
        [d.user_ids, d.scenario_id, d.kind],
      );
      if (!fresh.length) return 0;
      const company = d.kind !== REMINDER_KINDS.closing;
      await this.notifications.notify(
        manager,
        { users: fresh.map((f) => f.user_id) },
        company
          ? {
              kind: d.kind,
              title: `申报即将截止：${d.title}`,
              body: `该场景的申报将于${daysText(d.days_left)}（${d.deadline}，北京时间）截止，贵企业的申报仍是草稿，请尽快完善并提交。`,
              link: '/me/applications',
            }
          : {
              kind: d.kind,
              title: `场景明天截止申报：${d.title}`,
              body: `该场景的申报将于 ${d.deadline}（北京时间）截止并开标，开标后可查看申报材料并进入评审。`,
              link: `/scenarios/${d.scenario_id}`,
            },
      );
      return fresh.length;
    });
  }
}
