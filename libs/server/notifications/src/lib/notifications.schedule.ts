import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxService } from '@scenematch/server-queue';
import { DataSource } from 'typeorm';
import { requestRun, RunKind } from './notification-runs';

/**
 * The weekly digest (Monday 09:00 Beijing time) and the daily deadline reminders (08:00). Every
 * worker process has the timers; a run is keyed by its day, so only the first request counts.
 */
@Injectable()
export class NotificationsSchedule {
  private readonly logger = new Logger(NotificationsSchedule.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  @Cron('0 9 * * 1', { timeZone: 'Asia/Shanghai', name: 'notifications-weekly-digest' })
  weeklyDigest(): Promise<string | null> {
    return this.request('digest', new Date());
  }

  @Cron('0 8 * * *', { timeZone: 'Asia/Shanghai', name: 'notifications-daily-reminders' })
  dailyReminders(): Promise<string | null> {
    return this.request('reminders', new Date());
  }

  /** Requests the scheduled run of `now`'s day; null when it was already requested. */
  async request(kind: RunKind, now: Date): Promise<string | null> {
    const id = await this.dataSource.transaction((manager) => requestRun(manager, this.outbox, kind, 'schedule', null, now));
    if (id) this.logger.log(`Scheduled ${kind} run ${id} requested`);
    return id;
  }
}
