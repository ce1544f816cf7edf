import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { OpenDataDumpHandler, OpenDataSchedule } from './open-data-dump.handler';
import { OpenDataDumpsService } from './open-data-dumps.service';
import { OpenDataController } from './open-data.controller';
import { OpenDataService } from './open-data.service';

/** 开放数据 in the API: the public feeds and the dump downloads. */
@Module({ controllers: [OpenDataController], providers: [OpenDataService, OpenDataDumpsService] })
export class OpenDataModule {}

/** 开放数据 in the worker: the daily dump (its timer, its first-start request and its job). */
@Module({ imports: [ScheduleModule.forRoot()], providers: [OpenDataService, OpenDataDumpsService, OpenDataDumpHandler, OpenDataSchedule], exports: [OpenDataDumpsService, OpenDataSchedule] })
export class OpenDataJobsModule {}
