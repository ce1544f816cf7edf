import type { AgendaRunView, ParticipantKind, SessionStatus } from '@scenematch/contracts';
import type { MeetingKind } from './session-agenda';

/** The two sides of the table, as the organiser's pages name them (企业 / 发榜单位). */
export const PARTICIPANT_KIND_KEYS: Record<ParticipantKind, string> = {
  enterprise: 'sessionsAdmin.kinds.enterprise',
  agency: 'sessionsAdmin.kinds.agency',
};

/** The colour of each side's tag, wherever a participant is listed. */
export const PARTICIPANT_KIND_COLORS: Record<ParticipantKind, string> = {
  enterprise: 'geekblue',
  agency: 'blue',
};

export const RUN_STATUS_KEYS: Record<AgendaRunView['status'], string> = {
  queued: 'sessionsAdmin.agenda.runStatuses.queued',
  running: 'sessionsAdmin.agenda.runStatuses.running',
  completed: 'sessionsAdmin.agenda.runStatuses.completed',
  failed: 'sessionsAdmin.agenda.runStatuses.failed',
};

export const MEETING_KIND_KEYS: Record<MeetingKind, string> = {
  mutual: 'sessionsAdmin.agenda.kinds.mutual',
  requested: 'sessionsAdmin.agenda.kinds.requested',
  matched: 'sessionsAdmin.agenda.kinds.matched',
};

/** The button and confirmation of each status change an organiser may make, keyed `from>to`. */
export const TRANSITION_KEYS: Record<string, { label: string; confirm: string; danger: boolean }> = {
  'planning>open_for_registration': {
    label: 'sessionsAdmin.transitions.open.label',
    confirm: 'sessionsAdmin.transitions.open.confirm',
    danger: false,
  },
  'open_for_registration>planning': {
    label: 'sessionsAdmin.transitions.backToPlanning.label',
    confirm: 'sessionsAdmin.transitions.backToPlanning.confirm',
    danger: true,
  },
  'open_for_registration>scheduled': {
    label: 'sessionsAdmin.transitions.publish.label',
    confirm: 'sessionsAdmin.transitions.publish.confirm',
    danger: false,
  },
  'scheduled>open_for_registration': {
    label: 'sessionsAdmin.transitions.withdraw.label',
    confirm: 'sessionsAdmin.transitions.withdraw.confirm',
    danger: true,
  },
  'scheduled>running': {
    label: 'sessionsAdmin.transitions.start.label',
    confirm: 'sessionsAdmin.transitions.start.confirm',
    danger: false,
  },
  'running>closed': {
    label: 'sessionsAdmin.transitions.close.label',
    confirm: 'sessionsAdmin.transitions.close.confirm',
    danger: true,
  },
};

/** Tag colours of the statuses on the organiser's pages. */
export const ADMIN_STATUS_COLORS: Record<SessionStatus, string> = {
  planning: 'default',
  open_for_registration: 'processing',
  scheduled: 'cyan',
  running: 'green',
  closed: 'purple',
};
