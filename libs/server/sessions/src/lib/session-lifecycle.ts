import { SESSION_TRANSITIONS, SessionStatus } from '@scenematch/contracts';
import { Actor, isStaff } from '@scenematch/server-common';
import { PARTICIPANT_ROLES } from './session-rows';

/** A session goes `planning → open_for_registration → scheduled → running → closed` (the agenda may be withdrawn, registration reopened). */
export function sessionTransitionAllowed(from: SessionStatus, to: SessionStatus): boolean {
  return SESSION_TRANSITIONS[from].includes(to);
}

/** Meeting requests are made, answered and withdrawn while participants register and until the agenda is published. */
export const MEETING_REQUEST_STATUSES: SessionStatus[] = ['open_for_registration', 'scheduled'];

/**
 * The states in which an organisation is registered: participants only while registration is
 * open; staff also before it opens and after the agenda is published (late additions).
 */
export function registrationStatuses(staff: boolean): SessionStatus[] {
  return staff ? ['planning', 'open_for_registration', 'scheduled'] : ['open_for_registration'];
}

/** Why the actor may not register `organisationId` (staff name any organisation; others only their own), or null. */
export function registrantRefusal(actor: Actor, organisationId: string | undefined): 'role' | 'other-organisation' | null {
  if (isStaff(actor)) return null;
  if (!PARTICIPANT_ROLES.includes(actor.role)) return 'role';
  if (organisationId && organisationId !== actor.organisationId) return 'other-organisation';
  return null;
}

/** Financiers sit on the demand side, like agencies: the agenda pairs them with companies. */
export function participantSide(organisationType: string): 'enterprise' | 'agency' {
  return organisationType === 'enterprise' ? 'enterprise' : 'agency';
}

interface MeetingRequestParties {
  from_organisation_id: string;
  to_organisation_id: string;
  status: string;
}

/** Only the invited organisation answers a request, and only while it is pending. */
export function answerRefusal(request: MeetingRequestParties, organisationId: string): 'not-invited' | 'answered' | null {
  if (request.to_organisation_id !== organisationId) return 'not-invited';
  return request.status === 'pending' ? null : 'answered';
}

/** Only the requesting organisation withdraws a request, pending or accepted. */
export function withdrawalRefusal(request: MeetingRequestParties, organisationId: string): 'not-requester' | 'ended' | null {
  if (request.from_organisation_id !== organisationId) return 'not-requester';
  return request.status === 'pending' || request.status === 'accepted' ? null : 'ended';
}
