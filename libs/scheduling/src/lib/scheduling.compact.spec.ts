import fc from 'fast-check';
import { arbitraryAgendaInput } from '../testing/arbitrary';
import { scheduleAgenda } from './scheduling.agenda';
import { Board } from './scheduling.board';
import { boardIdleGaps, compactIdleGaps, countIdleGaps, gapsOfMask } from './scheduling.compact';
import { buildProblem } from './scheduling.problem';
import { syntheticSession } from './scheduling.synthetic';
import type { AgendaInput, AgendaMethod, ScheduledMeeting } from './scheduling.types';
import { validateAgenda } from './scheduling.validate';

const pairs = (meetings: ScheduledMeeting[]) => meetings.map((m) => `${m.companyId}|${m.agencyId}`).sort();
const gapsOf = (meetings: ScheduledMeeting[]) => countIdleGaps(meetings.flatMap((m) => [[`c:${m.companyId}`, m.slot] as const, [`a:${m.agencyId}`, m.slot] as const]));

/** A board with the given (company, agency, slot) meetings placed by hand. */
function boardOf(input: AgendaInput, placed: Array<[string, string, number]>) {
  const p = buildProblem(input);
  const board = new Board(p);
  for (const [c, a, t] of placed) {
    const e = Array.from(p.eu, (_, i) => i).find((i) => p.ids[p.eu[i]] === c && p.ids[p.ev[i]] === a);
    if (e === undefined) throw new Error(`no pair ${c}–${a}`);
    board.place(e, t);
  }
  const slotOf = (c: string, a: string) => {
    const e = Array.from(p.eu, (_, i) => i).find((i) => p.ids[p.eu[i]] === c && p.ids[p.ev[i]] === a)!;
    return board.slotOf[e];
  };
  return { p, board, slotOf };
}

describe('idle gaps', () => {
  it('counts the empty slots between a participant’s first and last meeting', () => {
    expect(gapsOfMask(0)).toBe(0);
    expect(gapsOfMask(0b1)).toBe(0);
    expect(gapsOfMask(0b101)).toBe(1);
    expect(gapsOfMask(0b1001101)).toBe(3);
    expect(countIdleGaps([['x', 0], ['x', 3], ['y', 5], ['y', 6], ['z', 1]])).toBe(2);
  });
});

describe('compactIdleGaps', () => {
  const people = (ids: string[], capacity: number) => ids.map((id) => ({ id, capacity }));

  it('closes a gap by moving a meeting into the empty slot', () => {
    const input: AgendaInput = {
      slots: 4,
      tables: 4,
      companies: people(['c1'], 4),
      agencies: people(['a1', 'a2'], 4),
      candidates: [{ companyId: 'c1', agencyId: 'a1', value: 1 }, { companyId: 'c1', agencyId: 'a2', value: 1 }],
    };
    const { p, board, slotOf } = boardOf(input, [['c1', 'a1', 0], ['c1', 'a2', 3]]);
    const result = compactIdleGaps(p, board);
    expect(result).toMatchObject({ before: 2, after: 0 });
    expect(Math.abs(slotOf('c1', 'a1') - slotOf('c1', 'a2'))).toBe(1);
  });

  it('swaps along a Kempe chain when the empty slot is taken at the other end, and never moves a slot pin', () => {
    // c1 meets a1 in slot 0 and a2 in slot 2 (gap in slot 1). a2 is busy in slot 1 with c2, which
    // is free in slot 2: swapping slots 1 ↔ 2 on the chain c1–a2–c2 closes the gap for everyone.
    const input: AgendaInput = {
      slots: 3,
      tables: 3,
      companies: people(['c1', 'c2'], 3),
      agencies: people(['a1', 'a2'], 3),
      candidates: [
        { companyId: 'c1', agencyId: 'a1', value: 1 },
        { companyId: 'c1', agencyId: 'a2', value: 1 },
        { companyId: 'c2', agencyId: 'a2', value: 1 },
      ],
      pinned: [{ companyId: 'c1', agencyId: 'a1', slot: 0 }],
    };
    const { p, board, slotOf } = boardOf(input, [['c1', 'a1', 0], ['c1', 'a2', 2], ['c2', 'a2', 1]]);
    expect(compactIdleGaps(p, board)).toMatchObject({ before: 1, after: 0 });
    expect(slotOf('c1', 'a1')).toBe(0);
    expect(slotOf('c1', 'a2')).toBe(1);
    expect(slotOf('c2', 'a2')).toBe(2);
  });

  it('keeps every slot within the tables: a move into a full slot is paired with one out of it', () => {
    // One table per slot. c1 waits in slot 1 (taken by c2–a2); c2–a2 is alone and can go to slot 2.
    const input: AgendaInput = {
      slots: 3,
      tables: 1,
      companies: people(['c1', 'c2'], 3),
      agencies: people(['a1', 'a2', 'a3'], 3),
      candidates: [
        { companyId: 'c1', agencyId: 'a1', value: 1 },
        { companyId: 'c1', agencyId: 'a3', value: 1 },
        { companyId: 'c2', agencyId: 'a2', value: 1 },
      ],
    };
    const { p, board } = boardOf(input, [['c1', 'a1', 0], ['c2', 'a2', 1], ['c1', 'a3', 2]]);
    const result = compactIdleGaps(p, board);
    expect(result).toMatchObject({ before: 1, after: 0 });
    expect(Array.from(board.count)).toEqual([1, 1, 1]);
  });

  it('leaves a gap that only an unavailable slot could close', () => {
    const input: AgendaInput = {
      slots: 3,
      tables: 3,
      companies: [{ id: 'c1', capacity: 3 }],
      agencies: [{ id: 'a1', capacity: 3 }, { id: 'a2', capacity: 3, unavailable: [1] }],
      candidates: [{ companyId: 'c1', agencyId: 'a1', value: 1 }, { companyId: 'c1', agencyId: 'a2', value: 1 }],
      pinned: [{ companyId: 'c1', agencyId: 'a1', slot: 0 }],
    };
    const { p, board, slotOf } = boardOf(input, [['c1', 'a1', 0], ['c1', 'a2', 2]]);
    expect(compactIdleGaps(p, board)).toMatchObject({ before: 1, after: 1 });
    expect(slotOf('c1', 'a2')).toBe(2);
    expect(boardIdleGaps(p, board)).toBe(1);
  });
});

describe('scheduleAgenda — the idle-gap step', () => {
  const full = arbitraryAgendaInput({ maxCompanies: 8, maxAgencies: 6, maxSlots: 6, maxTables: 4, availability: true, pins: true });
  for (const method of ['lp-colouring', 'time-indexed-ip'] as const satisfies readonly AgendaMethod[]) {
    it(`keeps the same meetings, every rule and every slot pin, and never adds gaps (${method})`, async () => {
      await fc.assert(
        fc.asyncProperty(full, async (input) => {
          const plain = await scheduleAgenda({ ...input, options: { method, compactIdleGaps: false } });
          const compact = await scheduleAgenda({ ...input, options: { method } });
          expect(validateAgenda(input, compact.meetings)).toEqual([]);
          expect(pairs(compact.meetings)).toEqual(pairs(plain.meetings));
          expect(compact.totalValue).toBeCloseTo(plain.totalValue, 6);
          for (const pin of input.pinned ?? []) {
            if (pin.slot === undefined) continue;
            expect(compact.meetings.find((m) => m.companyId === pin.companyId && m.agencyId === pin.agencyId)?.slot).toBe(pin.slot);
          }
          expect(gapsOf(plain.meetings)).toBe(plain.stats.idleGaps);
          expect(compact.stats.idleGapsBefore).toBe(plain.stats.idleGaps);
          expect(gapsOf(compact.meetings)).toBe(compact.stats.idleGaps);
          expect(compact.stats.idleGaps).toBeLessThanOrEqual(compact.stats.idleGapsBefore);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('cuts the idle gaps of a mid-size session by well over 30 % at the same value', async () => {
    const input = syntheticSession({ companies: 200, agencies: 50, slots: 10, tables: 40, companyCapacity: 5, unavailableShare: 0.1, seed: 11 });
    const plain = await scheduleAgenda({ ...input, options: { compactIdleGaps: false } });
    const compact = await scheduleAgenda(input);
    expect(validateAgenda(input, compact.meetings)).toEqual([]);
    expect(pairs(compact.meetings)).toEqual(pairs(plain.meetings));
    expect(gapsOf(plain.meetings)).toBeGreaterThan(20);
    expect(gapsOf(compact.meetings)).toBeLessThanOrEqual(0.7 * gapsOf(plain.meetings));
  });
});
