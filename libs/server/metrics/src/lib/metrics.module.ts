import { DynamicModule, Global, Module } from '@nestjs/common';
import { Metrics } from './metrics';
import { METRICS_LISTEN, MetricsListen, MetricsServer } from './metrics-server';

/**
 * The process's metrics registry, global: the libraries that record (database, queue, auth,
 * matching, sessions) import this module themselves, so every app and test module that uses them
 * has one registry per application without wiring.
 */
@Global()
@Module({ providers: [Metrics], exports: [Metrics] })
export class MetricsModule {}

/** The metrics-only listener of an app (API: METRICS_PORT, worker: WORKER_METRICS_PORT). */
@Module({})
export class MetricsEndpointModule {
  static forRoot(listen: MetricsListen): DynamicModule {
    return {
      module: MetricsEndpointModule,
      imports: [MetricsModule],
      providers: [{ provide: METRICS_LISTEN, useValue: listen }, MetricsServer],
      exports: [MetricsServer],
    };
  }
}
