import type { Board } from './scheduling.board';
import type { Problem } from './scheduling.problem';
import type { ScheduledMeeting, UnplacedRequest } from './scheduling.types';

/** Tables per slot (pinned tables kept, the rest numbered by value), then the agenda and the reasons. */
export function assemble(p: Problem, board: Board): { meetings: ScheduledMeeting[]; unplaced: UnplacedRequest[]; totalValue: number } {
  const bySlot: number[][] = Array.from({ length: p.slots }, () => []);
  for (let e = 0; e < board.slotOf.length; e++) if (board.slotOf[e] >= 0) bySlot[board.slotOf[e]].push(e);
  const meetings: ScheduledMeeting[] = [];
  let totalValue = 0;
  bySlot.forEach((edges, slot) => {
    const used = new Uint8Array(p.tables);
    for (const e of edges) if (p.pinSlot[e] === slot && p.pinTable[e] >= 0) used[p.pinTable[e]] = 1;
    const rest = edges.filter((e) => !(p.pinSlot[e] === slot && p.pinTable[e] >= 0)).sort((a, b) => p.pinned[b] - p.pinned[a] || p.value[b] - p.value[a] || compareIds(p, a, b));
    let next = 0;
    const tableOf = new Map<number, number>();
    for (const e of rest) {
      while (used[next]) next++;
      used[next] = 1;
      tableOf.set(e, next);
    }
    for (const e of edges) {
      const table = tableOf.get(e) ?? p.pinTable[e];
      totalValue += p.value[e];
      meetings.push({
        companyId: p.ids[p.eu[e]],
        agencyId: p.ids[p.ev[e]],
        ...(p.scenario[e] !== undefined ? { scenarioId: p.scenario[e] } : {}),
        slot,
        table,
        value: p.value[e],
        pinned: p.pinned[e] === 1,
      });
    }
  });
  meetings.sort((a, b) => a.slot - b.slot || a.table - b.table);
  return { meetings, unplaced: reasons(p, board), totalValue };
}

function compareIds(p: Problem, a: number, b: number): number {
  const x = `${p.ids[p.eu[a]]}\u0000${p.ids[p.ev[a]]}`;
  const y = `${p.ids[p.eu[b]]}\u0000${p.ids[p.ev[b]]}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Why each requested pair has no meeting, in the order a civil servant would ask: could they ever
 * meet; is one of them full (and with better meetings, or not); is there a slot both have free;
 * are the tables of those slots taken.
 */
function reasons(p: Problem, board: Board): UnplacedRequest[] {
  const S = p.slots;
  const minHeld = new Float64Array(p.ids.length).fill(Infinity);
  for (let e = 0; e < board.slotOf.length; e++) {
    if (board.slotOf[e] < 0) continue;
    minHeld[p.eu[e]] = Math.min(minHeld[p.eu[e]], p.value[e]);
    minHeld[p.ev[e]] = Math.min(minHeld[p.ev[e]], p.value[e]);
  }
  const out: UnplacedRequest[] = [];
  for (let e = 0; e < board.slotOf.length; e++) {
    if (!p.requested[e] || board.slotOf[e] >= 0) continue;
    const u = p.eu[e];
    const v = p.ev[e];
    const base = { companyId: p.ids[u], agencyId: p.ids[v], ...(p.scenario[e] !== undefined ? { scenarioId: p.scenario[e] } : {}), value: p.value[e] };
    if (p.common[e] === 0) {
      out.push({ ...base, reason: 'no common free slot', detail: `${p.ids[u]} and ${p.ids[v]} are never available in the same slot` });
      continue;
    }
    const full = [u, v].filter((x) => board.load[x] >= p.cap[x]);
    if (full.length) {
      const x = full.reduce((a, b) => (minHeld[a] >= minHeld[b] ? a : b));
      if (board.load[x] > 0 && p.value[e] <= minHeld[x]) {
        out.push({ ...base, reason: 'lower value than the chosen meetings', detail: `each of the ${board.load[x]} meetings of ${p.ids[x]} is worth at least as much` });
      } else {
        out.push({ ...base, reason: 'capacity', detail: `${p.ids[x]} has reached its limit of ${p.cap[x]} meetings` });
      }
      continue;
    }
    const free: number[] = [];
    for (let t = 0; t < S; t++) if (board.isFree(e, t)) free.push(t);
    if (!free.length) {
      out.push({ ...base, reason: 'no common free slot', detail: `every slot both can attend is already taken by one of them` });
    } else if (free.every((t) => board.count[t] >= p.tables)) {
      out.push({ ...base, reason: 'tables full', detail: `all ${p.tables} tables are taken in slot${free.length > 1 ? 's' : ''} ${free.join(', ')}` });
    } else {
      out.push({ ...base, reason: 'lower value than the chosen meetings', detail: 'the chosen meetings are worth more' });
    }
  }
  return out;
}
