import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, PageQueryDto, Public, ReqMeta, RequestMeta, Roles } from '@scenematch/server-common';
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

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('对接会不存在或无权查看') });
const itemUuid = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('记录不存在或无权查看') });

class ParticipantQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['enterprise', 'agency'], description: 'Only companies, or only the demand side (agencies and financiers)' })
  @IsOptional() @IsIn(['enterprise', 'agency'], { message: '类型取值无效' }) kind?: 'enterprise' | 'agency';
}

@ApiTags('sessions')
@ApiBearerAuth()
@Controller('sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly requests: MeetingRequestsService,
    private readonly agendas: AgendaService,
    private readonly directories: SessionDirectoryService,
  ) {}

  @Post()
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Create a matchmaking session (供需对接会) in planning' })
  create(@Body() dto: SessionDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.create(dto, actor, meta);
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'Sessions, newest first (sessions in planning only for staff)' })
  list(@Query() query: SessionQueryDto, @CurrentActor({ optional: true }) actor?: Actor) {
    return this.sessions.list(query, actor);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'A session (in planning only for staff)' })
  get(@Param('id', uuid) id: string, @CurrentActor({ optional: true }) actor?: Actor) {
    return this.sessions.get(id, actor);
  }

  @Patch(':id')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Edit a session (only the fields sent change)' })
  update(@Param('id', uuid) id: string, @Body() dto: UpdateSessionDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.update(id, dto, actor, meta);
  }

  @Post(':id/status')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Move the session: planning → open_for_registration → scheduled (publishes the agenda) → running → closed' })
  status(@Param('id', uuid) id: string, @Body() dto: SessionStatusDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.transition(id, dto.status, actor, meta);
  }

  // ── participants ──

  @Get(':id/directory')
  @Public()
  @ApiOperation({ summary: 'Who is coming (参会名录): names, kinds, scenarios or needs, products; contacts only for registered participants and staff' })
  directory(@Param('id', uuid) id: string, @Query() query: DirectoryQueryDto, @CurrentActor({ optional: true }) actor?: Actor) {
    return this.directories.directory(id, query, actor);
  }

  @Post(':id/participants')
  @Roles('enterprise', 'agency', 'financier', 'organiser', 'admin')
  @ApiOperation({ summary: 'Register the caller’s organisation (company, agency, financier with its needs), or (staff) any of them' })
  register(@Param('id', uuid) id: string, @Body() dto: ParticipantDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.register(id, dto, actor, meta);
  }

  @Get(':id/participants')
  @ApiOperation({ summary: 'Participants (others see names, kinds and scenarios; staff and the participant itself see the rest)' })
  participants(@Param('id', uuid) id: string, @Query() query: ParticipantQueryDto, @CurrentActor() actor: Actor) {
    return this.sessions.participants(id, actor, query);
  }

  @Get(':id/participants/:participantId')
  @ApiOperation({ summary: 'One registration (its organisation and staff see everything)' })
  participant(@Param('id', uuid) id: string, @Param('participantId', itemUuid) participantId: string, @CurrentActor() actor: Actor) {
    return this.sessions.participant(id, participantId, actor);
  }

  @Patch(':id/participants/:participantId')
  @Roles('enterprise', 'agency', 'financier', 'organiser', 'admin')
  @ApiOperation({ summary: 'Edit a registration: contacts, scenarios, needs, capacity, unavailable slots (its organisation or staff)' })
  updateParticipant(@Param('id', uuid) id: string, @Param('participantId', itemUuid) participantId: string, @Body() dto: UpdateParticipantDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.updateParticipant(id, participantId, dto, actor, meta);
  }

  @Delete(':id/participants/:participantId')
  @HttpCode(204)
  @Roles('enterprise', 'agency', 'financier', 'organiser', 'admin')
  @ApiOperation({ summary: 'Cancel a registration: its requests are withdrawn and its meetings freed' })
  cancelParticipant(@Param('id', uuid) id: string, @Param('participantId', itemUuid) participantId: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.cancelParticipant(id, participantId, actor, meta);
  }

  @Get(':id/participants/:participantId/qr.svg')
  @ApiOperation({ summary: 'The participant’s check-in QR code (its own or staff)' })
  async qr(@Param('id', uuid) id: string, @Param('participantId', itemUuid) participantId: string, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    const svg = await this.sessions.qr(id, participantId, actor);
    reply.header('Content-Type', 'image/svg+xml').header('Cache-Control', 'private, no-store').send(svg);
  }

  @Post(':id/check-in')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Check a participant in by the code of its QR code (the desk’s scanner types it)' })
  checkInByCode(@Param('id', uuid) id: string, @Body() dto: CheckInDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.checkIn(id, { code: dto.code }, actor, meta);
  }

  @Post(':id/participants/:participantId/check-in')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Check a participant in by hand (staff)' })
  checkIn(@Param('id', uuid) id: string, @Param('participantId', itemUuid) participantId: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.checkIn(id, { participantId }, actor, meta);
  }

  @Post(':id/participants/:participantId/no-show')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Mark a participant absent: its meetings are cancelled and the other sides told' })
  noShow(@Param('id', uuid) id: string, @Param('participantId', itemUuid) participantId: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.sessions.noShow(id, participantId, actor, meta);
  }

  // ── meeting requests ──

  @Post(':id/meeting-requests')
  @Roles('enterprise', 'agency', 'financier')
  @ApiOperation({ summary: 'Ask a participant of the other kind for a meeting' })
  request(@Param('id', uuid) id: string, @Body() dto: MeetingRequestDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.requests.create(id, dto, actor, meta);
  }

  @Get(':id/meeting-requests')
  @ApiOperation({ summary: 'Requests (staff: all; participants: to or from them)' })
  requestList(@Param('id', uuid) id: string, @Query() query: MeetingRequestQueryDto, @CurrentActor() actor: Actor) {
    return this.requests.list(id, query, actor);
  }

  @Post(':id/meeting-requests/:requestId/respond')
  @HttpCode(200)
  @Roles('enterprise', 'agency', 'financier')
  @ApiOperation({ summary: 'Accept or decline a meeting request addressed to the caller’s organisation' })
  respond(@Param('id', uuid) id: string, @Param('requestId', itemUuid) requestId: string, @Body() dto: RespondDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.requests.respond(id, requestId, dto.decision, actor, meta);
  }

  @Post(':id/meeting-requests/:requestId/withdraw')
  @HttpCode(200)
  @Roles('enterprise', 'agency', 'financier')
  @ApiOperation({ summary: 'Withdraw a meeting request the caller’s organisation made' })
  withdraw(@Param('id', uuid) id: string, @Param('requestId', itemUuid) requestId: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.requests.withdraw(id, requestId, actor, meta);
  }

  @Get(':id/suggestions')
  @Roles('enterprise', 'agency', 'financier')
  @ApiOperation({ summary: 'Participants worth meeting, from the match scores' })
  suggestions(@Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    return this.requests.suggestions(id, actor);
  }

  // ── agenda ──

  @Post(':id/agenda')
  @HttpCode(202)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Generate the agenda in the worker (HiGHS); poll the run for progress' })
  generate(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.agendas.generate(id, actor, meta);
  }

  @Get(':id/agenda/runs/:runId')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Progress and result of an agenda run' })
  run(@Param('id', uuid) id: string, @Param('runId', itemUuid) runId: string, @CurrentActor() actor: Actor) {
    return this.agendas.run(id, runId, actor);
  }

  @Get(':id/agenda')
  @ApiOperation({ summary: 'Staff: the whole grid with unplaced requests; a participant: its own meetings once published' })
  agenda(@Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    return this.agendas.agenda(id, actor);
  }

  @Get(':id/agenda.xlsx')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'The whole agenda as a workbook (by time, slot × table grid, unplaced requests)' })
  async workbook(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    const { filename, buffer } = await this.agendas.workbook(id, actor);
    reply
      .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', `attachment; filename="agenda.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`)
      .header('Cache-Control', 'no-store')
      .send(buffer);
  }

  @Post(':id/meetings')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Add a meeting by hand at a free slot and table (pinned)' })
  addMeeting(@Param('id', uuid) id: string, @Body() dto: AddMeetingDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.agendas.addMeeting(id, dto, actor, meta);
  }

  @Patch(':id/meetings/:meetingId')
  @Roles('enterprise', 'agency', 'financier', 'organiser', 'admin')
  @ApiOperation({ summary: 'Pin/unpin (staff) or record the outcome (staff or either side, once running)' })
  updateMeeting(@Param('id', uuid) id: string, @Param('meetingId', itemUuid) meetingId: string, @Body() dto: UpdateMeetingDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.agendas.updateMeeting(id, meetingId, dto, actor, meta);
  }

  @Delete(':id/meetings/:meetingId')
  @HttpCode(204)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Cancel a meeting (both sides are told)' })
  cancelMeeting(@Param('id', uuid) id: string, @Param('meetingId', itemUuid) meetingId: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta) {
    return this.agendas.cancelMeeting(id, meetingId, actor, meta);
  }

  @Get(':id/report')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Meetings held, outcomes, companies served' })
  report(@Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    return this.agendas.report(id, actor);
  }
}
