import '@fastify/multipart';
import { Body, Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { chinaToday, ImportReport, ScenarioEventView, ScenarioPage, ScenarioRevisionView, ScenarioView } from '@scenematch/contracts';
import { ActionRoute, Actor, ApiErrors, ApiFile, ApiUpload, CreateRoute, CurrentActor, FieldValidationException, preferredLanguage, Public, ReadRoute, ReqMeta, RequestMeta, translateApiMessage, UpdateRoute, uuidOrNotFound } from '@scenematch/server-common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CreateScenarioDto, ExportQueryDto, OptionalReasonDto, ReasonDto, ScenarioQueryDto, UpdateScenarioDto } from './dto/scenario.dto';
import { ScenarioImportService } from './scenario-import.service';
import { writeCsv, writeWorkbook } from './scenario-list-file';
import { ScenariosService } from './scenarios.service';

const uuid = uuidOrNotFound('场景不存在或无权查看');
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

@ApiTags('scenarios')
@Controller('scenarios')
export class ScenariosController {
  constructor(
    private readonly scenarios: ScenariosService,
    private readonly importer: ScenarioImportService,
  ) {}

  @ReadRoute({ public: true, summary: 'Search and filter scenarios (published ones for the public; q works on Chinese text)', ok: 'ScenarioPage', description: 'One page of scenarios (with the facets when asked)', errors: [{ 403: 'mine=true is for agencies; statuses other than the public ones are for staff' }] })
  list(@Query() query: ScenarioQueryDto, @CurrentActor({ optional: true }) actor?: Actor): Promise<ScenarioPage> {
    return this.scenarios.list(query, actor);
  }

  @Get('export')
  @Public()
  @ApiOperation({ summary: 'Export the filtered list as .xlsx or .csv (columns 序号, 应用领域, 场景名称, 责任单位, 场景描述, 截止日期, 能力需求, 预算)' })
  @ApiFile(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'], 'The filtered list as a workbook or CSV')
  @ApiErrors({ 403: 'mine=true is for agencies; statuses other than the public ones are for staff' })
  async export(@Query() query: ExportQueryDto, @Res() reply: FastifyReply, @CurrentActor({ optional: true }) actor?: Actor): Promise<void> {
    const rows = await this.scenarios.exportRows(query, actor);
    const format = query.format ?? 'xlsx';
    const stamp = chinaToday();
    const name = `场景清单-${stamp}.${format}`;
    const body = format === 'csv' ? writeCsv(rows) : await writeWorkbook(rows, '场景清单');
    reply
      .header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', `attachment; filename="scenarios.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .header('Cache-Control', 'no-store')
      .send(body);
  }

  @ApiUpload(
    {
      batchId: { type: 'string', format: 'uuid', description: 'The batch (榜单) the scenarios go into; required here or in the query' },
      dryRun: { type: 'boolean', default: false, description: 'Preview the rows and their problems without saving; 1, true and yes mean true' },
    },
    `The list: .xlsx or .csv (UTF-8 or GB18030/GBK), at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
    'The list file and where it goes. `batchId` and `dryRun` may come as form fields or as query parameters (the query wins).',
  )
  @ApiQuery({ name: 'batchId', required: false, schema: { type: 'string', format: 'uuid' }, description: 'The batch (榜单); alternative to the form field' })
  @ApiQuery({ name: 'dryRun', required: false, schema: { type: 'boolean', default: false }, description: 'Preview without saving; alternative to the form field' })
  @ActionRoute('import', { roles: ['organiser', 'admin'], summary: 'Import a list (.xlsx/.csv) into a batch; `dryRun=true` previews without saving', ok: 'ImportReport', description: 'What was (or, with dryRun, would be) imported, row by row', errors: [{ 404: 'The batch does not exist' }, { 409: 'The batch is closed' }] })
  async import(
    @Req() request: FastifyRequest,
    @Query('batchId') batchIdQuery: string | undefined,
    @Query('dryRun') dryRunQuery: string | undefined,
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
  ): Promise<ImportReport> {
    if (!request.isMultipart()) throw FieldValidationException.single('file', '请以 multipart/form-data 上传文件（字段名 file）');
    let file: { filename: string; buffer: Buffer } | undefined;
    const fields: Record<string, string> = {};
    try {
      for await (const part of request.parts({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10 } })) {
        if (part.type === 'file') {
          const buffer = await part.toBuffer();
          file = { filename: part.filename, buffer };
        } else {
          fields[part.fieldname] = String(part.value ?? '');
        }
      }
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') throw FieldValidationException.single('file', `文件不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
      if (code?.startsWith('FST_')) throw FieldValidationException.single('file', '上传的文件有误');
      throw error;
    }
    if (!file) throw FieldValidationException.single('file', '请选择要导入的文件');
    const batchId = batchIdQuery ?? fields['batchId'];
    if (!batchId || !/^[0-9a-f-]{36}$/i.test(batchId)) throw FieldValidationException.single('batchId', '请选择导入到哪个榜单');
    const dryRun = ['1', 'true', 'yes'].includes(String(dryRunQuery ?? fields['dryRun'] ?? 'false'));
    const report = await this.importer.import(file, batchId, dryRun, actor, meta);
    // The rows' problems are the report's data, not an error the exception filter words: they
    // follow Accept-Language here (the file's own column names stay as the file has them).
    const language = preferredLanguage(request.headers['accept-language']);
    return {
      ...report,
      results: report.results.map((r) => ({ ...r, errors: r.errors.map((e) => translateApiMessage(e, language)) })),
    };
  }

  @ReadRoute(':id', { public: true, summary: 'A scenario (anyone if published; otherwise its unit and staff)', ok: 'ScenarioView' })
  get(@Param('id', uuid) id: string, @CurrentActor({ optional: true }) actor?: Actor): Promise<ScenarioView> {
    return this.scenarios.get(id, actor);
  }

  @ReadRoute(':id/revisions', { public: true, summary: 'Edits made after publication, newest first', list: 'ScenarioRevisionView' })
  revisions(@Param('id', uuid) id: string, @CurrentActor({ optional: true }) actor?: Actor): Promise<ScenarioRevisionView[]> {
    return this.scenarios.revisions(id, actor);
  }

  @ReadRoute(':id/events', { summary: 'Lifecycle history with who and when (owning unit and staff)', list: 'ScenarioEventView', errors: [{ 403: 'Only the owning unit and staff see the history' }] })
  events(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<ScenarioEventView[]> {
    return this.scenarios.events(id, actor);
  }

  @CreateRoute({ roles: ['agency'], summary: 'Draft a scenario (agency)', created: 'ScenarioView', errors: [{ 409: 'The unit already has a scenario of this title in the batch' }] })
  create(@Body() dto: CreateScenarioDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioView> {
    return this.scenarios.create(dto, actor, meta);
  }

  @UpdateRoute(':id', { roles: ['agency', 'organiser', 'admin'], summary: 'Edit a scenario (its unit; after approval, edits are kept as revisions)', ok: 'ScenarioView', errors: [{ 403: 'Only the owning unit (or staff) may edit' }, { 409: 'Its status does not allow editing, or the title clashes' }] })
  update(@Param('id', uuid) id: string, @Body() dto: UpdateScenarioDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioView> {
    return this.scenarios.update(id, dto, actor, meta);
  }

  @ActionRoute(':id/submit', { roles: ['agency'], summary: 'Submit for review (agency)', emptyBody: true, ok: 'ScenarioView', errors: [{ 403: 'Only the owning unit' }, { 409: 'Its status does not allow this' }] })
  submit(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioView> {
    return this.scenarios.transition(id, 'submit', actor, meta);
  }

  @ActionRoute(':id/publish', { roles: ['organiser', 'admin'], summary: 'Approve and publish (or approve into a batch not yet released)', emptyBody: true, ok: 'ScenarioView', errors: [{ 409: 'Its status does not allow this' }] })
  publish(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioView> {
    return this.scenarios.transition(id, 'publish', actor, meta);
  }

  @ActionRoute(':id/return', { roles: ['organiser', 'admin'], summary: 'Return to the unit with a reason', ok: 'ScenarioView', errors: [{ 409: 'Its status does not allow this' }] })
  return(@Param('id', uuid) id: string, @Body() dto: ReasonDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioView> {
    return this.scenarios.transition(id, 'return', actor, meta, dto.reason);
  }

  @ActionRoute(':id/close', { roles: ['organiser', 'admin'], summary: 'Close applications', emptyBody: true, ok: 'ScenarioView', errors: [{ 409: 'Its status does not allow this' }] })
  close(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioView> {
    return this.scenarios.transition(id, 'close', actor, meta);
  }

  @ActionRoute(':id/cancel', { roles: ['agency', 'organiser', 'admin'], summary: 'Cancel (its unit or staff)', ok: 'ScenarioView', errors: [{ 403: 'Only the owning unit or staff' }, { 409: 'Its status does not allow this' }] })
  cancel(@Param('id', uuid) id: string, @Body() dto: OptionalReasonDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioView> {
    return this.scenarios.transition(id, 'cancel', actor, meta, dto.reason);
  }
}
