import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AuditModule } from '@scenematch/server-audit';
import { AuthModule } from '@scenematch/server-auth';
import { logTransport } from '@scenematch/server-common';
import { AppConfig, ConfigModule } from '@scenematch/server-config';
import { MetricsEndpointModule, MetricsModule } from '@scenematch/server-metrics';
import { DatabaseModule } from '@scenematch/server-database';
import { OrganisationsModule } from '@scenematch/server-organisations';
import { QueueModule } from '@scenematch/server-queue';
import { TaxonomyModule } from '@scenematch/server-taxonomy';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { ScenariosModule } from '@scenematch/server-scenarios';
import { ProductsModule } from '@scenematch/server-products';
import { MatchingModule } from '@scenematch/server-matching';
import { ApplicationFilesModule, ApplicationsModule } from '@scenematch/server-applications';
import { AwardsModule } from '@scenematch/server-awards';
import { ReviewsModule } from '@scenematch/server-reviews';
import { NotificationsModule } from '@scenematch/server-notifications';
import { SessionsModule } from '@scenematch/server-sessions';
import { StatsModule } from '@scenematch/server-stats';
import { OpenDataModule } from '@scenematch/server-open-data';
import { JobConsoleModule } from '@scenematch/server-job-console';
import { HealthController } from './health.controller';
import { I18nController } from './i18n.controller';

/** The HTTP API: wiring only. Each domain brings its own module. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            level: config.LOG_LEVEL,
            transport: logTransport(config.LOG_FORMAT),
            genReqId: (req: IncomingMessage, res: ServerResponse) => {
              const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password'],
            customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
              error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
            autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
          },
        }),
        MetricsModule,
        MetricsEndpointModule.forRoot({ port: config.METRICS_PORT, host: config.METRICS_HOST }),
        DatabaseModule.forRoot(),
        QueueModule.forProducer(),
        TerminusModule,
        AuditModule,
        OrganisationsModule,
        AuthModule,
        TaxonomyModule,
        ScenariosModule,
        ProductsModule,
        MatchingModule,
        // In this order: the document lists the routes of these modules as they come.
        ApplicationFilesModule,
        AwardsModule,
        ReviewsModule,
        ApplicationsModule,
        NotificationsModule,
        SessionsModule,
        StatsModule,
        OpenDataModule,
        JobConsoleModule,
      ],
      controllers: [HealthController, I18nController],
    };
  }
}
