import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { BatchCloseResult, BatchPublishResult, ScenarioBatchView } from '@scenematch/contracts';
import { ActionRoute, Actor, CreateRoute, CurrentActor, ReadRoute, ReqMeta, RequestMeta, UpdateRoute, uuidOrNotFound } from '@scenematch/server-common';
import { BatchesService } from './batches.service';
import { BatchDto, UpdateBatchDto } from './dto/scenario.dto';

const uuid = uuidOrNotFound('榜单不存在或无权查看');

@ApiTags('batches')
@Controller('batches')
export class BatchesController {
  constructor(private readonly batches: BatchesService) {}

  @ReadRoute({ public: true, summary: 'Scenario lists (榜单) by number; drafts for staff and agencies', list: 'ScenarioBatchView' })
  list(@CurrentActor({ optional: true }) actor?: Actor): Promise<ScenarioBatchView[]> {
    return this.batches.list(actor);
  }

  @ReadRoute(':id', { public: true, summary: 'A batch (榜单) with its window and eligibility rules (drafts for staff and agencies)', ok: 'ScenarioBatchView' })
  get(@Param('id', uuid) id: string, @CurrentActor({ optional: true }) actor?: Actor): Promise<ScenarioBatchView> {
    return this.batches.get(id, actor);
  }

  @CreateRoute({ roles: ['organiser', 'admin'], summary: 'Prepare a numbered batch with its application window', created: 'ScenarioBatchView', errors: [{ 409: 'A batch with this number exists' }] })
  create(@Body() dto: BatchDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioBatchView> {
    return this.batches.create(dto, actor, meta);
  }

  @UpdateRoute(':id', { roles: ['organiser', 'admin'], summary: 'Edit a batch: name, window, eligibility rules', ok: 'ScenarioBatchView', errors: [{ 409: 'A batch with this number exists, or the batch is closed' }] })
  update(@Param('id', uuid) id: string, @Body() dto: UpdateBatchDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ScenarioBatchView> {
    return this.batches.update(id, dto, actor, meta);
  }

  @ActionRoute(':id/publish', { roles: ['organiser', 'admin'], summary: 'Release the batch: its approved scenarios are published together', emptyBody: true, ok: 'BatchPublishResult', errors: [{ 409: 'The batch is not a draft' }] })
  publish(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<BatchPublishResult> {
    return this.batches.publish(id, actor, meta);
  }

  @ActionRoute(':id/close', { roles: ['organiser', 'admin'], summary: 'End the application window; its published scenarios close', emptyBody: true, ok: 'BatchCloseResult', errors: [{ 409: 'The batch is not published' }] })
  close(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<BatchCloseResult> {
    return this.batches.close(id, actor, meta);
  }
}
