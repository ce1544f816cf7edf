import { Actor, isStaff } from '@scenematch/server-common';

/** What the read rule needs to know of a bid. */
export interface BidAccessFacts {
  /** The bidding (lead) company. */
  organisationId: string;
  /** Consortium members named on the bid. */
  memberIds: string[];
  status: string;
  scenarioAgencyId: string;
  /** Whether the scenario's bids have been opened (开标). */
  opened: boolean;
}

/**
 * Who may read a bid — its contents and the fact that a company bid at all. The one place of
 * the rule: every read path (API, attachments, lists) goes through it.
 *
 * Before the opening only the bidding company and its consortium members read it: not the
 * organiser, the admin, the owning agency or any expert. After the opening: staff, the owning
 * agency, and experts assigned to it (and not recused).
 */
export function canReadBid(
  actor: Actor | undefined,
  bid: BidAccessFacts,
  assignedExpert = false,
): boolean {
  if (!actor) return false;
  if (
    actor.role === 'enterprise' &&
    actor.organisationId === bid.organisationId
  )
    return true;
  if (bid.status === 'draft') return false;
  if (
    actor.role === 'enterprise' &&
    isConsortiumMember(actor.organisationId, bid)
  )
    return true;
  if (!bid.opened) return false;
  if (actor.role === 'expert') return assignedExpert;
  if (isStaff(actor)) return true;
  return (
    actor.role === 'agency' && actor.organisationId === bid.scenarioAgencyId
  );
}

/**
 * A consortium member of the bid who may read it. Today every named member; once members
 * accept invitations, this becomes "named and accepted".
 */
export function isConsortiumMember(
  organisationId: string,
  bid: Pick<BidAccessFacts, 'memberIds'>,
): boolean {
  return bid.memberIds.includes(organisationId);
}
