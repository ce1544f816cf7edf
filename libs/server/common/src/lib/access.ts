import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { Actor, isStaff } from './actor';

/**
 * The one way every domain checks ownership. Reads of something the caller may not see answer
 * 404 (its existence is not revealed); writes to something the caller can see but not change
 * answer 403.
 */
export const Access = {
  /** Staff, or a member of the owning organisation. */
  owns(actor: Actor | undefined, ownerOrganisationId: string | null | undefined): boolean {
    return !!actor && (isStaff(actor) || (!!ownerOrganisationId && actor.organisationId === ownerOrganisationId));
  },

  /** Throws 404 unless `visible`. */
  requireVisible(visible: boolean, what = '资源'): void {
    if (!visible) throw new NotFoundException(`${what}不存在或无权查看`);
  },

  /** Throws 403 unless the actor owns it (staff always do). */
  requireOwner(actor: Actor | undefined, ownerOrganisationId: string | null | undefined, what = '该资源'): void {
    if (!Access.owns(actor, ownerOrganisationId)) throw new ForbiddenException(`无权修改${what}`);
  },
};
