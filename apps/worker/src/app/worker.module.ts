import { DynamicModule, Module } from '@nestjs/common';
import { logTransport } from '@scenematch/server-common';
import { AppConfig, ConfigModule } from '@scenematch/server-config';
import { MetricsEndpointModule, MetricsModule } from '@scenematch/server-metrics';
import { DatabaseModule } from '@scenematch/server-database';
import { QueueModule } from '@scenematch/server-queue';
import { LoggerModule } from 'nestjs-pino';
import { MatchingJobsModule } from '@scenematch/server-matching';
import { TaxonomyModule } from '@scenematch/server-taxonomy';
import { NotificationJobsModule, NotificationsModule } from '@scenematch/server-notifications';
import { SessionJobsModule } from '@scenematch/server-sessions';
import { ApplicationJobsModule } from '@scenematch/server-applications';
import { OpenDataJobsModule } from '@scenematch/server-open-data';

/**
 * The worker: no HTTP. It relays the outbox to BullMQ and processes jobs with the handlers
 * that the domain modules imported here provide.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.LOG_LEVEL, transport: logTransport(config.LOG_FORMAT) } }),
        MetricsModule,
        // The worker serves no HTTP but this: its own metrics-only listener.
        MetricsEndpointModule.forRoot({ port: config.WORKER_METRICS_PORT, host: config.METRICS_HOST }),
        DatabaseModule.forRoot(),
        QueueModule.forWorker(),
        TaxonomyModule,
        MatchingJobsModule,
        NotificationsModule,
        NotificationJobsModule,
        SessionJobsModule,
        ApplicationJobsModule,
        OpenDataJobsModule,
      ],
    };
  }
}
