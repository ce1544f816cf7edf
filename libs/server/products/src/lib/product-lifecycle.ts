import { ProductAction, ProductStatus } from '@scenematch/contracts';
import { Actor, isStaff } from '@scenematch/server-common';

/** Who may see a product: listed ones everybody; others the owning company and staff. */
export function canSeeProduct(actor: Actor | undefined, row: { status: ProductStatus; organisation_id: string }): boolean {
  return row.status === 'listed' || isStaff(actor) || ownsProduct(actor, row);
}

export function ownsProduct(actor: Actor | undefined, row: { organisation_id: string }): boolean {
  return !!actor && actor.role === 'enterprise' && actor.organisationId === row.organisation_id;
}

const OWNER_ACTIONS: ProductAction[] = ['submit', 'delist'];
const STAFF_ACTIONS: ProductAction[] = ['list', 'reject', 'delist'];

/** The company submits and withdraws its own products; the service centre lists, rejects and delists. */
export function mayActOnProduct(actor: Actor, row: { organisation_id: string }, action: ProductAction): boolean {
  return (isStaff(actor) && STAFF_ACTIONS.includes(action)) || (ownsProduct(actor, row) && OWNER_ACTIONS.includes(action));
}

/** A product is edited as a draft, after a rejection, or while listed; not under review nor once delisted. */
export function productEditable(status: ProductStatus): boolean {
  return ['draft', 'rejected', 'listed'].includes(status);
}

/** The public capability list shows listed products only; other states are filtered by staff alone. */
export function mayFilterProductsBy(actor: Actor | undefined, statuses: string[]): boolean {
  return isStaff(actor) || statuses.every((s) => s === 'listed');
}
