import { assemble } from './scheduling.assemble';
import { Board } from './scheduling.board';
import { buildProblem } from './scheduling.problem';
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
  for (const e of edges.filter((e) => p.pinned[e]).sort((a, b) => p.pinSlot[b] - p.pinSlot[a])) {
    const t = p.pinSlot[e] >= 0 ? p.pinSlot[e] : firstSlot(e);
    if (t < 0 || !board.isFree(e, t)) throw new AgendaInputError('the pinned meetings could not all be placed');
    board.place(e, t);
  }
  const rest = edges.filter((e) => !p.pinned[e] && (p.requested[e] || includeUnrequested));
  rest.sort((a, b) => p.requested[b] - p.requested[a] || p.arrival[a] - p.arrival[b]);
  for (const e of rest) {
    const t = firstSlot(e);
    if (t >= 0) board.place(e, t);
  }
  return assemble(p, board);
}
