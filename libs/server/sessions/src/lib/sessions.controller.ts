import { Body, Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { AgendaRunView, AgendaView } from '@scenematch/contracts';
import { ActionRoute, Actor, ApiFile, ApiLanguage, CreateRoute, CurrentActor, DeleteRoute, PageQueryDto, ReadRoute, ReqMeta, RequestLanguage, RequestMeta, Roles, translateGenerated, UpdateRoute, uuidOrNotFound } from '@scenematch/server-common';
import type { FastifyReply } from 'fastify';
import { IsIn, IsOptional } from 'class-validator';
import { AgendaService } from './agenda.service';
import { MeetingRequestsService } from './meeting-requests.service';
import {
  AddMeetingDto,
  CheckInDto,
  DirectoryQueryDto,
  MeetingRequestDto,
  MeetingRequestQueryDto,
  ParticipantDto,
  RespondDto,
  SessionDto,
  SessionQueryDto,
  SessionStatusDto,
  UpdateMeetingDto,
  UpdateParticipantDto,
  UpdateSessionDto,
} from './session.dto';
import { SessionDirectoryService } from './session-directory.service';
import { SessionsService } from './sessions.service';

const uuid = uuidOrNotFound('对接会不存在或无权查看');
const itemUuid = uuidOrNotFound('记录不存在或无权查看');

class ParticipantQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['enterprise', 'agency'], description: 'Only companies, or only the demand side (agencies and financiers)' })
  @IsOptional() @IsIn(['enterprise', 'agency'], { message: '类型取值无效' }) kind?: 'enterprise' | 'agency';
}

@ApiTags('sessions')
@Controller('sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly requests: MeetingRequestsService,
    private readonly agendas: AgendaService,
    private readonly directories: SessionDirectoryService,
  ) {}

  @CreateRoute({ roles: ['organiser', 'admin'], summary: 'Create a matchmaking session (供需对接会) in planning', created: 'SessionView' })
  create(@Body() dto: SessionDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.create(dto, actor, meta);
  }

  @ReadRoute({ public: true, summary: 'Sessions, newest first (sessions in planning only for staff)', page: 'SessionView' })
  list(@Query() query: SessionQueryDto, @CurrentActor({ optional: true }) actor?: Actor) {
    return this.sessions.list(query, actor);
  }

  @ReadRoute(':id', { public: true, summary: 'A session (in planning only for staff)', ok: 'SessionView' })
  get(@Param('id', uuid) id: string, @CurrentActor({ optional: true }) actor?: Actor) {
    return this.sessions.get(id, actor);
  }

  @UpdateRoute(':id', { roles: ['organiser', 'admin'], summary: 'Edit a session (only the fields sent change)', ok: 'SessionView', errors: [{ 409: 'Its status does not allow editing (or, once the agenda is published, changing the time grid)' }] })
  update(@Param('id', uuid) id: string, @Body() dto: UpdateSessionDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.update(id, dto, actor, meta);
  }

  @ActionRoute(':id/status', { roles: ['organiser', 'admin'], summary: 'Move the session: planning → open_for_registration → scheduled (publishes the agenda) → running → closed', ok: 'SessionView', errors: [{ 409: 'Not a next step from the current status, or no agenda to publish yet' }] })
  status(@Param('id', uuid) id: string, @Body() dto: SessionStatusDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.transition(id, dto.status, actor, meta);
  }

  // ── participants ──

  @ReadRoute(':id/directory', { public: true, summary: 'Who is coming (参会名录): names, kinds, scenarios or needs, products; contacts only for registered participants and staff', ok: 'DirectoryView' })
  directory(@Param('id', uuid) id: string, @Query() query: DirectoryQueryDto, @CurrentActor({ optional: true }) actor?: Actor) {
    return this.directories.directory(id, query, actor);
  }

  @CreateRoute(':id/participants', { roles: ['enterprise', 'agency', 'financier', 'organiser', 'admin'], summary: 'Register the caller’s organisation (company, agency, financier with its needs), or (staff) any of them', created: 'ParticipantView', errors: [{ 403: 'Only companies, agencies, financiers and staff register' }, { 404: 'The organisation or a scenario given does not exist' }, { 409: 'Registration is not open, the kind is not admitted, the places are taken, or the organisation is registered already' }] })
  register(@Param('id', uuid) id: string, @Body() dto: ParticipantDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.register(id, dto, actor, meta);
  }

  @ReadRoute(':id/participants', { summary: 'Participants (others see names, kinds and scenarios; staff and the participant itself see the rest)', page: 'ParticipantView' })
  participants(@Param('id', uuid) id: string, @Query() query: ParticipantQueryDto, @CurrentActor() actor: Actor) {
    return this.sessions.participants(id, actor, query);
  }

  @ReadRoute(':id/participants/:participantId', { summary: 'One registration (its organisation and staff see everything)', ok: 'ParticipantView' })
  participant(@Param('id', uuid) id: string, @Param('participantId', itemUuid) participantId: string, @CurrentActor() actor: Actor) {
    return this.sessions.participant(id, participantId, actor);
  }

  @UpdateRoute(':id/participants/:participantId', { roles: ['enterprise', 'agency', 'financier', 'organiser', 'admin'], summary: 'Edit a registration: contacts, scenarios, needs, capacity, unavailable slots (its organisation or staff)', ok: 'ParticipantView', errors: [{ 409: 'Registration is closed' }] })
  updateParticipant(@Param('id', uuid) id: string, @Param('participantId', itemUuid) participantId: string, @Body() dto: UpdateParticipantDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.updateParticipant(id, participantId, dto, actor, meta);
  }

  @DeleteRoute(':id/participants/:participantId', { roles: ['enterprise', 'agency', 'financier', 'organiser', 'admin'], summary: 'Cancel a registration: its requests are withdrawn and its meetings freed', errors: [{ 409: 'Registration is closed' }] })
  cancelParticipant(@Param('id', uuid) id: string, @Param('participantId', itemUuid) participantId: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.cancelParticipant(id, participantId, actor, meta);
  }

  @Get(':id/participants/:participantId/qr.svg')
  @ApiOperation({ summary: 'The participant’s check-in QR code (its own or staff)' })
  @ApiFile('image/svg+xml', 'The QR code as SVG')
  async qr(@Param('id', uuid) id: string, @Param('participantId', itemUuid) participantId: string, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    const svg = await this.sessions.qr(id, participantId, actor);
    reply.header('Content-Type', 'image/svg+xml').header('Cache-Control', 'private, no-store').send(svg);
  }

  @ActionRoute(':id/check-in', { roles: ['organiser', 'admin'], summary: 'Check a participant in by the code of its QR code (the desk’s scanner types it)', ok: 'ParticipantView', description: 'The participant checked in', errors: [{ 409: 'The session is not scheduled or running, or the participant cancelled or was marked absent' }] })
  checkInByCode(@Param('id', uuid) id: string, @Body() dto: CheckInDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.checkIn(id, { code: dto.code }, actor, meta);
  }

  @ActionRoute(':id/participants/:participantId/check-in', { roles: ['organiser', 'admin'], summary: 'Check a participant in by hand (staff)', emptyBody: true, ok: 'ParticipantView', description: 'The participant checked in', errors: [{ 409: 'The session is not scheduled or running, or the participant cancelled or was marked absent' }] })
  checkIn(@Param('id', uuid) id: string, @Param('participantId', itemUuid) participantId: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.checkIn(id, { participantId }, actor, meta);
  }

  @ActionRoute(':id/participants/:participantId/no-show', { roles: ['organiser', 'admin'], summary: 'Mark a participant absent: its meetings are cancelled and the other sides told', emptyBody: true, ok: 'ParticipantView', errors: [{ 409: 'The session is not running, or the participant checked in' }] })
  noShow(@Param('id', uuid) id: string, @Param('participantId', itemUuid) participantId: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.noShow(id, participantId, actor, meta);
  }

  // ── meeting requests ──

  @CreateRoute(':id/meeting-requests', { roles: ['enterprise', 'agency', 'financier'], summary: 'Ask a participant of the other kind for a meeting', created: 'MeetingRequestView', errors: [{ 403: 'Register for the session first' }, { 409: 'Requests are closed, or the caller asked this organisation already' }] })
  request(@Param('id', uuid) id: string, @Body() dto: MeetingRequestDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.requests.create(id, dto, actor, meta);
  }

  @ReadRoute(':id/meeting-requests', { summary: 'Requests (staff: all; participants: to or from them)', page: 'MeetingRequestView' })
  requestList(@Param('id', uuid) id: string, @Query() query: MeetingRequestQueryDto, @CurrentActor() actor: Actor) {
    return this.requests.list(id, query, actor);
  }

  @ActionRoute(':id/meeting-requests/:requestId/respond', { roles: ['enterprise', 'agency', 'financier'], summary: 'Accept or decline a meeting request addressed to the caller’s organisation', ok: 'MeetingRequestView', errors: [{ 403: 'Only the organisation asked may answer' }, { 409: 'Requests are closed, or the request was answered already' }] })
  respond(@Param('id', uuid) id: string, @Param('requestId', itemUuid) requestId: string, @Body() dto: RespondDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.requests.respond(id, requestId, dto.decision, actor, meta);
  }

  @ActionRoute(':id/meeting-requests/:requestId/withdraw', { roles: ['enterprise', 'agency', 'financier'], summary: 'Withdraw a meeting request the caller’s organisation made', emptyBody: true, ok: 'MeetingRequestView', errors: [{ 403: 'Only the organisation that asked may withdraw' }, { 409: 'Requests are closed, or the request is over' }] })
  withdraw(@Param('id', uuid) id: string, @Param('requestId', itemUuid) requestId: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.requests.withdraw(id, requestId, actor, meta);
  }

  @ReadRoute(':id/suggestions', { roles: ['enterprise', 'agency', 'financier'], summary: 'Participants worth meeting, from the match scores', list: 'SessionSuggestion', errors: [{ 403: 'Register for the session first' }] })
  suggestions(@Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    return this.requests.suggestions(id, actor);
  }

  // ── agenda ──

  @ActionRoute(':id/agenda', { roles: ['organiser', 'admin'], summary: 'Generate the agenda in the worker (HiGHS); poll the run for progress', emptyBody: true, queued: true, ok: 'AgendaRunView', description: 'The run, queued for the worker', errors: [{ 409: 'Registration is not open, a run is under way, or too few participants' }] })
  async generate(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @RequestLanguage() language: ApiLanguage) {
    return agendaRunIn(await this.agendas.generate(id, actor, meta), language);
  }

  @ReadRoute(':id/agenda/runs/:runId', { roles: ['organiser', 'admin'], summary: 'Progress and result of an agenda run', ok: 'AgendaRunView' })
  async run(@Param('id', uuid) id: string, @Param('runId', itemUuid) runId: string, @CurrentActor() actor: Actor, @RequestLanguage() language: ApiLanguage) {
    return agendaRunIn(await this.agendas.run(id, runId, actor), language);
  }

  @ReadRoute(':id/agenda', { summary: 'Staff: the whole grid with unplaced requests; a participant: its own meetings once published', ok: 'AgendaView', errors: [{ 403: 'Only the session’s participants and staff' }] })
  async agenda(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @RequestLanguage() language: ApiLanguage) {
    return agendaIn(await this.agendas.agenda(id, actor), language);
  }

  @Get(':id/agenda.xlsx')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'The whole agenda as a workbook (by time, slot × table grid, unplaced requests)' })
  @ApiFile('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'The agenda workbook')
  async workbook(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    const { filename, buffer } = await this.agendas.workbook(id, actor);
    reply
      .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', `attachment; filename="agenda.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`)
      .header('Cache-Control', 'no-store')
      .send(buffer);
  }

  @CreateRoute(':id/meetings', { roles: ['organiser', 'admin'], summary: 'Add a meeting by hand at a free slot and table (pinned)', created: 'MeetingView', errors: [{ 409: 'The slot or table is taken, a side is busy then, or the session’s status does not allow it' }] })
  addMeeting(@Param('id', uuid) id: string, @Body() dto: AddMeetingDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.agendas.addMeeting(id, dto, actor, meta);
  }

  @UpdateRoute(':id/meetings/:meetingId', { roles: ['enterprise', 'agency', 'financier', 'organiser', 'admin'], summary: 'Pin/unpin (staff) or record the outcome (staff or either side, once running)', ok: 'MeetingView', errors: [{ 403: 'Pinning and online settings are for staff; outcomes for staff and the two sides' }, { 409: 'The meeting is cancelled, or the session’s status does not allow the change' }] })
  updateMeeting(@Param('id', uuid) id: string, @Param('meetingId', itemUuid) meetingId: string, @Body() dto: UpdateMeetingDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.agendas.updateMeeting(id, meetingId, dto, actor, meta);
  }

  @DeleteRoute(':id/meetings/:meetingId', { roles: ['organiser', 'admin'], summary: 'Cancel a meeting (both sides are told)', errors: [{ 409: 'The meeting has an outcome, or the session’s status does not allow it' }] })
  cancelMeeting(@Param('id', uuid) id: string, @Param('meetingId', itemUuid) meetingId: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.agendas.cancelMeeting(id, meetingId, actor, meta);
  }

  @ReadRoute(':id/report', { roles: ['organiser', 'admin'], summary: 'Meetings held, outcomes, companies served', ok: 'SessionReport' })
  report(@Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    return this.agendas.report(id, actor);
  }
}

/*
 * An agenda run stores its progress, its error and the reasons it could not place requests as
 * Chinese text; a cancelled meeting's reason is a Chinese label. They are translated here, per
 * request, into the caller's language (names inside stay as entered).
 */

export function agendaRunIn(run: AgendaRunView, language: ApiLanguage): AgendaRunView {
  if (language === 'zh-CN') return run;
  return { ...run, message: translateGenerated(run.message, language), error: run.error === null ? null : translateGenerated(run.error, language) };
}

export function agendaIn(agenda: AgendaView, language: ApiLanguage): AgendaView {
  if (language === 'zh-CN') return agenda;
  return {
    ...agenda,
    meetings: agenda.meetings.map((m) => (m.cancelReason ? { ...m, cancelReason: translateGenerated(m.cancelReason, language) } : m)),
    ...(agenda.unplaced && { unplaced: agenda.unplaced.map((u) => ({ ...u, reason: translateGenerated(u.reason, language) })) }),
    ...(agenda.run && { run: agendaRunIn(agenda.run, language) }),
  };
}
