import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@scenematch/server-config';
import { Metrics } from '@scenematch/server-metrics';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** The pool's counters, read from memory at scrape time (no query). */
@Injectable()
export class DatabasePoolMetrics implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.metrics.use(this.metrics.dbPoolConnections, this.metrics.dbPoolMaxConnections, this.metrics.dbPoolWaiting);
    this.metrics.dbPoolMaxConnections.set(this.config.DATABASE_POOL_SIZE);
    this.metrics.addCollector('db_pool', () => {
      // TypeORM types its pg pool as `any`; it is pg's Pool (totalCount, idleCount, waitingCount).
      const pool = (this.dataSource.driver as PostgresDriver).master as Pool | undefined;
      if (!pool) return;
      this.metrics.dbPoolConnections.set({ state: 'active' }, pool.totalCount - pool.idleCount);
      this.metrics.dbPoolConnections.set({ state: 'idle' }, pool.idleCount);
      this.metrics.dbPoolWaiting.set(pool.waitingCount);
    });
  }
}
