import { assemble } from './scheduling.assemble';
import { Board } from './scheduling.board';
import { buildProblem, type Problem } from './scheduling.problem';
import { AgendaInputError, type AgendaInput, type ScheduledMeeting, type UnplacedRequest } from './scheduling.types';

export interface GreedyResult {
  meetings: ScheduledMeeting[];
  unplaced: UnplacedRequest[];
  totalValue: number;
}

/**
 * The baseline an organiser with a spreadsheet would produce: pins first, then requests in arrival
 * order, each in the first slot where both are free and a table is left; then (unless
 * `includeUnrequested` is false) the other candidates in input order.
 */
export function greedyFirstComeScheduler(input: AgendaInput, includeUnrequested = true): GreedyResult {
  const p = buildProblem(input);
  const board = new Board(p);
  const S = p.slots;
  const firstSlot = (e: number) => {
    if (!board.hasCapacity(e)) return -1;
    for (let t = 0; t < S; t++) if (board.count[t] < p.tables && board.isFree(e, t)) return t;
    return -1;
  };
  const edges = Array.from({ length: p.eu.length }, (_, e) => e);
  // Pins with a slot first, in it; then the others, where a slot is found for each of them.
  for (const e of edges.filter((e) => p.pinned[e] && p.pinSlot[e] >= 0)) {
    if (!board.isFree(e, p.pinSlot[e])) throw new AgendaInputError('the pinned meetings could not all be placed');
    board.place(e, p.pinSlot[e]);
  }
  if (!placeFreePins(board, p, edges.filter((e) => p.pinned[e] && p.pinSlot[e] < 0))) {
    throw new AgendaInputError('the pinned meetings could not all be placed');
  }
  const rest = edges.filter((e) => !p.pinned[e] && (p.requested[e] || includeUnrequested));
  rest.sort((a, b) => p.requested[b] - p.requested[a] || p.arrival[a] - p.arrival[b]);
  for (const e of rest) {
    const t = firstSlot(e);
    if (t >= 0) board.place(e, t);
  }
  return assemble(p, board);
}

/**
 * Gives every pinned meeting without a slot one where both sides and a table are free: the meeting
 * with the fewest such slots first, each slot in order, taking a choice back when it leaves a later
 * meeting none (first come alone could fill the one slot another pin needs). Pins are few.
 */
function placeFreePins(board: Board, p: Problem, pins: number[]): boolean {
  if (!pins.length) return true;
  const open = (e: number) => {
    const slots: number[] = [];
    if (!board.hasCapacity(e)) return slots;
    for (let t = 0; t < p.slots; t++) if (board.count[t] < p.tables && board.isFree(e, t)) slots.push(t);
    return slots;
  };
  let best = 0;
  let bestSlots = open(pins[0]);
  for (let i = 1; i < pins.length && bestSlots.length; i++) {
    const slots = open(pins[i]);
    if (slots.length < bestSlots.length) [best, bestSlots] = [i, slots];
  }
  const e = pins[best];
  const rest = pins.filter((_, i) => i !== best);
  for (const t of bestSlots) {
    board.place(e, t);
    if (placeFreePins(board, p, rest)) return true;
    board.remove(e);
  }
  return false;
}
