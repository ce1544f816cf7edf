import type { AgendaInput } from '../lib/scheduling.types';

/**
 * The optimum by exhaustive search over (pair → slot or nothing): tiny instances only. Honours
 * capacities, availability, tables per slot, one meeting per participant per slot and pins.
 */
export function bruteForceOptimum(input: AgendaInput): number {
  const { slots, tables } = input;
  const cap = new Map<string, number>();
  const off = new Map<string, Set<number>>();
  for (const [kind, list] of [['c', input.companies], ['a', input.agencies]] as const) {
    for (const x of list) {
      cap.set(`${kind}:${x.id}`, Math.min(x.capacity, slots));
      off.set(`${kind}:${x.id}`, new Set(x.unavailable ?? []));
    }
  }
  const pairs = new Map<string, { c: string; a: string; value: number; pinSlot?: number; pinned: boolean }>();
  for (const m of input.candidates) {
    const k = `${m.companyId}|${m.agencyId}`;
    const old = pairs.get(k);
    if (!old || m.value > old.value) pairs.set(k, { c: `c:${m.companyId}`, a: `a:${m.agencyId}`, value: m.value, pinned: false });
  }
  for (const p of input.pinned ?? []) {
    const k = `${p.companyId}|${p.agencyId}`;
    const e = pairs.get(k) ?? { c: `c:${p.companyId}`, a: `a:${p.agencyId}`, value: 0, pinned: false };
    pairs.set(k, { ...e, pinned: true, pinSlot: p.slot });
  }
  const list = [...pairs.values()];
  const busy = new Set<string>();
  const load = new Map<string, number>();
  const perSlot = new Array<number>(slots).fill(0);
  let best = -Infinity;
  const go = (i: number, total: number): void => {
    if (i === list.length) {
      best = Math.max(best, total);
      return;
    }
    const e = list[i];
    if (!e.pinned) go(i + 1, total);
    if ((load.get(e.c) ?? 0) >= cap.get(e.c)! || (load.get(e.a) ?? 0) >= cap.get(e.a)!) return;
    for (let t = 0; t < slots; t++) {
      if (e.pinSlot !== undefined && e.pinSlot !== t) continue;
      if (perSlot[t] >= tables || busy.has(`${e.c}@${t}`) || busy.has(`${e.a}@${t}`) || off.get(e.c)!.has(t) || off.get(e.a)!.has(t)) continue;
      busy.add(`${e.c}@${t}`);
      busy.add(`${e.a}@${t}`);
      perSlot[t]++;
      load.set(e.c, (load.get(e.c) ?? 0) + 1);
      load.set(e.a, (load.get(e.a) ?? 0) + 1);
      go(i + 1, total + e.value);
      busy.delete(`${e.c}@${t}`);
      busy.delete(`${e.a}@${t}`);
      perSlot[t]--;
      load.set(e.c, load.get(e.c)! - 1);
      load.set(e.a, load.get(e.a)! - 1);
    }
  };
  go(0, 0);
  return best;
}
