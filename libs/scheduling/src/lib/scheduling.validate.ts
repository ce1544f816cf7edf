import type { AgendaInput, ScheduledMeeting } from './scheduling.types';

/**
 * Every rule an agenda must keep, checked from the input alone: slots and tables in range, nobody
 * twice in a slot, no table twice in a slot, no pair twice, capacities, availability, pins kept.
 * Returns the violations (empty when the agenda is valid).
 */
export function validateAgenda(input: AgendaInput, meetings: ScheduledMeeting[]): string[] {
  const problems: string[] = [];
  const capacity = new Map<string, number>();
  const unavailable = new Map<string, Set<number>>();
  for (const [kind, list] of [['c', input.companies], ['a', input.agencies]] as const) {
    for (const x of list) {
      capacity.set(`${kind}:${x.id}`, x.capacity);
      unavailable.set(`${kind}:${x.id}`, new Set(x.unavailable ?? []));
    }
  }
  const seen = new Set<string>();
  const load = new Map<string, number>();
  for (const m of meetings) {
    const pair = `${m.companyId}–${m.agencyId}`;
    if (!Number.isInteger(m.slot) || m.slot < 0 || m.slot >= input.slots) problems.push(`${pair}: slot ${m.slot} out of range`);
    if (!Number.isInteger(m.table) || m.table < 0 || m.table >= input.tables) problems.push(`${pair}: table ${m.table} out of range`);
    for (const key of [`pair ${pair}`, `c:${m.companyId} in slot ${m.slot}`, `a:${m.agencyId} in slot ${m.slot}`, `table ${m.table} in slot ${m.slot}`]) {
      if (seen.has(key)) problems.push(`${key} twice`);
      seen.add(key);
    }
    for (const who of [`c:${m.companyId}`, `a:${m.agencyId}`]) {
      if (!capacity.has(who)) problems.push(`${who} unknown`);
      load.set(who, (load.get(who) ?? 0) + 1);
      if (unavailable.get(who)?.has(m.slot)) problems.push(`${who} unavailable in slot ${m.slot}`);
    }
  }
  for (const [who, n] of load) if (n > (capacity.get(who) ?? 0)) problems.push(`${who} has ${n} meetings, capacity ${capacity.get(who)}`);
  for (const pin of input.pinned ?? []) {
    const m = meetings.find((x) => x.companyId === pin.companyId && x.agencyId === pin.agencyId);
    if (!m || !m.pinned) problems.push(`pinned ${pin.companyId}–${pin.agencyId} missing`);
    else if ((pin.slot !== undefined && m.slot !== pin.slot) || (pin.table !== undefined && m.table !== pin.table)) problems.push(`pinned ${pin.companyId}–${pin.agencyId} moved`);
  }
  return problems;
}
