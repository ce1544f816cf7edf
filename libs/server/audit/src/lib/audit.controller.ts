import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page } from '@scenematch/contracts';
import { PageQueryDto, pageOf, Roles } from '@scenematch/server-common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditRow, AuditService, AuditVerification } from './audit.service';

export class AuditQueryDto extends PageQueryDto {
  @IsOptional() @IsString() @MaxLength(100) action?: string;
  @IsOptional() @IsUUID() actorUserId?: string;
  @IsOptional() @IsString() @MaxLength(50) entityType?: string;
  @IsOptional() @IsString() @MaxLength(100) entityId?: string;
  @IsOptional() @IsIn(['success', 'failure', 'denied']) outcome?: 'success' | 'failure' | 'denied';
  @IsOptional() @IsISO8601() from?: string;
  @IsOptional() @IsISO8601() to?: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
@Roles('organiser', 'admin')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Browse the audit trail (newest first)' })
  async list(@Query() query: AuditQueryDto): Promise<Page<AuditRow>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.action) add('action LIKE ?', `${query.action.replace(/[%_]/g, '')}%`);
    if (query.actorUserId) add('actor_user_id = ?', query.actorUserId);
    if (query.entityType) add('entity_type = ?', query.entityType);
    if (query.entityId) add('entity_id = ?', query.entityId);
    if (query.outcome) add('outcome = ?', query.outcome);
    if (query.from) add('at >= ?', query.from);
    if (query.to) add('at < ?', query.to);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM audit_log ${clause}`, params);
    const items: AuditRow[] = await this.dataSource.query(
      `SELECT * FROM audit_log ${clause} ORDER BY id DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    return pageOf(items, count, query);
  }

  @Get('verify')
  @ApiOperation({ summary: 'Check the integrity of the whole hash chain' })
  verify(): Promise<AuditVerification> {
    return this.audit.verify();
  }
}
