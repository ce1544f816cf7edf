/**
 * The lifecycle of an award, as pure functions: proposed (the notice runs, 公示) → confirmed, or
 * overturned by an upheld objection; then the scenario goes awarded → piloting → accepted.
 * Unit-tested without a database (award-rules.spec.ts).
 */

/** An award may be proposed once the scenario stopped taking bids (closed, evaluating, or still published past its deadline). */
export function mayPropose(scenario: { status: string; deadline_at: Date | null }, now = Date.now()): boolean {
  const closedByDate = scenario.status === 'published' && scenario.deadline_at !== null && scenario.deadline_at.getTime() <= now;
  return ['closed', 'evaluating'].includes(scenario.status) || closedByDate;
}

/** Why an objection is refused: the award is gone (404), or its notice is over; null while the notice runs. */
export function objectionRefusal(award: { status: string; open: boolean } | undefined): 'not_found' | 'notice_over' | null {
  if (!award || award.status === 'overturned') return 'not_found';
  if (award.status !== 'in_notice' || !award.open) return 'notice_over';
  return null;
}

/** Why an objection cannot be decided: decided already, or its award's notice is over; null otherwise. */
export function decisionRefusal(objection: { status: string; award_status: string }): 'decided' | 'notice_over' | null {
  if (objection.status !== 'pending') return 'decided';
  if (objection.award_status !== 'in_notice') return 'notice_over';
  return null;
}

/** Why an award cannot be confirmed: its notice ended already, still runs, or objections are pending; null otherwise. */
export function confirmationRefusal(award: { status: string; over: boolean; pending: number }): 'not_in_notice' | 'notice_running' | 'objections_pending' | null {
  if (award.status !== 'in_notice') return 'not_in_notice';
  if (!award.over) return 'notice_running';
  if (award.pending > 0) return 'objections_pending';
  return null;
}

/** The stages after the award, each reached from the one before. */
export type AfterAwardStage = 'piloting' | 'accepted';

/** The status a scenario must have to move to the stage. */
export function stageFrom(to: AfterAwardStage): 'awarded' | 'piloting' {
  return to === 'piloting' ? 'awarded' : 'piloting';
}

/** Objections a caller sees: staff all of them, an organisation its own. */
export function visibleObjections<T extends { organisation_id: string }>(rows: readonly T[], viewer: { staff: boolean; organisationId: string }): T[] {
  return rows.filter((r) => viewer.staff || r.organisation_id === viewer.organisationId);
}
