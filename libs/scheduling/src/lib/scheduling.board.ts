import type { Problem } from './scheduling.problem';

/**
 * Slot assignment state: which meeting each participant has in each slot, meetings per slot, and
 * each participant's load. Slots are edge colours; moving meetings between two slots along an
 * alternating path (a Kempe chain) is how the colouring and the table balancing make room.
 */
export class Board {
  readonly slotOf: Int32Array;
  /** at[v * slots + t] = edge index or −1. */
  readonly at: Int32Array;
  readonly count: Int32Array;
  readonly load: Int32Array;
  private readonly path: number[] = [];

  constructor(private readonly p: Problem) {
    this.slotOf = new Int32Array(p.eu.length).fill(-1);
    this.at = new Int32Array(p.ids.length * p.slots).fill(-1);
    this.count = new Int32Array(p.slots);
    this.load = new Int32Array(p.ids.length);
  }

  place(e: number, t: number): void {
    const { p } = this;
    this.slotOf[e] = t;
    this.at[p.eu[e] * p.slots + t] = e;
    this.at[p.ev[e] * p.slots + t] = e;
    this.count[t]++;
    this.load[p.eu[e]]++;
    this.load[p.ev[e]]++;
  }

  remove(e: number): void {
    const { p } = this;
    const t = this.slotOf[e];
    if (t < 0) return;
    this.slotOf[e] = -1;
    this.at[p.eu[e] * p.slots + t] = -1;
    this.at[p.ev[e] * p.slots + t] = -1;
    this.count[t]--;
    this.load[p.eu[e]]--;
    this.load[p.ev[e]]--;
  }

  /** Whether slot t is open to both ends of e (available and not yet taken). */
  isFree(e: number, t: number): boolean {
    const { p } = this;
    const a = p.eu[e] * p.slots + t;
    const b = p.ev[e] * p.slots + t;
    return p.allowed[a] === 1 && p.allowed[b] === 1 && this.at[a] < 0 && this.at[b] < 0;
  }

  hasCapacity(e: number): boolean {
    return this.load[this.p.eu[e]] < this.p.cap[this.p.eu[e]] && this.load[this.p.ev[e]] < this.p.cap[this.p.ev[e]];
  }

  /**
   * Gives meeting e a slot: a slot free at both ends if there is one, otherwise a slot a free at
   * one end after swapping slots a and b along the alternating path from the other end (König's
   * argument: in a bipartite graph that path never comes back). Swaps that would move a pinned
   * meeting, break availability or (with `tables`) overfill a slot are refused.
   */
  assign(e: number, tables = Infinity): boolean {
    const { p } = this;
    const S = p.slots;
    for (let t = 0; t < S; t++) {
      if (this.count[t] < tables && this.isFree(e, t)) {
        this.place(e, t);
        return true;
      }
    }
    for (const [x, y] of [[p.eu[e], p.ev[e]], [p.ev[e], p.eu[e]]]) {
      for (let a = 0; a < S; a++) {
        if (!p.allowed[x * S + a] || !p.allowed[y * S + a] || this.at[x * S + a] >= 0) continue;
        for (let b = 0; b < S; b++) {
          if (b === a || !p.allowed[y * S + b] || this.at[y * S + b] >= 0) continue;
          if (this.swapPath(y, a, b, tables, 1)) {
            this.place(e, a);
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Walks the path from vertex `start` along edges of slot a, b, a, … and swaps a ↔ b on it when
   * allowed. `extraA` meetings will be added to slot a afterwards (for the table check); with
   * `requireSurplus` only a path holding more a- than b-meetings is swapped. False when refused.
   */
  swapPath(start: number, a: number, b: number, tables: number, extraA: number, requireSurplus = false): boolean {
    const { p } = this;
    const S = p.slots;
    const path = this.path;
    path.length = 0;
    let v = start;
    let colour = a;
    for (;;) {
      const e = this.at[v * S + colour];
      if (e < 0) break;
      const next = colour === a ? b : a;
      if (p.pinSlot[e] >= 0 || !p.allowed[p.eu[e] * S + next] || !p.allowed[p.ev[e] * S + next]) return false;
      path.push(e);
      v = p.eu[e] === v ? p.ev[e] : p.eu[e];
      colour = next;
      if (path.length > p.eu.length) return false;
    }
    let na = 0;
    for (const e of path) if (this.slotOf[e] === a) na++;
    const nb = path.length - na;
    if (requireSurplus && na <= nb) return false;
    if (this.count[a] - na + nb + extraA > tables || this.count[b] - nb + na > tables) return false;
    for (const e of path) this.removeKeepLoad(e);
    for (let i = 0; i < path.length; i++) this.placeKeepLoad(path[i], i % 2 === 0 ? b : a);
    return true;
  }

  private removeKeepLoad(e: number): void {
    this.remove(e);
    this.load[this.p.eu[e]]++;
    this.load[this.p.ev[e]]++;
  }

  private placeKeepLoad(e: number, t: number): void {
    this.place(e, t);
    this.load[this.p.eu[e]]--;
    this.load[this.p.ev[e]]--;
  }

  /**
   * Brings every slot down to at most `tables` meetings by moving surplus paths of an overfull
   * slot into an underfull one (the symmetric difference of two slots' meetings is a set of
   * alternating paths and cycles; a path with one more meeting in the full slot shifts one over).
   * Returns the meetings that could not be moved; the caller drops them.
   */
  balance(tables: number, dropOrder: (a: number, b: number) => number): number[] {
    const { p } = this;
    const S = p.slots;
    const dropped: number[] = [];
    for (let a = 0; a < S; a++) {
      while (this.count[a] > tables) {
        if (this.shiftOne(a, tables)) continue;
        const members: number[] = [];
        for (let e = 0; e < this.slotOf.length; e++) if (this.slotOf[e] === a && p.pinSlot[e] < 0) members.push(e);
        members.sort(dropOrder);
        let moved = false;
        for (const e of members) {
          this.remove(e);
          for (let t = 0; t < S && !moved; t++) {
            if (t !== a && this.count[t] < tables && this.isFree(e, t)) {
              this.place(e, t);
              moved = true;
            }
          }
          if (moved) break;
          this.place(e, a);
        }
        if (moved) continue;
        const victim = members[members.length - 1];
        if (victim === undefined) break;
        this.remove(victim);
        dropped.push(victim);
      }
    }
    return dropped;
  }

  private shiftOne(a: number, tables: number): boolean {
    const { p } = this;
    const S = p.slots;
    const order = Array.from({ length: S }, (_, t) => t).filter((t) => t !== a && this.count[t] < tables).sort((x, y) => this.count[x] - this.count[y]);
    for (const b of order) {
      for (let v = 0; v < p.ids.length; v++) {
        if (this.at[v * S + a] < 0 || this.at[v * S + b] >= 0) continue;
        if (this.swapPath(v, a, b, Infinity, 0, true) && this.count[b] <= tables) return true;
      }
    }
    return false;
  }
}
