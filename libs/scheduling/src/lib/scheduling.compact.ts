import type { Board } from './scheduling.board';
import type { Problem } from './scheduling.problem';

/** Idle gaps of one participant whose occupied slots are the bits of `mask`: empty slots between the first and the last meeting. */
export function gapsOfMask(mask: number): number {
  if (mask === 0) return 0;
  const first = 31 - Math.clz32(mask & -mask);
  const last = 31 - Math.clz32(mask);
  return last - first + 1 - popcount(mask);
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Total idle gaps of the participants on a board. */
export function boardIdleGaps(p: Problem, board: Board): number {
  const S = p.slots;
  let total = 0;
  for (let v = 0; v < p.ids.length; v++) {
    let first = -1;
    let last = -1;
    let n = 0;
    for (let t = 0; t < S; t++) {
      if (board.at[v * S + t] < 0) continue;
      if (first < 0) first = t;
      last = t;
      n++;
    }
    if (n) total += last - first + 1 - n;
  }
  return total;
}

/** Total idle gaps of an agenda given as (participant, slot) pairs. */
export function countIdleGaps(slotsOf: Iterable<readonly [string, number]>): number {
  const spans = new Map<string, { first: number; last: number; n: number }>();
  for (const [who, t] of slotsOf) {
    const s = spans.get(who);
    if (!s) spans.set(who, { first: t, last: t, n: 1 });
    else {
      s.first = Math.min(s.first, t);
      s.last = Math.max(s.last, t);
      s.n++;
    }
  }
  let total = 0;
  for (const s of spans.values()) total += s.last - s.first + 1 - s.n;
  return total;
}

const COMPENSATE_SAMPLE = 64;

export interface CompactOptions {
  /** Stop improving after this many milliseconds (a safety net: the search stops by itself when it stalls); default 2,000. */
  timeBudgetMs?: number;
  /** Seed of the order in which participants are visited; default 1. */
  seed?: number;
}

export interface CompactResult {
  before: number;
  after: number;
  /** Kempe-chain swaps applied. */
  moves: number;
  passes: number;
  ms: number;
}

/**
 * Shortens every participant's idle time between meetings without changing which meetings take
 * place: only slots change. A move takes a meeting of participant v out of slot a into slot b
 * (free for v) and swaps slots a ↔ b along the alternating path that starts there (a Kempe
 * chain), so that nobody is double-booked; only the two ends of the path change which slots they
 * use. A move is kept when it lowers the total of idle gaps and keeps availability, slot pins and
 * tables; when slot b has no free table, a second chain moving one meeting from b back to a is
 * looked for so that both slots keep their number of meetings. Plateau moves (no change in the
 * total) are taken now and then to leave local minima.
 */
export function compactIdleGaps(p: Problem, board: Board, options: CompactOptions = {}): CompactResult {
  const started = performance.now();
  const S = p.slots;
  const nv = p.ids.length;
  const budget = options.timeBudgetMs ?? 2_000;
  const before = boardIdleGaps(p, board);
  const result: CompactResult = { before, after: before, moves: 0, passes: 0, ms: 0 };
  // Slots are bits of a 32-bit mask below; longer sessions are left as they are.
  if (S < 3 || S > 30 || before === 0 || budget <= 0) {
    result.ms = performance.now() - started;
    return result;
  }
  const occ = new Int32Array(nv);
  for (let v = 0; v < nv; v++) {
    let mask = 0;
    for (let t = 0; t < S; t++) if (board.at[v * S + t] >= 0) mask |= 1 << t;
    occ[v] = mask;
  }

  let seed = (options.seed ?? 1) >>> 0;
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const path: number[] = [];
  const other: number[] = [];
  /**
   * The alternating a, b, a, … path from `start` (which has an a-meeting and no b-meeting) into
   * `out`; its far end, or −1 when a meeting on it is pinned to its slot or cannot move.
   */
  const chain = (start: number, a: number, b: number, out: number[]): number => {
    out.length = 0;
    let v = start;
    let colour = a;
    for (;;) {
      const e = board.at[v * S + colour];
      if (e < 0) return v;
      const next = colour === a ? b : a;
      if (p.pinSlot[e] >= 0 || !p.allowed[p.eu[e] * S + next] || !p.allowed[p.ev[e] * S + next]) return -1;
      out.push(e);
      v = p.eu[e] === v ? p.ev[e] : p.eu[e];
      colour = next;
    }
  };
  /** Change of the total when slots a and b are swapped on `edges` (a chain from `start` ending at `end`). */
  const delta = (start: number, end: number, a: number, b: number, edges: number[]): number => {
    const flip = (1 << a) | (1 << b);
    const ms = occ[start] ^ flip;
    let d = gapsOfMask(ms) - gapsOfMask(occ[start]);
    if (end !== start && edges.length > 0) d += gapsOfMask(occ[end] ^ flip) - gapsOfMask(occ[end]);
    return d;
  };
  const swap = (edges: number[], a: number, b: number, start: number, end: number): void => {
    const flip = (1 << a) | (1 << b);
    for (const e of edges) {
      const t = board.slotOf[e];
      board.at[p.eu[e] * S + t] = -1;
      board.at[p.ev[e] * S + t] = -1;
    }
    for (const e of edges) {
      const t = board.slotOf[e] === a ? b : a;
      board.count[board.slotOf[e]]--;
      board.count[t]++;
      board.slotOf[e] = t;
      board.at[p.eu[e] * S + t] = e;
      board.at[p.ev[e] * S + t] = e;
    }
    occ[start] ^= flip;
    occ[end] ^= flip;
  };

  let current = before;
  const order = Array.from({ length: nv }, (_, v) => v);
  let slow = 0;
  for (let pass = 0; current > 0 && performance.now() - started < budget; pass++) {
    result.passes++;
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const plateau = pass > 0;
    const passStart = current;
    for (const v of order) {
      if (gapsOfMask(occ[v]) === 0) continue;
      if ((v & 63) === 0 && performance.now() - started >= budget) break;
      const mask = occ[v];
      for (let a = 0; a < S; a++) {
        if (!(mask & (1 << a))) continue;
        let done = false;
        for (let b = 0; b < S && !done; b++) {
          if (mask & (1 << b) || !p.allowed[v * S + b]) continue;
          const dv = gapsOfMask(mask ^ (1 << a) ^ (1 << b)) - gapsOfMask(mask);
          if (dv >= 0) continue;
          const end = chain(v, a, b, path);
          if (end < 0) continue;
          const d = delta(v, end, a, b, path);
          if (d > 0 || (d === 0 && !(plateau && random() < 0.3))) continue;
          let na = 0;
          for (const e of path) if (board.slotOf[e] === a) na++;
          const shift = na - (path.length - na); // meetings moving a → b on balance (0 or 1)
          if (board.count[b] + shift <= p.tables) {
            swap(path, a, b, v, end);
            current += d;
            result.moves++;
            done = true;
            continue;
          }
          // Slot b is full: also move one meeting from b to a along a second chain.
          swap(path, a, b, v, end);
          const back = compensate(b, a, -d);
          if (back === null) {
            // Undo: swapping the same edges again restores them (at and occ included).
            swap(path, a, b, v, end);
            continue;
          }
          current += d + back;
          result.moves += 2;
          done = true;
        }
        if (done) break;
      }
    }
    // Strict descent first, then passes that also take plateau moves; stop once two passes in a
    // row gain less than 1 % of the starting total (the tail is long and slow).
    slow = passStart - current < Math.max(1, before / 100) ? slow + 1 : 0;
    if (slow >= 2) break;
  }

  /**
   * After a move that put one more meeting into slot `from`, finds a chain moving one meeting
   * from `from` to `to` whose change of the total is below `limit`, applies it and returns that
   * change; null when there is none.
   */
  function compensate(from: number, to: number, limit: number): number | null {
    let best = -1;
    let bestDelta = limit;
    const bit = 1 << to;
    const start = Math.floor(random() * nv);
    // A random sample of the candidates: scanning them all costs more than it finds.
    let tried = 0;
    for (let k = 0; k < nv && tried < COMPENSATE_SAMPLE; k++) {
      const w = (start + k) % nv;
      if (!(occ[w] & (1 << from)) || occ[w] & bit || !p.allowed[w * S + to]) continue;
      tried++;
      const end = chain(w, from, to, other);
      if (end < 0 || other.length % 2 === 0) continue;
      const d = delta(w, end, from, to, other);
      if (d < bestDelta) {
        bestDelta = d;
        best = w;
        if (d < 0) break;
      }
    }
    if (best < 0) return null;
    const end = chain(best, from, to, other);
    swap(other, from, to, best, end);
    return bestDelta;
  }

  result.after = boardIdleGaps(p, board);
  result.ms = performance.now() - started;
  return result;
}
