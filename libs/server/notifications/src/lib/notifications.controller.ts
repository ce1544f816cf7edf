import { Controller, NotFoundException, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotificationPage } from '@scenematch/contracts';
import { ActionRoute, Actor, CurrentActor, ReadRoute, ReqMeta, RequestMeta } from '@scenematch/server-common';
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

  @ActionRoute('read-all', { summary: 'Mark every notification of the caller read', noContent: true, description: 'All read' })
  readAll(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.notifications.readAll(actor, meta);
  }

  @ActionRoute(':id/read', { summary: 'Mark one notification read (a notification of someone else is a 404)', noContent: true, description: 'Read' })
  read(@CurrentActor() actor: Actor, @Param('id', new ParseIntPipe({ exceptionFactory: () => new NotFoundException('通知不存在') })) id: number, @ReqMeta() meta: RequestMeta) {
    return this.notifications.read(actor, id, meta);
  }
}
