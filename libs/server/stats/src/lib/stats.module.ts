import { Module } from '@nestjs/common';
import { StatsController } from './stats.controller';
import { StatsReportService } from './stats-report.service';
import { StatsService } from './stats.service';

/** Figures (数据统计): the organisers' dashboard, the home-page strip, batch health and the quarterly report. */
@Module({ controllers: [StatsController], providers: [StatsService, StatsReportService], exports: [StatsService] })
export class StatsModule {}
