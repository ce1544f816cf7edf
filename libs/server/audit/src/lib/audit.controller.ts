import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, IntersectionType } from '@nestjs/swagger';
import { chinaToday, Page } from '@scenematch/contracts';
import { Actor, CurrentActor, PageQueryDto, pageOf, ReqMeta, RequestMeta, Roles } from '@scenematch/server-common';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { auditCsv, auditWorkbook } from './audit-export';
import { AuditFilters, AuditRow, AuditService, AuditVerification } from './audit.service';

/** The most records one export holds; narrow the filters for more. */
export const AUDIT_EXPORT_LIMIT = 50_000;

export class AuditFilterFields implements AuditFilters {
  @IsOptional() @IsString() @MaxLength(100) action?: string;
  @IsOptional() @IsUUID() actorUserId?: string;
  /** A user's id or sign-in email. */
  @IsOptional() @IsString() @MaxLength(254) actor?: string;
  @IsOptional() @IsString() @MaxLength(50) entityType?: string;
  @IsOptional() @IsString() @MaxLength(100) entityId?: string;
  @IsOptional() @IsIn(['success', 'failure', 'denied']) outcome?: 'success' | 'failure' | 'denied';
  @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @IsOptional() @IsISO8601({ strict: true }) to?: string;
}

export class AuditQueryDto extends IntersectionType(PageQueryDto, AuditFilterFields) {}

export class AuditExportQueryDto extends AuditFilterFields {
  @IsOptional() @IsIn(['csv', 'xlsx'], { message: 'format 应为 csv 或 xlsx' }) format?: 'csv' | 'xlsx';
}

function filtersOf(query: AuditFilters): AuditFilters {
  const { action, actorUserId, actor, entityType, entityId, outcome, from, to } = query;
  return { action, actorUserId, actor, entityType, entityId, outcome, from, to };
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
@Roles('organiser', 'admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'Browse the audit trail (newest first); action is a prefix, actor an id or email' })
  async list(@Query() query: AuditQueryDto): Promise<Page<AuditRow>> {
    const { items, total } = await this.audit.search(filtersOf(query), query);
    return pageOf(items, total, query);
  }

  @Get('verify')
  @ApiOperation({ summary: 'Check the integrity of the whole hash chain' })
  verify(): Promise<AuditVerification> {
    return this.audit.verify();
  }

  @Get('export')
  @ApiOperation({ summary: `Export the filtered trail as .csv or .xlsx (at most ${AUDIT_EXPORT_LIMIT} records, newest first); the export is itself audited` })
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
