import { Module } from '@nestjs/common';
import { JobConsoleController } from './job-console.controller';
import { JobConsoleService } from './job-console.service';

/** The admin's failed-job console (任务监控). Needs the queue producer (QueueModule.forProducer) and the audit trail. */
@Module({ controllers: [JobConsoleController], providers: [JobConsoleService] })
export class JobConsoleModule {}
