import { Module } from '@nestjs/common';
import { AgendaService } from './agenda.service';
import { SessionAgendaHandler } from './agenda.handler';
import { MeetingRequestsService } from './meeting-requests.service';
import { SessionsController } from './sessions.controller';
import { SessionDirectoryService } from './session-directory.service';
import { SessionsService } from './sessions.service';

/** The HTTP side of matchmaking sessions. */
@Module({ controllers: [SessionsController], providers: [SessionsService, MeetingRequestsService, AgendaService, SessionDirectoryService] })
export class SessionsModule {}

/** The worker side: agenda generation. */
@Module({ providers: [SessionAgendaHandler] })
export class SessionJobsModule {}
