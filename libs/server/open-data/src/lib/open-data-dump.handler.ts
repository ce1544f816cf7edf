import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { HandlesJob, JobContext, JobHandler, JobName, JobPayloads } from '@scenematch/server-queue';
import { OpenDataDumpsService } from './open-data-dumps.service';

/** Writes one day's open-data files; safe to run twice (a finished dump is left alone). */
@Injectable()
@HandlesJob(JobName.OpenDataDump)
export class OpenDataDumpHandler implements JobHandler<JobName.OpenDataDump> {
  constructor(private readonly dumps: OpenDataDumpsService) {}

  async handle({ dumpId }: JobPayloads[JobName.OpenDataDump], context: JobContext): Promise<unknown> {
    try {
      const dump = await this.dumps.write(dumpId);
      return dump ? { day: dump.day, files: dump.files.length } : { skipped: true };
    } catch (error) {
      // After the last retry the day is marked failed, so that the next request may try it again.
      if (context.final) await this.dumps.fail(dumpId, (error as Error).message);
      throw error;
    }
  }
}

/**
 * The daily dump at 03:00 Beijing time, and one at the worker's first start when none exists
 * yet. Every worker process has the timer; the dump's day is unique, so only the first request
 * counts.
 */
@Injectable()
export class OpenDataSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(OpenDataSchedule.name);

  constructor(private readonly dumps: OpenDataDumpsService) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      if (!(await this.dumps.anyRequested())) await this.daily();
    } catch (error) {
      // The timer tries again at 03:00: a database hiccup at start must not stop the worker.
      this.logger.warn(`Could not request the first open-data dump: ${(error as Error).message}`);
    }
  }

  @Cron('0 3 * * *', { timeZone: 'Asia/Shanghai', name: 'open-data-daily-dump' })
  async daily(now = new Date()): Promise<string | null> {
    const id = await this.dumps.request(now);
    if (id) this.logger.log(`Open-data dump ${id} requested`);
    return id;
  }
}
