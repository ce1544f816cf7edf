import { Controller, HttpCode, NotFoundException, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotificationPage } from '@scenematch/contracts';
import { Actor, ApiNoContent, CurrentActor, ReadRoute, ReqMeta, RequestMeta } from '@scenematch/server-common';
import { NotificationQueryDto } from './dto/notification-query.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @ReadRoute({ summary: 'The caller’s notifications, newest first, with the unread count', ok: 'NotificationPage' })
  list(@CurrentActor() actor: Actor, @Query() query: NotificationQueryDto): Promise<NotificationPage> {
    return this.notifications.list(actor, query);
  }

  @Post('read-all')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark every notification of the caller read' })
  @ApiNoContent('All read')
  readAll(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.notifications.readAll(actor, meta);
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark one notification read (a notification of someone else is a 404)' })
  @ApiNoContent('Read')
  read(@CurrentActor() actor: Actor, @Param('id', new ParseIntPipe({ exceptionFactory: () => new NotFoundException('通知不存在') })) id: number, @ReqMeta() meta: RequestMeta) {
    return this.notifications.read(actor, id, meta);
  }
}
