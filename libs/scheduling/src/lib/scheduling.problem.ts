import { AgendaInputError, type AgendaInput } from './scheduling.types';

/**
 * The instance in index form: participants are vertices (companies 0 … nc − 1, then agencies),
 * each distinct (company, agency) pair is one edge. Built once, validated, shared by every method.
 */
export interface Problem {
  slots: number;
  tables: number;
  nc: number;
  ids: string[];
  /** Effective capacity: min(capacity, available slots). */
  cap: Int32Array;
  /** allowed[v * slots + t] = 1 when participant v can meet in slot t. */
  allowed: Uint8Array;
  /** Edge arrays. */
  eu: Int32Array;
  ev: Int32Array;
  value: Float64Array;
  scenario: Array<string | undefined>;
  requested: Uint8Array;
  arrival: Float64Array;
  pinned: Uint8Array;
  /** −1 when not pinned to a slot. */
  pinSlot: Int32Array;
  pinTable: Int32Array;
  /** Number of slots in which both ends are available. */
  common: Int32Array;
  candidates: number;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

export function buildProblem(input: AgendaInput): Problem {
  const { slots, tables } = input;
  if (!isCount(slots) || !isCount(tables)) throw new AgendaInputError('slots and tables must be non-negative integers');
  // One map per side: a company and an agency may share an id.
  const index = [new Map<string, number>(), new Map<string, number>()];
  const ids: string[] = [];
  const nc = input.companies.length;
  const all = [...input.companies, ...input.agencies];
  const cap = new Int32Array(all.length);
  const allowed = new Uint8Array(all.length * slots).fill(1);
  all.forEach((p, v) => {
    const side = index[v < nc ? 0 : 1];
    if (side.has(p.id)) throw new AgendaInputError(`duplicate participant ${p.id}`);
    if (!isCount(p.capacity)) throw new AgendaInputError(`capacity of ${p.id} must be a non-negative integer`);
    side.set(p.id, v);
    ids.push(p.id);
    for (const t of p.unavailable ?? []) {
      if (!isCount(t) || t >= slots) throw new AgendaInputError(`unavailable slot ${t} of ${p.id} is out of range`);
      allowed[v * slots + t] = 0;
    }
    let free = 0;
    for (let t = 0; t < slots; t++) free += allowed[v * slots + t];
    cap[v] = Math.min(p.capacity, free);
  });
  const vertex = (kind: 'c' | 'a', id: string): number => {
    const v = index[kind === 'c' ? 0 : 1].get(id);
    if (v === undefined) throw new AgendaInputError(`unknown ${kind === 'c' ? 'company' : 'agency'} ${id}`);
    return v;
  };

  interface Edge { u: number; v: number; value: number; scenario?: string; requested: boolean; arrival: number; pinned: boolean; slot: number; table: number }
  const list: Edge[] = [];
  const edges = new Map<number, number>();
  const key = (u: number, v: number) => u * all.length + v;
  const candidates = input.candidates;
  // Candidates come grouped by company as a rule: the last lookup is reused.
  let lastCompany: string | undefined;
  let lastU = -1;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!(Number.isFinite(c.value) && c.value >= 0)) throw new AgendaInputError(`value of ${c.companyId}–${c.agencyId} must be a finite non-negative number`);
    if (c.companyId !== lastCompany) {
      lastU = vertex('c', c.companyId);
      lastCompany = c.companyId;
    }
    const u = lastU;
    const v = vertex('a', c.agencyId);
    const arrival = Number.isFinite(c.arrival) ? (c.arrival as number) : i;
    const k = key(u, v);
    const at = edges.get(k);
    if (at === undefined) {
      edges.set(k, list.length);
      list.push({ u, v, value: c.value, scenario: c.scenarioId, requested: !!c.requested, arrival, pinned: false, slot: -1, table: -1 });
      continue;
    }
    const old = list[at];
    if (c.value > old.value) {
      old.value = c.value;
      old.scenario = c.scenarioId;
    }
    old.requested ||= !!c.requested;
    old.arrival = Math.min(old.arrival, arrival);
  }

  for (const p of input.pinned ?? []) {
    const u = vertex('c', p.companyId);
    const v = vertex('a', p.agencyId);
    const at = edges.get(key(u, v));
    let e = at === undefined ? undefined : list[at];
    if (!e) {
      edges.set(key(u, v), list.length);
      list.push((e = { u, v, value: 0, scenario: p.scenarioId, requested: false, arrival: Infinity, pinned: false, slot: -1, table: -1 }));
    }
    if (e.pinned) throw new AgendaInputError(`${p.companyId}–${p.agencyId} is pinned twice`);
    e.pinned = true;
    if (p.scenarioId !== undefined) e.scenario = p.scenarioId;
    if (p.slot !== undefined) {
      if (!isCount(p.slot) || p.slot >= slots) throw new AgendaInputError(`pinned slot ${p.slot} is out of range`);
      if (!allowed[u * slots + p.slot] || !allowed[v * slots + p.slot]) throw new AgendaInputError(`${p.companyId}–${p.agencyId} is pinned to slot ${p.slot}, in which one of them is unavailable`);
      e.slot = p.slot;
    }
    if (p.table !== undefined) {
      if (p.slot === undefined) throw new AgendaInputError(`${p.companyId}–${p.agencyId} is pinned to a table without a slot`);
      if (!isCount(p.table) || p.table >= tables) throw new AgendaInputError(`pinned table ${p.table} is out of range`);
      e.table = p.table;
    }
  }

  const m = list.length;
  const problem: Problem = {
    slots, tables, nc, ids, cap, allowed,
    eu: new Int32Array(m), ev: new Int32Array(m), value: new Float64Array(m), scenario: new Array(m),
    requested: new Uint8Array(m), arrival: new Float64Array(m), pinned: new Uint8Array(m),
    pinSlot: new Int32Array(m), pinTable: new Int32Array(m), common: new Int32Array(m),
    candidates: input.candidates.length,
  };
  list.forEach((e, i) => {
    problem.eu[i] = e.u;
    problem.ev[i] = e.v;
    problem.value[i] = e.value;
    problem.scenario[i] = e.scenario;
    problem.requested[i] = e.requested ? 1 : 0;
    problem.arrival[i] = e.arrival;
    problem.pinned[i] = e.pinned ? 1 : 0;
    problem.pinSlot[i] = e.slot;
    problem.pinTable[i] = e.table;
    let common = 0;
    for (let t = 0; t < slots; t++) common += allowed[e.u * slots + t] & allowed[e.v * slots + t];
    problem.common[i] = common;
  });
  checkPins(problem);
  return problem;
}

/** Pins that can never hold together are the caller's error, reported before any solve. */
function checkPins(p: Problem): void {
  const load = new Int32Array(p.ids.length);
  const bySlot = new Map<string, string>();
  const perSlot = new Int32Array(p.slots);
  for (let e = 0; e < p.eu.length; e++) {
    if (!p.pinned[e]) continue;
    const pair = `${p.ids[p.eu[e]]}–${p.ids[p.ev[e]]}`;
    if (p.common[e] === 0) throw new AgendaInputError(`${pair} is pinned but they have no common free slot`);
    for (const v of [p.eu[e], p.ev[e]]) {
      if (++load[v] > p.cap[v]) throw new AgendaInputError(`pinned meetings exceed the capacity of ${p.ids[v]}`);
    }
    const t = p.pinSlot[e];
    if (t < 0) continue;
    if (++perSlot[t] > p.tables) throw new AgendaInputError(`more meetings are pinned to slot ${t} than there are tables`);
    for (const k of [`v${p.eu[e]}@${t}`, `v${p.ev[e]}@${t}`, ...(p.pinTable[e] >= 0 ? [`t${p.pinTable[e]}@${t}`] : [])]) {
      if (bySlot.has(k)) throw new AgendaInputError(`${pair} and ${bySlot.get(k)} are pinned to the same participant or table in slot ${t}`);
      bySlot.set(k, pair);
    }
  }
}
