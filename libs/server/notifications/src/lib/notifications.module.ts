import { Global, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { AuditService } from '@scenematch/server-audit';
import { NotificationSmsHandler, NotificationWechatHandler } from './channel-dispatch.handlers';
import { MessageChannelsModule } from './channels/channels.module';
import { NotificationDigestHandler, NotificationDigestMailHandler } from './digests';
import { MailerService } from './mailer.service';
import { NotificationDispatchHandler } from './notification-dispatch.handler';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationSettingsController } from './notification-settings.controller';
import { NotificationRunsController, NotificationRunsService } from './notification-runs';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { NotificationsSchedule } from './notifications.schedule';
import { NotificationRemindersHandler } from './reminders';
import { StrongMatchNotifier } from './strong-matches';

/**
 * Writing notifications, for worker-side modules that report things (matching). The worker has
 * no AuditModule: NotificationsService's audit dependency is provided here directly.
 */
@Module({ providers: [AuditService, NotificationsService, StrongMatchNotifier], exports: [NotificationsService, StrongMatchNotifier] })
export class NotificationsCoreModule {}

/**
 * The HTTP side: inbox, settings, unsubscribe links, digest and reminder runs; global, so any
 * module can write notifications. Carries its own AuditService so that it also works in the
 * worker (which has no AuditModule).
 */
@Global()
@Module({
  imports: [MessageChannelsModule],
  controllers: [NotificationsController, NotificationSettingsController, NotificationRunsController],
  providers: [AuditService, NotificationsService, NotificationPreferencesService, NotificationRunsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}

/** The worker side: mails, the weekly digest and the daily deadline reminders. */
@Module({
  imports: [ScheduleModule.forRoot(), MessageChannelsModule],
  providers: [
    AuditService,
    NotificationsService,
    MailerService,
    NotificationDispatchHandler,
    NotificationSmsHandler,
    NotificationWechatHandler,
    NotificationDigestHandler,
    NotificationDigestMailHandler,
    NotificationRemindersHandler,
    NotificationsSchedule,
  ],
  exports: [MailerService, NotificationsSchedule],
})
export class NotificationJobsModule {}
