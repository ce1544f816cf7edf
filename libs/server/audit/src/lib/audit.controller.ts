import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags, IntersectionType } from '@nestjs/swagger';
import { AuditRecord, chinaToday, Page } from '@scenematch/contracts';
import { Actor, ApiFile, ApiLanguage, CurrentActor, pageOf, PageQueryDto, ReadRoute, ReqMeta, RequestLanguage, RequestMeta, Roles, translateApiMessage } from '@scenematch/server-common';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { auditCsv, auditWorkbook } from './audit-export';
import { AuditFilters, AuditService, AuditVerification, SEALED_ACTOR_NAME } from './audit.service';

/** The most records one export holds; narrow the filters for more. */
export const AUDIT_EXPORT_LIMIT = 50_000;

export class AuditFilterFields implements AuditFilters {
  @ApiPropertyOptional({ maxLength: 100, description: 'A prefix: `auth.` finds every sign-in event' })
  @IsOptional() @IsString() @MaxLength(100) action?: string;
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() actorUserId?: string;
  /** A user's id or sign-in email. */
  @ApiPropertyOptional({ maxLength: 254, description: "A user's id or sign-in email" })
  @IsOptional() @IsString() @MaxLength(254) actor?: string;
  @ApiPropertyOptional({ maxLength: 50, example: 'organisation' })
  @IsOptional() @IsString() @MaxLength(50) entityType?: string;
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional() @IsString() @MaxLength(100) entityId?: string;
  @ApiPropertyOptional({ enum: ['success', 'failure', 'denied'] })
  @IsOptional() @IsIn(['success', 'failure', 'denied']) outcome?: 'success' | 'failure' | 'denied';
  @ApiPropertyOptional({ example: '2026-12-01', description: 'Inclusive start, ISO 8601 date or date-time' })
  @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ example: '2026-12-31T00:00:00+08:00', description: 'Exclusive end, ISO 8601 date or date-time' })
  @IsOptional() @IsISO8601({ strict: true }) to?: string;
}

export class AuditQueryDto extends IntersectionType(PageQueryDto, AuditFilterFields) {}

export class AuditExportQueryDto extends AuditFilterFields {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'xlsx' })
  @IsOptional() @IsIn(['csv', 'xlsx'], { message: 'format 应为 csv 或 xlsx' }) format?: 'csv' | 'xlsx';
}

function filtersOf(query: AuditFilters): AuditFilters {
  const { action, actorUserId, actor, entityType, entityId, outcome, from, to } = query;
  return { action, actorUserId, actor, entityType, entityId, outcome, from, to };
}

@ApiTags('audit')
@Controller('audit')
@Roles('organiser', 'admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @ReadRoute({ summary: 'Browse the audit trail (newest first); action is a prefix, actor an id or email', page: 'AuditRecord' })
  async list(@Query() query: AuditQueryDto, @RequestLanguage() language: ApiLanguage): Promise<Page<AuditRecord>> {
    const { items, total } = await this.audit.search(filtersOf(query), query);
    const worded = items.map((r) => (r.actor_name === SEALED_ACTOR_NAME ? { ...r, actor_name: translateApiMessage(r.actor_name, language) } : r));
    return pageOf(worded, total, query);
  }

  @ReadRoute('verify', { summary: 'Check the integrity of the whole hash chain', ok: 'AuditVerification' })
  async verify(@RequestLanguage() language: ApiLanguage): Promise<AuditVerification> {
    // The problems are sentences for the reader: worded in the request's language like messages.
    const result = await this.audit.verify();
    return { ...result, problems: result.problems.map((p) => ({ ...p, problem: translateApiMessage(p.problem, language) })) };
  }

  @Get('export')
  @ApiOperation({ summary: `Export the filtered trail as .csv or .xlsx (at most ${AUDIT_EXPORT_LIMIT} records, newest first); the export is itself audited` })
  @ApiFile(['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], 'The records as CSV or an XLSX workbook (header X-Export-Truncated: true when capped)')
  async export(@Query() query: AuditExportQueryDto, @Res() reply: FastifyReply, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<void> {
    const filters = filtersOf(query);
    const format = query.format ?? 'xlsx';
    const { rows, truncated } = await this.audit.exportRows(filters, AUDIT_EXPORT_LIMIT);
    await this.audit.record({ action: 'audit.export', actor, meta, details: { format, filters: JSON.parse(JSON.stringify(filters)), rows: rows.length, truncated } });
    const note = truncated ? `仅导出最新的 ${AUDIT_EXPORT_LIMIT} 条，请缩小筛选范围` : null;
    const body = format === 'csv' ? auditCsv(rows) : await auditWorkbook(rows, note);
    const name = `审计日志-${chinaToday()}.${format}`;
    reply
      .header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', `attachment; filename="audit.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .header('Cache-Control', 'no-store')
      .header('X-Export-Truncated', truncated ? 'true' : 'false')
      .send(body);
  }
}
