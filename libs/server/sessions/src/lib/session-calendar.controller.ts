import { Body, Controller, Get, Param, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { ActionRoute, Actor, ApiErrors, ApiFile, CurrentActor, DeleteRoute, Public, ReadRoute, ReqMeta, RequestMeta, uuidOrNotFound } from '@scenematch/server-common';
import type { FastifyReply } from 'fastify';
import { SessionCalendarService } from './session-calendar.service';
import { SessionFollowUpService } from './session-followup.service';
import { FollowUpAnswerDto } from './session.dto';

const uuid = uuidOrNotFound('对接会不存在或无权查看');
const itemUuid = uuidOrNotFound('记录不存在或无权查看');

const sendIcs = (reply: FastifyReply, body: string, filename?: string) => {
  reply.header('Content-Type', 'text/calendar; charset=utf-8').header('Cache-Control', 'private, no-store');
  if (filename) reply.header('Content-Disposition', `attachment; filename="agenda.ics"; filename*=UTF-8''${encodeURIComponent(filename)}`);
  reply.send(body);
};

/** A participant's meetings as a calendar: a download per session, follow-up questions and answers. */
@ApiTags('sessions')
@Controller('sessions')
export class SessionCalendarController {
  constructor(
    private readonly calendars: SessionCalendarService,
    private readonly followUps: SessionFollowUpService,
  ) {}

  @Get(':id/agenda.ics')
  @ApiOperation({ summary: 'The caller’s meetings of the session as an .ics file (staff: every meeting)' })
  @ApiFile('text/calendar', 'The meetings as an iCalendar file')
  @ApiErrors({ 403: 'Only the session’s participants and staff' })
  async agendaIcs(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    const { filename, body } = await this.calendars.sessionCalendar(id, actor);
    sendIcs(reply, body, filename);
  }

  @ReadRoute(':id/follow-ups', { roles: ['enterprise', 'agency', 'financier', 'organiser', 'admin'], summary: 'The follow-up questions asked of the caller’s organisation about its held meetings', list: 'FollowUpView', errors: [{ 403: 'Only the session’s participants' }] })
  list(@Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    return this.followUps.list(id, actor);
  }

  @ActionRoute(':id/follow-ups/:followUpId', { roles: ['enterprise', 'agency', 'financier'], summary: 'Answer a follow-up question once: signed / pilot / financing / none, with an optional note', ok: 'FollowUpView', errors: [{ 409: 'Answered already' }] })
  answer(@Param('id', uuid) id: string, @Param('followUpId', itemUuid) followUpId: string, @Body() dto: FollowUpAnswerDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.followUps.answer(id, followUpId, dto, actor, meta);
  }
}

/** The caller's private calendar subscription URL. */
@ApiTags('sessions')
@Controller('me/calendar-feed')
export class CalendarFeedController {
  constructor(private readonly calendars: SessionCalendarService) {}

  @ReadRoute({ roles: ['enterprise', 'agency', 'financier'], summary: 'Whether the caller has a calendar subscription URL, and since when (the URL itself is shown only when made)', ok: 'CalendarFeedView' })
  status(@CurrentActor() actor: Actor) {
    return this.calendars.feedStatus(actor);
  }

  @ActionRoute({ roles: ['enterprise', 'agency', 'financier'], summary: 'Make (or renew: the old URL stops working) the private subscription URL; the answer is the only time it is shown', emptyBody: true, ok: 'CalendarFeedView', description: 'The new subscription, with its path (shown this once)' })
  renew(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.calendars.renewFeed(actor, meta);
  }

  @DeleteRoute({ roles: ['enterprise', 'agency', 'financier'], summary: 'Stop the subscription URL' })
  revoke(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.calendars.revokeFeed(actor, meta);
  }
}

/** The subscription itself: no sign-in, the secret in the URL is the key. */
@ApiTags('sessions')
@Controller('calendar')
export class CalendarFeedPublicController {
  constructor(private readonly calendars: SessionCalendarService) {}

  @Get(':file')
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 30, ttl: 60_000 } })
  @ApiOperation({ summary: 'A private calendar subscription (`<secret>.ics`): the owner’s current meetings across sessions' })
  @ApiParam({ name: 'file', description: 'The secret of the subscription URL followed by .ics', schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}\\.ics$' } })
  @ApiFile('text/calendar', 'The owner’s current meetings as an iCalendar feed')
  async feed(@Param('file') file: string, @Res() reply: FastifyReply) {
    sendIcs(reply, await this.calendars.feed(file));
  }
}
