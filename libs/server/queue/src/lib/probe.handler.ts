import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { HandlesJob, JobHandler } from './job-handler';
import { JobName, JobPayloads } from './jobs';

/**
 * The pipeline's own probe: records that a probe was processed. Idempotent (one row per probe
 * however often it runs) and counts executions, so tests can tell "once in effect" from "once".
 */
@Injectable()
@HandlesJob(JobName.Probe)
export class ProbeHandler implements JobHandler<JobName.Probe> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async handle(payload: JobPayloads[JobName.Probe]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO outbox_probe (probe_id) VALUES ($1)
       ON CONFLICT (probe_id) DO UPDATE SET executions = outbox_probe.executions + 1`,
      [payload.probeId],
    );
  }
}
