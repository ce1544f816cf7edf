import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@scenematch/server-config';
import { DataSource } from 'typeorm';
import { HandlesJob, JobContext, JobHandler } from './job-handler';
import { JobName, JobPayloads } from './jobs';

/**
 * The pipeline's own probe: records that a probe was processed. Idempotent (one row per probe
 * however often it runs) and counts executions, so tests can tell "once in effect" from "once".
 *
 * A probe may ask to hold its worker slot for `holdMs` before taking effect, to check what
 * happens to a job in progress when its worker is stopped or dies. Only as long as
 * PROBE_MAX_HOLD_MS allows: 0 by default, so a deployment that did not opt in never pauses.
 */
@Injectable()
@HandlesJob(JobName.Probe)
export class ProbeHandler implements JobHandler<JobName.Probe> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async handle(payload: JobPayloads[JobName.Probe], context?: JobContext): Promise<void> {
    const hold = Math.min(Math.max(0, Number(payload.holdMs) || 0), this.config.PROBE_MAX_HOLD_MS);
    if (hold > 0) {
      await context?.progress(0, `holding ${hold} ms`);
      await new Promise((resolve) => setTimeout(resolve, hold));
    }
    await this.dataSource.query<unknown>(
      `INSERT INTO outbox_probe (probe_id) VALUES ($1)
       ON CONFLICT (probe_id) DO UPDATE SET executions = outbox_probe.executions + 1`,
      [payload.probeId],
    );
  }
}
