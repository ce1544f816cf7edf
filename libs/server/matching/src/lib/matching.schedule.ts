import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxService } from '@scenematch/server-queue';
import { DataSource } from 'typeorm';
import { REBUILD_UNDER_WAY, startRebuild } from './matching-rebuilds';

/**
 * The nightly full rebuild (03:30 Beijing time). Every worker process has the timer; an advisory
 * lock and the "one running rebuild at a time" rule make only one of them request it.
 */
@Injectable()
export class MatchingSchedule {
  private readonly logger = new Logger(MatchingSchedule.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  @Cron('30 3 * * *', { timeZone: 'Asia/Shanghai', name: 'matching-nightly-rebuild' })
  async nightly(): Promise<string | null> {
    const id = await this.dataSource.transaction(async (manager) => {
      await manager.query<unknown>(`SELECT pg_advisory_xact_lock(7240517033)`);
      const recent = await manager.query<Array<{ id: string }>>(
        `SELECT id FROM matching_rebuilds WHERE (${REBUILD_UNDER_WAY}) OR started_at > now() - interval '6 hours' LIMIT 1`,
      );
      if (recent[0]) return null;
      return startRebuild(manager, this.outbox, null);
    });
    if (id) this.logger.log(`Nightly matching rebuild ${id} requested`);
    return id;
  }
}
