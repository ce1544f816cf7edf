import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { MetricsModule } from '@scenematch/server-metrics';
import { JobConsoleStore } from './job-console.store';
import { OutboxRelay } from './outbox-relay';
import { OutboxService } from './outbox.service';
import { ProbeHandler } from './probe.handler';
import { QueueRegistry } from './queue-registry';
import { QueueWorkers } from './queue-workers';
import { QueueMetrics } from './queue.metrics';

/**
 * `forProducer()` in the API: write outbox rows. `forWorker()` in the worker: relay the outbox
 * to BullMQ and process jobs with the handlers that the worker's modules provide.
 */
@Module({})
export class QueueModule {
  static forProducer(): DynamicModule {
    return { module: QueueModule, global: true, providers: [OutboxService, QueueRegistry, JobConsoleStore], exports: [OutboxService, QueueRegistry, JobConsoleStore] };
  }

  static forWorker(): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [DiscoveryModule, MetricsModule],
      providers: [OutboxService, QueueRegistry, OutboxRelay, QueueWorkers, ProbeHandler, QueueMetrics],
      exports: [OutboxService, QueueRegistry, OutboxRelay],
    };
  }
}
