import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { BatchHealth, PublicStats, StatsOverview } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Actor, ApiFile, CurrentActor, ReadRoute, ReqMeta, RequestMeta, Roles } from '@scenematch/server-common';
import type { FastifyReply } from 'fastify';
import { BatchHealthQueryDto, ReportQueryDto, StatsQueryDto } from './stats.dto';
import { StatsReportService } from './stats-report.service';
import { StatsService } from './stats.service';

@ApiTags('stats')
@Controller('stats')
export class StatsController {
  constructor(
    private readonly stats: StatsService,
    private readonly reports: StatsReportService,
    private readonly audit: AuditService,
  ) {}

  @ReadRoute('overview', { roles: ['organiser', 'admin'], summary: 'Dashboard figures for a period, optionally one batch or domain', ok: 'StatsOverview' })
  async overview(@Query() query: StatsQueryDto): Promise<StatsOverview> {
    return this.stats.overview(await this.stats.filters(query));
  }

  @Header('Cache-Control', 'public, max-age=60')
  @ReadRoute('public', { public: true, summary: 'Home-page figures (counts only)', ok: 'PublicStats' })
  public(): Promise<PublicStats> {
    return this.stats.publicStats();
  }

  @ReadRoute('batch-health', { roles: ['organiser', 'admin'], summary: 'Open scenarios short of applications near their deadline, companies to invite, and capability gaps', ok: 'BatchHealth', errors: [{ 404: 'No such batch' }] })
  batchHealth(@Query() query: BatchHealthQueryDto): Promise<BatchHealth> {
    return this.stats.batchHealth(query.batchId);
  }

  @Get('report')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Quarterly report as .xlsx (汇总, 场景, 申报, 揭榜结果, 对接会, 匹配覆盖)' })
  @ApiFile('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'The quarterly report workbook')
  async report(@Query() query: ReportQueryDto, @Res() reply: FastifyReply, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<void> {
    const report = await this.reports.quarterly(query.quarter);
    // The detail sheets hold sealed bids (quotes): every export is on the record.
    await this.audit.record({ action: 'stats.report.export', actor, entityType: 'stats_report', entityId: query.quarter, meta, details: { quarter: query.quarter } });
    reply
      .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', `attachment; filename="scenematch-report-${query.quarter}.xlsx"; filename*=UTF-8''${encodeURIComponent(report.filename)}`)
      .header('Cache-Control', 'private, no-store')
      .send(report.body);
  }
}
