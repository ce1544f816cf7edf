import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { BatchCloseResult, BatchPublishResult, ScenarioBatchView } from '@scenematch/contracts';
import { Actor, ApiCreatedRef, ApiEmptyBody, ApiErrors, ApiOk, ApiOkList, CurrentActor, Public, ReqMeta, RequestMeta, Roles, uuidOrNotFound } from '@scenematch/server-common';
import { BatchesService } from './batches.service';
import { BatchDto, UpdateBatchDto } from './dto/scenario.dto';

const uuid = uuidOrNotFound('榜单不存在或无权查看');

@ApiTags('batches')
@Controller('batches')
export class BatchesController {
  constructor(private readonly batches: BatchesService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Scenario lists (榜单) by number; drafts for staff and agencies' })
  @ApiOkList('ScenarioBatchView')
  list(@CurrentActor({ optional: true }) actor?: Actor): Promise<ScenarioBatchView[]> {
    return this.batches.list(actor);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'A batch (榜单) with its window and eligibility rules (drafts for staff and agencies)' })
  @ApiOk('ScenarioBatchView')
  get(@Param('id', uuid) id: string, @CurrentActor({ optional: true }) actor?: Actor): Promise<ScenarioBatchView> {
    return this.batches.get(id, actor);
  }

  @Post()
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Prepare a numbered batch with its application window' })
  @ApiCreatedRef('ScenarioBatchView')
  @ApiErrors({ 409: 'A batch with this number exists' })
  create(@Body() dto: BatchDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioBatchView> {
    return this.batches.create(dto, actor, meta);
  }

  @Patch(':id')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Edit a batch: name, window, eligibility rules' })
  @ApiOk('ScenarioBatchView')
  @ApiErrors({ 409: 'A batch with this number exists, or the batch is closed' })
  update(@Param('id', uuid) id: string, @Body() dto: UpdateBatchDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioBatchView> {
    return this.batches.update(id, dto, actor, meta);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Release the batch: its approved scenarios are published together' })
  @ApiEmptyBody()
  @ApiOk('BatchPublishResult')
  @ApiErrors({ 409: 'The batch is not a draft' })
  publish(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<BatchPublishResult> {
    return this.batches.publish(id, actor, meta);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'End the application window; its published scenarios close' })
  @ApiEmptyBody()
  @ApiOk('BatchCloseResult')
  @ApiErrors({ 409: 'The batch is not published' })
  close(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<BatchCloseResult> {
    return this.batches.close(id, actor, meta);
  }
}
