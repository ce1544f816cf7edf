import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@scenematch/server-config';
import { MetricsModule } from '@scenematch/server-metrics';
import { DatabasePoolMetrics } from './database-pool.metrics';

/**
 * The application's TypeORM connection. Entities are registered by each domain module with
 * TypeOrmModule.forFeature and loaded automatically; the schema comes only from migrations.
 */
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        MetricsModule,
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            type: 'postgres' as const,
            url: config.DATABASE_URL,
            autoLoadEntities: true,
            synchronize: false,
            migrationsRun: false,
            poolSize: config.DATABASE_POOL_SIZE,
            // Fail fast when PostgreSQL is gone instead of queueing requests for ever: a new
            // connection (or a wait for a free one in the pool) gives up after the connect
            // timeout and the request answers 503. Idle connections the server dropped (a
            // restart) are discarded by the pool on their error event and replaced on demand.
            extra: {
              connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS,
              // TCP keepalive: a connection to a host that vanished without closing it is noticed.
              keepAlive: true,
              keepAliveInitialDelayMillis: 10_000,
              // Server-side limit per statement: a runaway query cannot hold a pooled connection.
              statement_timeout: config.DATABASE_STATEMENT_TIMEOUT_MS || undefined,
              idle_in_transaction_session_timeout: 60000,
              // The data lives in memory or on SSDs: let the planner use the GIN search indexes
              // (the default 4.0 assumes spinning disks and prefers scanning whole tables).
              options: '-c random_page_cost=1.1',
            },
            retryAttempts: 3,
            retryDelay: 1000,
          }),
        }),
      ],
      providers: [DatabasePoolMetrics],
    };
  }
}
