import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { refreshEnterpriseProfile } from '@scenematch/server-products';
import { StrongMatchNotifier } from '@scenematch/server-notifications';
import { HandlesJob, JobHandler, JobName, JobPayloads, OutboxService } from '@scenematch/server-queue';
import { returningRows } from '@scenematch/server-database';
import { Metrics } from '@scenematch/server-metrics';
import { DataSource } from 'typeorm';
import { MatchingEngine } from './matching-engine';

/** How many open scenarios one rebuild shard rescores. */
export const SCENARIOS_PER_SHARD = 100;

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

/** Plans a full rebuild: one shard job per slice of open scenarios, shared by every worker. */
@Injectable()
@HandlesJob(JobName.MatchingRebuild)
export class MatchingRebuildHandler implements JobHandler<JobName.MatchingRebuild> {
  constructor(
    private readonly engine: MatchingEngine,
    private readonly outbox: OutboxService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}
  async handle({ rebuildId }: JobPayloads[JobName.MatchingRebuild]): Promise<void> {
    const planned: Array<{ shards: number }> = await this.dataSource.query(`SELECT shards FROM matching_rebuilds WHERE id = $1`, [rebuildId]);
    // The corpus statistics follow the corpus: recomputed once per rebuild, before its shards score.
    if (planned[0]?.shards === 0) await this.engine.exclusive(() => this.engine.recomputeCorpus());
    const ids = await this.engine.exclusive(() => this.engine.openScenarioIds());
    const companies = await this.engine.exclusive(() => this.engine.companyCount());
    const shards = Math.max(1, Math.ceil(ids.length / SCENARIOS_PER_SHARD));
    await this.dataSource.transaction(async (manager) => {
      const planned: Array<{ shards: number }> = await manager.query(`SELECT shards FROM matching_rebuilds WHERE id = $1 FOR UPDATE`, [rebuildId]);
      if (!planned[0] || planned[0].shards > 0) return; // already planned (a retried job)
      await manager.query(`UPDATE matching_rebuilds SET shards = $2, scenarios = $3, companies = $4, started_at = now() WHERE id = $1`, [rebuildId, shards, ids.length, companies]);
      for (let shard = 0; shard < shards; shard++) await this.outbox.publish(manager, JobName.MatchingRebuildShard, { rebuildId, shard, shards });
    });
  }
}

@Injectable()
@HandlesJob(JobName.MatchingRebuildShard)
export class MatchingRebuildShardHandler implements JobHandler<JobName.MatchingRebuildShard> {
  constructor(
    private readonly engine: MatchingEngine,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly metrics: Metrics,
  ) {
    metrics.use(metrics.matchingRebuildDuration, metrics.matchingRebuildPairsKept);
  }
  async handle({ rebuildId, shard, shards }: JobPayloads[JobName.MatchingRebuildShard]): Promise<void> {
    const kept = await this.engine.exclusive(async () => {
      const scenarios = (await this.engine.openScenarioIds()).filter((_, i) => i % shards === shard);
      const companies = (await this.engine.companyIds()).filter((_, i) => i % shards === shard);
      return this.engine.rescore(scenarios, companies);
    });
    const result = await this.dataSource.query(
      `UPDATE matching_rebuilds
          SET done_shards = ARRAY(SELECT DISTINCT unnest(done_shards || $2::int) ORDER BY 1),
              pairs_kept = pairs_kept + CASE WHEN $2::int = ANY(done_shards) THEN 0 ELSE $3::int END,
              shards_done = cardinality(ARRAY(SELECT DISTINCT unnest(done_shards || $2::int))),
              status = CASE WHEN cardinality(ARRAY(SELECT DISTINCT unnest(done_shards || $2::int))) >= shards THEN 'completed' ELSE status END,
              finished_at = CASE WHEN cardinality(ARRAY(SELECT DISTINCT unnest(done_shards || $2::int))) >= shards THEN now() ELSE finished_at END
         FROM (SELECT status AS was, $2::int = ANY(done_shards) AS repeated FROM matching_rebuilds WHERE id = $1) before
        WHERE id = $1
        RETURNING status, started_at, before.was, before.repeated, extract(epoch FROM finished_at - started_at)::float8 AS seconds`,
      [rebuildId, shard, kept],
    );
    const rows = returningRows<{ status: string; started_at: Date; was: string; repeated: boolean; seconds: number | null }>(result);
    // A shard run again (a retry) is counted once, and the rebuild's duration when it completes.
    if (rows[0] && !rows[0].repeated) this.metrics.matchingRebuildPairsKept.inc(kept);
    if (rows[0]?.status === 'completed' && rows[0].was !== 'completed' && rows[0].seconds !== null) {
      this.metrics.matchingRebuildDuration.observe(rows[0].seconds);
    }
    // The last shard removes what the rebuild did not refresh (closed scenarios, fallen-out pairs).
    if (rows[0]?.status === 'completed') {
      await this.dataSource.query(`DELETE FROM match_results WHERE computed_at < $1`, [rows[0].started_at]);
    }
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
