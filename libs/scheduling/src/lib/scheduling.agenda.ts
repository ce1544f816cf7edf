import { assemble } from './scheduling.assemble';
import { Board } from './scheduling.board';
import { boardIdleGaps, compactIdleGaps } from './scheduling.compact';
import { solveByColumns, solveLinear, type ColumnBlock, type LinearSolution } from './scheduling.highs';
import { buildProblem, type Problem } from './scheduling.problem';
import { AgendaInputError, type AgendaInput, type AgendaResult, type AgendaStats } from './scheduling.types';

const EPS = 1e-6;
/** HiGHS model statuses of a model without feasible point (infeasible; infeasible or unbounded — every column here is bounded). */
const INFEASIBLE = new Set([8, 9]);

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
  if (!lp.x) {
    if (INFEASIBLE.has(lp.status)) throw new AgendaInputError('the pinned meetings cannot all be kept (the selection LP is infeasible)');
    throw new Error(`the selection LP stopped without a solution (HiGHS model status ${lp.status})`);
  }
  // Cut short by the time limit, the column generation still gives a valid (looser) bound.
  const lpBound = lp.optimal ? lp.objective : Math.max(lp.objective, lp.bound);
  const lpIntegral = lp.x.every((x) => Math.abs(x - Math.round(x)) < EPS);

  let restricted = false;
  for (let e = 0; e < p.eu.length; e++) if (p.pinSlot[e] >= 0 || (p.common[e] > 0 && p.common[e] < p.slots)) restricted = true;
  const ipVariables = countIpVariables(p);
  const method = options.method && options.method !== 'auto' ? options.method : restricted && ipVariables <= ipMax ? 'time-indexed-ip' : 'lp-colouring';

  const stats: AgendaStats = {
    method,
    candidates: p.candidates,
    pairs: p.eu.length,
    lpVariables: lp.columns,
    lpMeetings: lp.x.reduce((sum, x) => sum + x, 0),
    lpRounds: lp.rounds,
    lpIntegral,
    ipVariables: method === 'time-indexed-ip' ? ipVariables : 0,
    ipOptimal: false,
    repaired: 0,
    idleGapsBefore: 0,
    idleGaps: 0,
    compactMs: 0,
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
  if (options.compactIdleGaps !== false) {
    const compacted = compactIdleGaps(p, board, { timeBudgetMs: options.compactTimeMs });
    Object.assign(stats, { idleGapsBefore: compacted.before, idleGaps: compacted.after, compactMs: compacted.ms });
  } else {
    const gaps = boardIdleGaps(p, board);
    Object.assign(stats, { idleGapsBefore: gaps, idleGaps: gaps });
  }
  const { meetings, unplaced, totalValue } = assemble(p, board);
  stats.totalMs = performance.now() - started;
  const gap = lpBound > 0 ? Math.max(0, (lpBound - totalValue) / lpBound) : 0;
  return { meetings, unplaced, totalValue, lpBound, gap, stats };
}

/**
 * The slot-free selection: x_e ∈ [0,1], Σ_{e∋v} x_e ≤ cap_v, Σ x_e ≤ slots × tables, pins at 1.
 * Solved by column generation: each participant's most valuable pairs first, then every pair
 * whose reduced cost under the current duals is positive, until none is; the result is the
 * optimum of the LP over all pairs. Its matrix is a network (companies → agencies → one table
 * pool), so the optimum HiGHS returns is integral. `integer` re-solves the final columns as a MIP,
 * a fallback for a fractional answer.
 */
async function selectionModel(p: Problem, integer: boolean, timeLimitSeconds: number): Promise<Selection> {
  const m = p.eu.length;
  const nv = p.ids.length;
  const eligible: number[] = [];
  const degree = new Int32Array(nv);
  for (let e = 0; e < m; e++) {
    if (p.common[e] === 0) continue;
    eligible.push(e);
    degree[p.eu[e]]++;
    degree[p.ev[e]]++;
  }
  const rowOf = new Int32Array(nv).fill(-1);
  const rowUpper: number[] = [];
  for (let v = 0; v < nv; v++) {
    if (degree[v] > p.cap[v]) {
      rowOf[v] = rowUpper.length;
      rowUpper.push(p.cap[v]);
    }
  }
  const tableRow = eligible.length > p.slots * p.tables ? rowUpper.length : -1;
  if (tableRow >= 0) rowUpper.push(p.slots * p.tables);

  // The first columns: pins, and each participant's 2 × capacity + 2 most valuable pairs.
  const inModel = new Uint8Array(m);
  const order: number[] = [];
  const take = (e: number) => {
    if (!inModel[e]) {
      inModel[e] = 1;
      order.push(e);
    }
  };
  const byVertex: number[][] = Array.from({ length: nv }, () => []);
  for (const e of eligible) {
    if (p.pinned[e]) take(e);
    byVertex[p.eu[e]].push(e);
    byVertex[p.ev[e]].push(e);
  }
  byVertex.forEach((list, v) => {
    const k = 2 * p.cap[v] + 2;
    if (list.length > k) list.sort((a, b) => p.value[b] - p.value[a] || a - b);
    for (let i = 0; i < Math.min(k, list.length); i++) take(list[i]);
  });
  const block = (edges: number[]): ColumnBlock => {
    const starts = new Int32Array(edges.length + 1);
    const rows: number[] = [];
    edges.forEach((e, j) => {
      for (const r of [rowOf[p.eu[e]], rowOf[p.ev[e]], tableRow]) if (r >= 0) rows.push(r);
      starts[j + 1] = rows.length;
    });
    return {
      cost: Float64Array.from(edges, (e) => p.value[e]),
      lower: Float64Array.from(edges, (e) => p.pinned[e]),
      upper: new Float64Array(edges.length).fill(1),
      starts,
      rows: Int32Array.from(rows),
    };
  };
  const first = block(order);
  // Any duals y ≥ 0 bound the LP from above (Lagrangian relaxation of the rows): Σ y·rhs plus
  // every pair's positive reduced cost (pins count whatever it is). The smallest seen is kept for
  // a run the time limit cuts short; at the end of the column generation it equals the optimum.
  let bound = Infinity;
  const price = (y: Float64Array): ColumnBlock | null => {
    const added: Array<[number, number]> = [];
    const yt = tableRow >= 0 ? y[tableRow] : 0;
    let lagrangian = 0;
    for (let r = 0; r < rowUpper.length; r++) lagrangian += Math.max(0, y[r]) * rowUpper[r];
    for (const e of eligible) {
      const ru = rowOf[p.eu[e]];
      const rv = rowOf[p.ev[e]];
      const reduced = p.value[e] - (ru >= 0 ? Math.max(0, y[ru]) : 0) - (rv >= 0 ? Math.max(0, y[rv]) : 0) - Math.max(0, yt);
      lagrangian += p.pinned[e] ? reduced : Math.max(0, reduced);
      if (inModel[e]) continue;
      if (reduced > 1e-7 * Math.max(1, p.value[e])) added.push([reduced, e]);
    }
    bound = Math.min(bound, lagrangian);
    if (!added.length) return null;
    added.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    const edges = added.slice(0, Math.max(5_000, order.length >> 1)).map(([, e]) => e);
    for (const e of edges) take(e);
    return block(edges);
  };
  const lp = order.length ? await solveByColumns(rowUpper, first, price, timeLimitSeconds) : { status: 7, optimal: true, x: new Float64Array(0), objective: 0, bound: 0, rounds: 0, columns: 0 };
  const result: Selection = { ...lp, bound: lp.optimal ? lp.objective : bound, x: null, rounds: lp.rounds, columns: lp.columns };
  if (lp.x) {
    result.x = new Float64Array(m);
    order.forEach((e, j) => (result.x![e] = lp.x![j]));
  }
  if (!integer || !lp.x) return result;
  const ip = await solveLinear({
    cost: first.cost.length === order.length ? first.cost : Float64Array.from(order, (e) => p.value[e]),
    lower: Float64Array.from(order, (e) => p.pinned[e]),
    upper: new Float64Array(order.length).fill(1),
    rows: rowsOf(order, rowOf, tableRow, rowUpper.length),
    rowUpper,
    integer: true,
    timeLimitSeconds,
  });
  const x = ip.x ? new Float64Array(m) : null;
  if (x) order.forEach((e, j) => (x[e] = ip.x![j]));
  return { ...ip, x, rounds: lp.rounds, columns: lp.columns };

  function rowsOf(cols: number[], of: Int32Array, table: number, n: number): Int32Array[] {
    const lists: number[][] = Array.from({ length: n }, () => []);
    cols.forEach((e, j) => {
      for (const r of [of[p.eu[e]], of[p.ev[e]], table]) if (r >= 0) lists[r].push(j);
    });
    return lists.map((l) => Int32Array.from(l));
  }
}

interface Selection extends LinearSolution {
  x: Float64Array | null;
  rounds: number;
  columns: number;
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
  let freeTables = 0;
  for (let t = 0; t < p.slots; t++) freeTables += Math.max(0, p.tables - board.count[t]);
  // Every table of every slot taken: nothing more fits (and Kempe searches would only cost time).
  if (freeTables === 0) return;
  const order: number[] = [];
  for (let e = 0; e < p.eu.length; e++) if (board.slotOf[e] < 0 && p.common[e] > 0 && (p.value[e] > 0 || p.requested[e] || p.pinned[e])) order.push(e);
  order.sort((a, b) => p.pinned[b] - p.pinned[a] || p.value[b] - p.value[a] || p.arrival[a] - p.arrival[b]);
  for (const e of order) {
    if (freeTables === 0) break;
    if (p.pinSlot[e] >= 0) {
      if (board.hasCapacity(e) && board.count[p.pinSlot[e]] < p.tables && board.isFree(e, p.pinSlot[e])) {
        board.place(e, p.pinSlot[e]);
        freeTables--;
      }
      continue;
    }
    if (board.hasCapacity(e) && board.assign(e, p.tables)) freeTables--;
  }
}

function allPinsPlaced(p: Problem, board: Board): boolean {
  for (let e = 0; e < p.eu.length; e++) if (p.pinned[e] && board.slotOf[e] < 0) return false;
  return true;
}
