import { ConflictException, NotFoundException } from '@nestjs/common';
import { participantCategory, sessionSlotTimes, type AgendaView, type DemandCategory, type ParticipantKind, type ParticipantView, type SessionBreak, type SessionMode, type SessionNeed, type SessionStatus, type SessionType, type SessionView } from '@scenematch/contracts';
import type { Role } from '@scenematch/contracts';
import { Actor, isStaff } from '@scenematch/server-common';
import { ORGANISATIONS } from '@scenematch/server-data';
import { EntityManager } from 'typeorm';

export interface SessionRow {
  id: string;
  title: string;
  description: string;
  venue: string;
  starts_at: Date;
  slot_minutes: number;
  slots: number;
  tables: number;
  breaks: SessionBreak[];
  max_companies: number | null;
  max_agencies: number | null;
  status: SessionStatus;
  session_type: SessionType;
  admitted_categories: DemandCategory[];
  agenda_published_at: Date | null;
  mode: SessionMode;
  online_link: string;
  table_links: string[];
  follow_up_after_days: number;
  calendar_sequence: number;
  created_at: Date;
}

export interface ParticipantRow {
  id: string;
  session_id: string;
  organisation_id: string;
  organisation_name: string;
  kind: ParticipantKind;
  scenario_ids: string[];
  capacity: number;
  unavailable_slots: number[];
  contact_name: string;
  contact_phone: string;
  contact_email: string;
  needs: SessionNeed[];
  organisation_type: string;
  financier_kind: string | null;
  status: 'registered' | 'cancelled';
  checkin_code: string;
  checked_in_at: Date | null;
  no_show_at: Date | null;
}

export const PARTICIPANT_SQL = `
  SELECT p.*, o.name AS organisation_name, o.type AS organisation_type, o.financier_kind
    FROM session_participants p JOIN ${ORGANISATIONS} o ON o.id = p.organisation_id`;

/** What every view of a participant shows: its organisation, side, category, scenarios (with their titles) and needs. */
export function participantBasics(row: ParticipantRow, titles: Map<string, string>): Pick<ParticipantView, 'organisation' | 'kind' | 'category' | 'scenarios' | 'needs'> {
  return {
    organisation: { id: row.organisation_id, name: row.organisation_name },
    kind: row.kind,
    category: participantCategory(row.organisation_type, row.financier_kind),
    scenarios: row.scenario_ids.map((id) => ({ id, title: titles.get(id) ?? '' })),
    needs: row.needs ?? [],
  };
}

/** The roles whose organisations take part in sessions (the demand side includes financiers). */
export const PARTICIPANT_ROLES: readonly Role[] = ['enterprise', 'agency', 'financier'];

/** The SQL of a participant's category over organisations `o` (the same rule as the contracts' `participantCategory`). */
export const CATEGORY_SQL = `CASE WHEN o.type = 'enterprise' THEN 'enterprise' WHEN o.type = 'financier' THEN (CASE WHEN o.financier_kind = 'investor' THEN 'investor' ELSE 'finance' END) ELSE 'agency' END`;

/** Participants see a session once it leaves planning; staff see every session. */
export function canSeeSession(actor: Actor | undefined, session: Pick<SessionRow, 'status'>): boolean {
  return isStaff(actor) || session.status !== 'planning';
}

export async function loadSession(manager: EntityManager, id: string, actor: Actor | undefined, options: { lock?: boolean } = {}): Promise<SessionRow> {
  const rows = await manager.query<SessionRow[]>(`SELECT * FROM matchmaking_sessions WHERE id = $1 ${options.lock ? 'FOR UPDATE' : ''}`, [id]);
  const session = rows[0];
  if (!session || !canSeeSession(actor, session)) throw new NotFoundException('对接会不存在或无权查看');
  return session;
}

/** The caller's own live registration in the session, if any. */
export async function ownParticipant(manager: EntityManager, sessionId: string, actor: Actor | undefined): Promise<ParticipantRow | null> {
  if (!actor || !PARTICIPANT_ROLES.includes(actor.role)) return null;
  const rows = await manager.query<ParticipantRow[]>(`${PARTICIPANT_SQL} WHERE p.session_id = $1 AND p.organisation_id = $2 AND p.status = 'registered'`, [sessionId, actor.organisationId]);
  return rows[0] ?? null;
}

export function requireStatus(session: SessionRow, allowed: SessionStatus[], action: string): void {
  if (!allowed.includes(session.status)) throw new ConflictException(`对接会当前状态下不能${action}`);
}

/** The session as callers see it; its meeting links only for staff (`staff`). */
export function sessionView(row: SessionRow, counts: SessionView['counts'], myParticipantId: string | null, staff = false): SessionView {
  const view: SessionView = {
    id: row.id,
    title: row.title,
    description: row.description,
    venue: row.venue,
    startsAt: new Date(row.starts_at).toISOString(),
    slotMinutes: row.slot_minutes,
    slots: row.slots,
    tables: row.tables,
    breaks: row.breaks ?? [],
    maxCompanies: row.max_companies,
    maxAgencies: row.max_agencies,
    status: row.status,
    sessionType: row.session_type,
    admits: row.admitted_categories,
    agendaPublishedAt: row.agenda_published_at ? new Date(row.agenda_published_at).toISOString() : null,
    mode: row.mode ?? 'onsite',
    followUpAfterDays: row.follow_up_after_days,
    counts,
    myParticipantId,
    createdAt: new Date(row.created_at).toISOString(),
  };
  if (staff) Object.assign(view, { onlineLink: row.online_link ?? '', tableLinks: row.table_links ?? [] });
  return view;
}

/** When each of the session's slots starts and ends. */
export function slotTimesOf(row: SessionRow): AgendaView['slotTimes'] {
  return sessionSlotTimes({ startsAt: new Date(row.starts_at).toISOString(), slotMinutes: row.slot_minutes, slots: row.slots, breaks: row.breaks ?? [] });
}
