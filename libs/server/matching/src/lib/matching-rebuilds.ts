import { JobName, OutboxService } from '@scenematch/server-queue';
import { EntityManager } from 'typeorm';

/**
 * A rebuild under way: one that started in the last 30 minutes and has not finished. An older
 * "running" row is a rebuild whose worker died; it no longer holds new requests back.
 */
export const REBUILD_UNDER_WAY = `status = 'running' AND started_at > now() - interval '30 minutes'`;

/** Records a full rebuild and queues its planning job, in the caller's transaction. */
export async function startRebuild(manager: EntityManager, outbox: OutboxService, requestedBy: string | null): Promise<string> {
  const rows = await manager.query<Array<{ id: string }>>(`INSERT INTO matching_rebuilds (shards, requested_by) VALUES (0, $1) RETURNING id`, [requestedBy]);
  await outbox.publish(manager, JobName.MatchingRebuild, { rebuildId: rows[0].id });
  return rows[0].id;
}
