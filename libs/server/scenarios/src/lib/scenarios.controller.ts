import '@fastify/multipart';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { chinaToday, ImportReport, ScenarioEventView, ScenarioPage, ScenarioRevisionView, ScenarioView } from '@scenematch/contracts';
import { AcceptsMediaTypes, Actor, ApiCreatedRef, ApiEmptyBody, ApiErrors, ApiFile, ApiOk, ApiOkList, CurrentActor, FieldValidationException, preferredLanguage, Public, ReqMeta, RequestMeta, Roles, translateApiMessage, uuidOrNotFound } from '@scenematch/server-common';
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

  @Get()
  @Public()
  @ApiOperation({ summary: 'Search and filter scenarios (published ones for the public; q works on Chinese text)' })
  @ApiOk('ScenarioPage', 'One page of scenarios (with the facets when asked)')
  @ApiErrors({ 403: 'mine=true is for agencies; statuses other than the public ones are for staff' })
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

  @Post('import')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiConsumes('multipart/form-data')
  @AcceptsMediaTypes('multipart/form-data')
  @ApiOperation({ summary: 'Import a list (.xlsx/.csv) into a batch; `dryRun=true` previews without saving' })
  @ApiBody({
    description: 'The list file and where it goes. `batchId` and `dryRun` may come as form fields or as query parameters (the query wins).',
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: `The list: .xlsx or .csv (UTF-8 or GB18030/GBK), at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB` },
        batchId: { type: 'string', format: 'uuid', description: 'The batch (榜单) the scenarios go into; required here or in the query' },
        dryRun: { type: 'boolean', default: false, description: 'Preview the rows and their problems without saving; 1, true and yes mean true' },
      },
    },
  })
  @ApiQuery({ name: 'batchId', required: false, schema: { type: 'string', format: 'uuid' }, description: 'The batch (榜单); alternative to the form field' })
  @ApiQuery({ name: 'dryRun', required: false, schema: { type: 'boolean', default: false }, description: 'Preview without saving; alternative to the form field' })
  @ApiOk('ImportReport', 'What was (or, with dryRun, would be) imported, row by row')
  @ApiErrors({ 404: 'The batch does not exist' }, { 409: 'The batch is closed' })
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

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'A scenario (anyone if published; otherwise its unit and staff)' })
  @ApiOk('ScenarioView')
  get(@Param('id', uuid) id: string, @CurrentActor({ optional: true }) actor?: Actor): Promise<ScenarioView> {
    return this.scenarios.get(id, actor);
  }

  @Get(':id/revisions')
  @Public()
  @ApiOperation({ summary: 'Edits made after publication, newest first' })
  @ApiOkList('ScenarioRevisionView')
  revisions(@Param('id', uuid) id: string, @CurrentActor({ optional: true }) actor?: Actor): Promise<ScenarioRevisionView[]> {
    return this.scenarios.revisions(id, actor);
  }

  @Get(':id/events')
  @ApiOperation({ summary: 'Lifecycle history with who and when (owning unit and staff)' })
  @ApiOkList('ScenarioEventView')
  @ApiErrors({ 403: 'Only the owning unit and staff see the history' })
  events(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<ScenarioEventView[]> {
    return this.scenarios.events(id, actor);
  }

  @Post()
  @Roles('agency')
  @ApiOperation({ summary: 'Draft a scenario (agency)' })
  @ApiCreatedRef('ScenarioView')
  @ApiErrors({ 409: 'The unit already has a scenario of this title in the batch' })
  create(@Body() dto: CreateScenarioDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioView> {
    return this.scenarios.create(dto, actor, meta);
  }

  @Patch(':id')
  @Roles('agency', 'organiser', 'admin')
  @ApiOperation({ summary: 'Edit a scenario (its unit; after approval, edits are kept as revisions)' })
  @ApiOk('ScenarioView')
  @ApiErrors({ 403: 'Only the owning unit (or staff) may edit' }, { 409: 'Its status does not allow editing, or the title clashes' })
  update(@Param('id', uuid) id: string, @Body() dto: UpdateScenarioDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioView> {
    return this.scenarios.update(id, dto, actor, meta);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('agency')
  @ApiOperation({ summary: 'Submit for review (agency)' })
  @ApiEmptyBody()
  @ApiOk('ScenarioView')
  @ApiErrors({ 403: 'Only the owning unit' }, { 409: 'Its status does not allow this' })
  submit(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioView> {
    return this.scenarios.transition(id, 'submit', actor, meta);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Approve and publish (or approve into a batch not yet released)' })
  @ApiEmptyBody()
  @ApiOk('ScenarioView')
  @ApiErrors({ 409: 'Its status does not allow this' })
  publish(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioView> {
    return this.scenarios.transition(id, 'publish', actor, meta);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Return to the unit with a reason' })
  @ApiOk('ScenarioView')
  @ApiErrors({ 409: 'Its status does not allow this' })
  return(@Param('id', uuid) id: string, @Body() dto: ReasonDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioView> {
    return this.scenarios.transition(id, 'return', actor, meta, dto.reason);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Close applications' })
  @ApiEmptyBody()
  @ApiOk('ScenarioView')
  @ApiErrors({ 409: 'Its status does not allow this' })
  close(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioView> {
    return this.scenarios.transition(id, 'close', actor, meta);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('agency', 'organiser', 'admin')
  @ApiOperation({ summary: 'Cancel (its unit or staff)' })
  @ApiOk('ScenarioView')
  @ApiErrors({ 403: 'Only the owning unit or staff' }, { 409: 'Its status does not allow this' })
  cancel(@Param('id', uuid) id: string, @Body() dto: OptionalReasonDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioView> {
    return this.scenarios.transition(id, 'cancel', actor, meta, dto.reason);
  }
}
