import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { JOB_QUEUE, JobName, JobPayloads } from './jobs';

/**
 * Announces background work. Call `publish` with the EntityManager of the transaction that
 * makes the change: the job exists if and only if the change committed.
 */
@Injectable()
export class OutboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async publish<J extends JobName>(
    manager: EntityManager,
    job: J,
    payload: JobPayloads[J],
    options: { delayMs?: number } = {},
  ): Promise<string> {
    const rows = await manager.query<Array<{ id: string }>>(
      `INSERT INTO outbox (queue, job, payload, available_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4::double precision / 1000))
       RETURNING id`,
      [JOB_QUEUE[job], job, JSON.stringify(payload), options.delayMs ?? 0],
    );
    // Wake relays at once instead of waiting for their next poll (delivered on commit).
    await manager.query<unknown>(`SELECT pg_notify('scenematch_outbox', $1)`, [rows[0].id]);
    return rows[0].id;
  }

  /** Publishes in a transaction of its own (for work not tied to another change). */
  publishNow<J extends JobName>(job: J, payload: JobPayloads[J]): Promise<string> {
    return this.dataSource.transaction((manager) => this.publish(manager, job, payload));
  }
}
