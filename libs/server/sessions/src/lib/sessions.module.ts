import { Module } from '@nestjs/common';
import { AgendaService } from './agenda.service';
import { SessionAgendaHandler } from './agenda.handler';
import { MeetingRequestsService } from './meeting-requests.service';
import { CalendarFeedController, CalendarFeedPublicController, SessionCalendarController } from './session-calendar.controller';
import { SessionCalendarService } from './session-calendar.service';
import { SessionFollowUpService } from './session-followup.service';
import { SessionSchedule } from './session-schedule';
import { SessionsController } from './sessions.controller';
import { SessionDirectoryService } from './session-directory.service';
import { SessionsService } from './sessions.service';

/** The HTTP side of matchmaking sessions. */
@Module({
  controllers: [SessionsController, SessionCalendarController, CalendarFeedController, CalendarFeedPublicController],
  providers: [SessionsService, MeetingRequestsService, AgendaService, SessionDirectoryService, SessionCalendarService, SessionFollowUpService],
})
export class SessionsModule {}

/** The worker side: agenda generation, meeting reminders and follow-up questions. */
@Module({ providers: [SessionAgendaHandler, SessionSchedule], exports: [SessionSchedule] })
export class SessionJobsModule {}
