import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { LaunchEventReleaseResult, LaunchEventView } from '@scenematch/contracts';
import { ActionRoute, Actor, CreateRoute, CurrentActor, DeleteRoute, ReadRoute, ReqMeta, RequestMeta } from '@scenematch/server-common';
import { AssignProductsDto, LaunchEventDto } from './dto/product.dto';
import { LaunchEventsService } from './launch-events.service';
import { anyId } from './id-pipes';

@ApiTags('launch-events')
@Controller('launch-events')
export class LaunchEventsController {
  constructor(private readonly events: LaunchEventsService) {}

  @ReadRoute({ public: true, summary: 'Product launch events (发布会); planned ones for staff', list: 'LaunchEventView' })
  list(@CurrentActor({ optional: true }) actor?: Actor): Promise<LaunchEventView[]> {
    return this.events.list(actor);
  }

  @ReadRoute(':id', { public: true, summary: 'A launch event (released ones for anyone; planned ones for staff)', ok: 'LaunchEventView' })
  get(@Param('id', anyId) id: string, @CurrentActor({ optional: true }) actor?: Actor): Promise<LaunchEventView> {
    return this.events.get(id, actor);
  }

  @CreateRoute({ roles: ['organiser', 'admin'], summary: 'Plan a launch event', created: 'LaunchEventView' })
  create(@Body() dto: LaunchEventDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<LaunchEventView> {
    return this.events.create(dto, actor, meta);
  }

  @ActionRoute(':id/products', { roles: ['organiser', 'admin'], summary: 'Put submitted products on the event', ok: 'LaunchEventView', errors: [{ 409: 'The event is released, or a product is not awaiting review' }] })
  assign(@Param('id', anyId) id: string, @Body() dto: AssignProductsDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<LaunchEventView> {
    return this.events.assign(id, dto.productIds, actor, meta);
  }

  @DeleteRoute(':id/products/:productId', { roles: ['organiser', 'admin'], summary: 'Take a product off a planned event', ok: 'LaunchEventView', errors: [{ 409: 'The event is released' }] })
  unassign(@Param('id', anyId) id: string, @Param('productId', anyId) product: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<LaunchEventView> {
    return this.events.unassign(id, product, actor, meta);
  }

  @ActionRoute(':id/release', { roles: ['organiser', 'admin'], summary: 'Release the event: its products are listed together', emptyBody: true, ok: 'LaunchEventReleaseResult', errors: [{ 409: 'The event is released already' }] })
  release(@Param('id', anyId) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<LaunchEventReleaseResult> {
    return this.events.release(id, actor, meta);
  }
}
