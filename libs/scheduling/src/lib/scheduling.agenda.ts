import { assemble } from './scheduling.assemble';
import { Board } from './scheduling.board';
import { solveLinear, type LinearSolution } from './scheduling.highs';
import { buildProblem, type Problem } from './scheduling.problem';
import { AgendaInputError, type AgendaInput, type AgendaResult, type AgendaStats } from './scheduling.types';

const EPS = 1e-6;

/**
 * Builds the agenda of a matchmaking session: which meetings take place, in which slot, at which table.
 *
 * - `lp-colouring`: a maximum-weight bipartite b-matching LP (HiGHS) chooses the meetings, an
 *   alternating-path edge colouring gives them slots (König: max degree ≤ slots colours suffice),
 *   Kempe-path balancing keeps every slot within `tables`, a greedy pass refills what could not be
 *   placed. Exact when nobody is unavailable and nothing is pinned to a slot.
 * - `time-indexed-ip`: one binary per (pair, slot) solved by HiGHS branch-and-cut; exact for
 *   availability and slot pins, used by `auto` when it has at most `ipMaxVariables` variables.
 *
 * `lpBound` is always the slot-free LP optimum, so `gap` is an honest optimality gap.
 */
export async function scheduleAgenda(input: AgendaInput): Promise<AgendaResult> {
  const started = performance.now();
  const p = buildProblem(input);
  const options = input.options ?? {};
  const timeLimitSeconds = options.timeLimitSeconds ?? 20;
  const ipMax = options.ipMaxVariables ?? 20_000;

  const solveStarted = performance.now();
  const lp = await selectionModel(p, false, timeLimitSeconds);
  if (!lp.x) throw new AgendaInputError('the pinned meetings cannot all be kept (the selection LP is infeasible)');
  const lpBound = lp.objective;
  const lpIntegral = lp.x.every((x) => Math.abs(x - Math.round(x)) < EPS);

  let restricted = false;
  for (let e = 0; e < p.eu.length; e++) if (p.pinSlot[e] >= 0 || (p.common[e] > 0 && p.common[e] < p.slots)) restricted = true;
  const ipVariables = countIpVariables(p);
  const method = options.method && options.method !== 'auto' ? options.method : restricted && ipVariables <= ipMax ? 'time-indexed-ip' : 'lp-colouring';

  const stats: AgendaStats = {
    method,
    candidates: p.candidates,
    pairs: p.eu.length,
    lpVariables: lp.x.length,
    lpIntegral,
    ipVariables: method === 'time-indexed-ip' ? ipVariables : 0,
    ipOptimal: false,
    repaired: 0,
    solveMs: 0,
    colourMs: 0,
    totalMs: 0,
  };

  let board: Board | null = null;
  if (method === 'time-indexed-ip') {
    const ip = await timeIndexedIp(p, timeLimitSeconds);
    stats.solveMs = performance.now() - solveStarted;
    stats.ipOptimal = ip.optimal;
    board = ip.board;
    if (!board) throw new AgendaInputError('the pinned meetings cannot all be kept in their slots');
  } else {
    let chosen = lp;
    if (!lpIntegral) chosen = await selectionModel(p, true, timeLimitSeconds);
    stats.solveMs = performance.now() - solveStarted;
    const colourStarted = performance.now();
    const coloured = colour(p, chosen.x ?? lp.x);
    stats.colourMs = performance.now() - colourStarted;
    stats.repaired = coloured.repaired;
    board = coloured.board;
    if (!allPinsPlaced(p, board)) {
      if (ipVariables > 10 * ipMax) throw new AgendaInputError('the pinned meetings could not all be given a slot');
      const ip = await timeIndexedIp(p, timeLimitSeconds);
      if (!ip.board) throw new AgendaInputError('the pinned meetings cannot all be kept in their slots');
      Object.assign(stats, { method: 'time-indexed-ip', ipVariables, ipOptimal: ip.optimal });
      board = ip.board;
    }
  }
  fill(p, board);
  const { meetings, unplaced, totalValue } = assemble(p, board);
  stats.totalMs = performance.now() - started;
  const gap = lpBound > 0 ? Math.max(0, (lpBound - totalValue) / lpBound) : 0;
  return { meetings, unplaced, totalValue, lpBound, gap, stats };
}

/** The slot-free selection: x_e ∈ [0,1], Σ_{e∋v} x_e ≤ cap_v, Σ x_e ≤ slots × tables. */
function selectionModel(p: Problem, integer: boolean, timeLimitSeconds: number): Promise<LinearSolution & { x: Float64Array | null }> {
  const cols: number[] = [];
  for (let e = 0; e < p.eu.length; e++) if (p.common[e] > 0) cols.push(e);
  const byVertex: number[][] = Array.from({ length: p.ids.length }, () => []);
  cols.forEach((e, j) => {
    byVertex[p.eu[e]].push(j);
    byVertex[p.ev[e]].push(j);
  });
  const rows: Int32Array[] = [];
  const rowUpper: number[] = [];
  byVertex.forEach((list, v) => {
    if (list.length > p.cap[v]) {
      rows.push(Int32Array.from(list));
      rowUpper.push(p.cap[v]);
    }
  });
  if (cols.length > p.slots * p.tables) {
    rows.push(Int32Array.from(cols, (_, j) => j));
    rowUpper.push(p.slots * p.tables);
  }
  return solveLinear({
    cost: Float64Array.from(cols, (e) => p.value[e]),
    lower: Float64Array.from(cols, (e) => p.pinned[e]),
    upper: new Float64Array(cols.length).fill(1),
    rows,
    rowUpper,
    integer,
    timeLimitSeconds,
  }).then((s) => {
    if (!s.x) return s;
    const x = new Float64Array(p.eu.length);
    cols.forEach((e, j) => (x[e] = s.x![j]));
    return { ...s, x };
  });
}

function countIpVariables(p: Problem): number {
  let n = 0;
  for (let e = 0; e < p.eu.length; e++) n += p.pinSlot[e] >= 0 ? 1 : p.common[e];
  return n;
}

/** One binary per (pair, slot both can attend): each pair once, each participant once per slot, capacities, tables. */
async function timeIndexedIp(p: Problem, timeLimitSeconds: number): Promise<{ board: Board | null; optimal: boolean }> {
  const S = p.slots;
  const colEdge: number[] = [];
  const colSlot: number[] = [];
  const edgeRows: number[][] = [];
  const vertexSlot: number[][] = Array.from({ length: p.ids.length * S }, () => []);
  const vertexRows: number[][] = Array.from({ length: p.ids.length }, () => []);
  const slotRows: number[][] = Array.from({ length: S }, () => []);
  const edgeLower: number[] = [];
  for (let e = 0; e < p.eu.length; e++) {
    if (p.common[e] === 0) continue;
    const list: number[] = [];
    for (let t = 0; t < S; t++) {
      if (!p.allowed[p.eu[e] * S + t] || !p.allowed[p.ev[e] * S + t]) continue;
      if (p.pinSlot[e] >= 0 && p.pinSlot[e] !== t) continue;
      const j = colEdge.length;
      colEdge.push(e);
      colSlot.push(t);
      list.push(j);
      vertexSlot[p.eu[e] * S + t].push(j);
      vertexSlot[p.ev[e] * S + t].push(j);
      vertexRows[p.eu[e]].push(j);
      vertexRows[p.ev[e]].push(j);
      slotRows[t].push(j);
    }
    edgeRows.push(list);
    edgeLower.push(p.pinned[e]);
  }
  const rows: Int32Array[] = [];
  const rowUpper: number[] = [];
  const rowLower: number[] = [];
  const add = (list: number[], lo: number, hi: number) => {
    rows.push(Int32Array.from(list));
    rowLower.push(lo);
    rowUpper.push(hi);
  };
  edgeRows.forEach((list, i) => (list.length > 1 || edgeLower[i] > 0) && add(list, edgeLower[i], 1));
  vertexSlot.forEach((list) => list.length > 1 && add(list, -Infinity, 1));
  vertexRows.forEach((list, v) => list.length > p.cap[v] && add(list, -Infinity, p.cap[v]));
  slotRows.forEach((list) => list.length > p.tables && add(list, -Infinity, p.tables));
  const n = colEdge.length;
  const solution = await solveLinear({
    cost: Float64Array.from(colEdge, (e) => p.value[e]),
    lower: new Float64Array(n),
    upper: new Float64Array(n).fill(1),
    rows,
    rowLower,
    rowUpper,
    integer: true,
    timeLimitSeconds,
  });
  if (!solution.x) return { board: null, optimal: false };
  const board = new Board(p);
  for (let j = 0; j < n; j++) if (solution.x[j] > 0.5) board.place(colEdge[j], colSlot[j]);
  return { board, optimal: solution.optimal };
}

/** Slots for the chosen meetings: slot pins first, then other pins, then by value; then tables. */
function colour(p: Problem, x: Float64Array): { board: Board; repaired: number } {
  const board = new Board(p);
  const chosen: number[] = [];
  for (let e = 0; e < p.eu.length; e++) {
    if (x[e] < 0.5 && !p.pinned[e]) continue;
    if (p.pinSlot[e] >= 0) board.place(e, p.pinSlot[e]);
    else chosen.push(e);
  }
  chosen.sort((a, b) => p.pinned[b] - p.pinned[a] || p.value[b] - p.value[a] || a - b);
  let repaired = 0;
  for (const e of chosen) {
    if (!board.hasCapacity(e) || !board.assign(e)) repaired++;
  }
  const dropped = board.balance(p.tables, (a, b) => p.pinned[b] - p.pinned[a] || p.value[b] - p.value[a] || a - b);
  return { board, repaired: repaired + dropped.length };
}

/** Greedy refill by value: any pair both ends of which still have room, in a slot with a free table. */
function fill(p: Problem, board: Board): void {
  const order: number[] = [];
  for (let e = 0; e < p.eu.length; e++) if (board.slotOf[e] < 0 && p.common[e] > 0 && (p.value[e] > 0 || p.requested[e] || p.pinned[e])) order.push(e);
  order.sort((a, b) => p.pinned[b] - p.pinned[a] || p.value[b] - p.value[a] || p.arrival[a] - p.arrival[b]);
  for (const e of order) {
    if (p.pinSlot[e] >= 0) {
      if (board.hasCapacity(e) && board.count[p.pinSlot[e]] < p.tables && board.isFree(e, p.pinSlot[e])) board.place(e, p.pinSlot[e]);
      continue;
    }
    if (board.hasCapacity(e)) board.assign(e, p.tables);
  }
}

function allPinsPlaced(p: Problem, board: Board): boolean {
  for (let e = 0; e < p.eu.length; e++) if (p.pinned[e] && board.slotOf[e] < 0) return false;
  return true;
}
