import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { refreshEnterpriseProfile } from '@scenematch/server-products';
import { StrongMatchNotifier } from '@scenematch/server-notifications';
import { HandlesJob, JobHandler, JobName, JobPayloads, OutboxService } from '@scenematch/server-queue';
import { Metrics } from '@scenematch/server-metrics';
import { SCENARIOS } from '@scenematch/server-data';
import { returningRows } from '@scenematch/server-database';
import { DataSource } from 'typeorm';
import { MATCHABLE_STATUSES } from './matching-data';
import { MatchingEngine, type RebuildWrite } from './matching-engine';

/** How many open scenarios one rebuild shard rescores, and how many companies' floors one computes. */
export const SCENARIOS_PER_SHARD = 250;
export const COMPANIES_PER_SHARD = 750;

/**
 * A full rebuild has 2 × P shard jobs on the matching queue, shared by every worker: shards
 * 0…P−1 compute the floors of every P-th company (its 60th best scenario), and when all of them
 * are done, shards P…2P−1 score every P-th open scenario and write the differences of its kept
 * pairs. The result equals one worker's, whatever the number of workers.
 */
export function rebuildPlan(scenarios: number, companies: number): number {
  return Math.max(1, Math.ceil(scenarios / SCENARIOS_PER_SHARD), Math.ceil(companies / COMPANIES_PER_SHARD));
}

@Injectable()
@HandlesJob(JobName.ScenarioChanged)
export class ScenarioChangedHandler implements JobHandler<JobName.ScenarioChanged> {
  constructor(
    private readonly engine: MatchingEngine,
    private readonly strongMatches: StrongMatchNotifier,
  ) {}
  async handle({ scenarioId }: JobPayloads[JobName.ScenarioChanged]): Promise<void> {
    await this.engine.exclusive(() => this.engine.scoreScenario(scenarioId));
    // Companies that match a newly published scenario well hear of it once (idempotent).
    await this.strongMatches.scenarioScored(scenarioId);
  }
}

@Injectable()
@HandlesJob(JobName.ScenarioClosed)
export class ScenarioClosedHandler implements JobHandler<JobName.ScenarioClosed> {
  constructor(private readonly engine: MatchingEngine) {}
  async handle({ scenarioId }: JobPayloads[JobName.ScenarioClosed]): Promise<void> {
    await this.engine.exclusive(() => this.engine.dropScenario(scenarioId));
  }
}

/** A company's products or profile changed: refresh its matching profile, then its matches. */
@Injectable()
@HandlesJob(JobName.EnterpriseChanged)
export class EnterpriseChangedHandler implements JobHandler<JobName.EnterpriseChanged> {
  constructor(
    private readonly engine: MatchingEngine,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}
  async handle({ organisationId }: JobPayloads[JobName.EnterpriseChanged]): Promise<void> {
    await refreshEnterpriseProfile(this.dataSource.manager, organisationId);
    await this.engine.exclusive(() => this.engine.scoreCompany(organisationId));
  }
}

/** Plans a full rebuild: recomputes the corpus statistics, then queues the floor shards (see rebuildPlan). */
@Injectable()
@HandlesJob(JobName.MatchingRebuild)
export class MatchingRebuildHandler implements JobHandler<JobName.MatchingRebuild> {
  constructor(
    private readonly engine: MatchingEngine,
    private readonly outbox: OutboxService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}
  async handle({ rebuildId }: JobPayloads[JobName.MatchingRebuild]): Promise<void> {
    const planned = await this.dataSource.query<Array<{ shards: number }>>(`SELECT shards FROM matching_rebuilds WHERE id = $1`, [rebuildId]);
    // The corpus statistics follow the corpus: recomputed once per rebuild, before its shards score.
    if (planned[0]?.shards === 0) await this.engine.exclusive(() => this.engine.recomputeCorpus());
    const ids = await this.engine.exclusive(() => this.engine.openScenarioIds());
    const companies = await this.engine.exclusive(() => this.engine.companyCount());
    const slices = rebuildPlan(ids.length, companies);
    await this.dataSource.transaction(async (manager) => {
      const planned = await manager.query<Array<{ shards: number }>>(`SELECT shards FROM matching_rebuilds WHERE id = $1 FOR UPDATE`, [rebuildId]);
      if (!planned[0] || planned[0].shards > 0) return; // already planned (a retried job)
      await manager.query<unknown>(`UPDATE matching_rebuilds SET shards = $2, scenarios = $3, companies = $4, started_at = now() WHERE id = $1`, [rebuildId, 2 * slices, ids.length, companies]);
      for (let shard = 0; shard < slices; shard++) await this.outbox.publish(manager, JobName.MatchingRebuildShard, { rebuildId, shard, shards: 2 * slices });
    });
  }
}

@Injectable()
@HandlesJob(JobName.MatchingRebuildShard)
export class MatchingRebuildShardHandler implements JobHandler<JobName.MatchingRebuildShard> {
  constructor(
    private readonly engine: MatchingEngine,
    private readonly outbox: OutboxService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly metrics: Metrics,
  ) {
    metrics.use(metrics.matchingRebuildDuration, metrics.matchingRebuildPairsKept);
  }
  async handle({ rebuildId, shard, shards }: JobPayloads[JobName.MatchingRebuildShard]): Promise<void> {
    const slices = shards / 2;
    const floorsStep = shard < slices;
    const slice = floorsStep ? shard : shard - slices;
    // The shard is counted inside the engine's exclusive section too: a worker holding the
    // rebuild's row lock must not start computing its next shard before it commits (its event
    // loop would be busy for seconds while the other worker waits on that lock).
    const outcome = await this.engine.exclusive(async () => {
      // A shard delivered again after it was counted (a job BullMQ took for stalled on a busy
      // machine) has nothing left to do; once the rebuild completed, its floors are gone, and
      // scoring without them would keep far too many pairs.
      const current = await this.dataSource.query<Array<{ done: boolean; running: boolean }>>(
        `SELECT $2 = ANY(done_shards) AS done, status = 'running' AS running FROM matching_rebuilds WHERE id = $1`,
        [rebuildId, shard],
      );
      if (!current[0] || current[0].done || !current[0].running) return undefined;
      let result: RebuildWrite;
      if (floorsStep) {
        await this.engine.computeFloors(rebuildId, (await this.engine.companyIds()).filter((_, i) => i % slices === slice));
        result = { kept: 0, written: 0 };
      } else {
        result = await this.engine.rebuildScenarios(rebuildId, (await this.engine.openScenarioIds()).filter((_, i) => i % slices === slice));
      }
      return { result, done: await this.countShard(rebuildId, shard, shards, result) };
    });
    if (!outcome) return;
    const { result, done } = outcome;
    if (done) this.metrics.matchingRebuildPairsKept.inc(result.kept);
    if (done?.completed && done.seconds !== null) this.metrics.matchingRebuildDuration.observe(done.seconds);
  }

  /** Counts a finished shard (once); the last floor shard queues the scoring shards, the last shard completes the rebuild. */
  private countShard(rebuildId: string, shard: number, shards: number, result: RebuildWrite): Promise<{ completed: boolean; seconds: number | null } | undefined> {
    const slices = shards / 2;
    const floorsStep = shard < slices;
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<Array<{ done_shards: number[]; status: string; started_at: Date }>>(
        `SELECT done_shards, status, started_at FROM matching_rebuilds WHERE id = $1 FOR UPDATE`,
        [rebuildId],
      );
      const before = rows[0];
      // A shard run again (a retry) is counted once.
      if (!before || before.done_shards.includes(shard)) return undefined;
      const doneShards = [...before.done_shards, shard].sort((a, b) => a - b);
      const completed = doneShards.length >= shards;
      let written = result.written;
      if (completed) {
        // What no shard wrote: pairs of scenarios no longer open (every pair has its scenario: the
        // foreign key removes those of deleted ones). Looked up by the ids of those scenarios, so
        // the index on scenario_id is used rather than a scan of every stored pair (1.8 s at 2 million).
        const gone = await manager.query<Array<{ n: number }>>(
          `WITH d AS (DELETE FROM match_results WHERE scenario_id = ANY(ARRAY(SELECT s.id FROM ${SCENARIOS} s WHERE s.status <> ALL($1))) RETURNING 1)
           SELECT count(*)::int AS n FROM d`,
          [MATCHABLE_STATUSES],
        );
        written += gone[0].n;
        await manager.query<unknown>(`DELETE FROM matching_rebuild_floors WHERE rebuild_id = $1`, [rebuildId]);
      }
      const updated = await manager.query<[Array<{ seconds: number | null }>, number]>(
        `UPDATE matching_rebuilds
            SET done_shards = $2, shards_done = cardinality($2::int[]), pairs_kept = pairs_kept + $3, rows_written = rows_written + $4,
                status = CASE WHEN $5 THEN 'completed' ELSE status END, finished_at = CASE WHEN $5 THEN now() ELSE finished_at END
          WHERE id = $1
          RETURNING extract(epoch FROM finished_at - started_at)::float8 AS seconds`,
        [rebuildId, doneShards, result.kept, written, completed],
      );
      // The last floor shard queues the scoring shards.
      if (floorsStep && doneShards.filter((s) => s < slices).length === slices) {
        for (let s = slices; s < shards; s++) await this.outbox.publish(manager, JobName.MatchingRebuildShard, { rebuildId, shard: s, shards });
      }
      const seconds = returningRows(updated)[0]?.seconds ?? null;
      return { completed: completed && before.status !== 'completed', seconds };
    });
  }
}

/** Warms the index at start-up, so the first event does not pay for loading it. */
@Injectable()
export class MatchingWarmup implements OnApplicationBootstrap {
  private readonly logger = new Logger(MatchingWarmup.name);
  constructor(private readonly engine: MatchingEngine) {}
  onApplicationBootstrap(): void {
    void this.engine.exclusive(() => this.engine.synced()).catch((error) => this.logger.warn(`Matching index not loaded yet: ${(error as Error).message}`));
  }
}
