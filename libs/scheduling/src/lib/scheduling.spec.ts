import fc from 'fast-check';
import { arbitraryAgendaInput } from '../testing/arbitrary';
import { bruteForceOptimum } from '../testing/brute-force';
import { scheduleAgenda } from './scheduling.agenda';
import { greedyFirstComeScheduler } from './scheduling.greedy';
import { solveLinear } from './scheduling.highs';
import { buildProblem } from './scheduling.problem';
import { syntheticSession } from './scheduling.synthetic';
import { AgendaInputError, type AgendaInput, type AgendaMethod } from './scheduling.types';
import { validateAgenda } from './scheduling.validate';
import { MAX_MATCH_SCORE, meetingValue } from './scheduling.value';

const REASONS = ['capacity', 'no common free slot', 'tables full', 'lower value than the chosen meetings'];

function requestedPairs(input: AgendaInput): Set<string> {
  return new Set(input.candidates.filter((c) => c.requested).map((c) => `${c.companyId}|${c.agencyId}`));
}

async function checkInvariants(input: AgendaInput, method: AgendaMethod): Promise<void> {
  const result = await scheduleAgenda({ ...input, options: { method } });
  expect(validateAgenda(input, result.meetings)).toEqual([]);
  const placed = new Set(result.meetings.map((m) => `${m.companyId}|${m.agencyId}`));
  const unplaced = new Set(result.unplaced.map((u) => `${u.companyId}|${u.agencyId}`));
  for (const pair of requestedPairs(input)) expect(placed.has(pair) !== unplaced.has(pair)).toBe(true);
  for (const u of result.unplaced) expect(REASONS).toContain(u.reason);
  expect(result.totalValue).toBeCloseTo(result.meetings.reduce((s, m) => s + m.value, 0), 6);
  expect(result.totalValue).toBeLessThanOrEqual(result.lpBound + 1e-6);
  expect(result.gap).toBeGreaterThanOrEqual(0);
}

describe('meetingValue', () => {
  it('puts any mutual request above any one-sided one, and any request above any match score alone', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 500, noNaN: true }), fc.double({ min: -50, max: 500, noNaN: true }), (s1, s2) => {
        expect(meetingValue({ mutual: true, matchScore: s1 })).toBeGreaterThan(meetingValue({ requested: true, matchScore: s2 }));
        expect(meetingValue({ requested: true, matchScore: s1 })).toBeGreaterThan(meetingValue({ matchScore: s2 }));
        expect(meetingValue({ mutual: true, requested: true, matchScore: s1 })).toBe(meetingValue({ mutual: true, matchScore: s1 }));
      }),
    );
  });
  it('orders by match score within a tier and clamps it', () => {
    expect(meetingValue({ requested: true, matchScore: 80 })).toBeGreaterThan(meetingValue({ requested: true, matchScore: 20 }));
    expect(meetingValue({ matchScore: 1e9 })).toBe(MAX_MATCH_SCORE);
    expect(meetingValue({ matchScore: Number.NaN })).toBe(0);
    expect(meetingValue({})).toBe(0);
  });
});

describe('scheduleAgenda — invariants on random small sessions', () => {
  const plain = arbitraryAgendaInput({ maxCompanies: 7, maxAgencies: 5, maxSlots: 4, maxTables: 3, availability: false, pins: false });
  const full = arbitraryAgendaInput({ maxCompanies: 6, maxAgencies: 5, maxSlots: 4, maxTables: 3, availability: true, pins: true });
  for (const method of ['lp-colouring', 'time-indexed-ip', 'auto'] as const) {
    it(`keeps every rule without availability limits (${method})`, async () => {
      await fc.assert(fc.asyncProperty(plain, (input) => checkInvariants(input, method)), { numRuns: 40 });
    });
    it(`keeps every rule with availability and pins (${method})`, async () => {
      await fc.assert(fc.asyncProperty(full, (input) => checkInvariants(input, method)), { numRuns: 40 });
    });
  }
  it('the first-come baseline keeps pins that compete for one slot', () => {
    // One table, two slots: a2 can only meet in slot 0, so the pin a0 could take anywhere must
    // leave it free (a case found by the property below).
    const input: AgendaInput = {
      slots: 2,
      tables: 1,
      companies: [
        { id: 'c0', capacity: 3, unavailable: [] },
        { id: 'c2', capacity: 3, unavailable: [] },
      ],
      agencies: [
        { id: 'a0', capacity: 1, unavailable: [] },
        { id: 'a2', capacity: 3, unavailable: [1] },
      ],
      candidates: [
        { companyId: 'c0', agencyId: 'a0', value: 1, requested: true },
        { companyId: 'c2', agencyId: 'a2', value: 4, requested: false },
      ],
      pinned: [
        { companyId: 'c0', agencyId: 'a0' },
        { companyId: 'c2', agencyId: 'a2' },
      ],
    };
    const { meetings } = greedyFirstComeScheduler(input);
    expect(validateAgenda(input, meetings)).toEqual([]);
    expect(meetings.map((m) => `${m.companyId}-${m.agencyId}@${m.slot}`).sort()).toEqual(['c0-a0@1', 'c2-a2@0']);
  });
  it('the first-come baseline keeps every rule too', () => {
    fc.assert(
      fc.property(full, (input) => {
        expect(validateAgenda(input, greedyFirstComeScheduler(input).meetings)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('scheduleAgenda — optimality', () => {
  const tiny = (availability: boolean, pins: boolean) =>
    arbitraryAgendaInput({ maxCompanies: 4, maxAgencies: 3, maxSlots: 3, maxTables: 2, availability, pins }).filter(
      (i) => new Set(i.candidates.map((c) => `${c.companyId}|${c.agencyId}`)).size <= 8,
    );
  it('reaches the brute-force optimum without availability limits (LP + colouring, gap 0)', async () => {
    await fc.assert(
      fc.asyncProperty(tiny(false, false), async (input) => {
        const result = await scheduleAgenda({ ...input, options: { method: 'lp-colouring' } });
        expect(result.totalValue).toBeCloseTo(bruteForceOptimum(input), 6);
        expect(result.gap).toBeLessThan(1e-9);
      }),
      { numRuns: 60 },
    );
  });
  it('reaches the brute-force optimum with availability and pins (time-indexed IP)', async () => {
    await fc.assert(
      fc.asyncProperty(tiny(true, true), async (input) => {
        const result = await scheduleAgenda(input);
        expect(result.totalValue).toBeCloseTo(bruteForceOptimum(input), 6);
      }),
      { numRuns: 60 },
    );
  });
  it('a hand-made case: the mutual request wins the contested slot', async () => {
    const input: AgendaInput = {
      slots: 1,
      tables: 1,
      companies: [{ id: 'c1', capacity: 1 }, { id: 'c2', capacity: 1 }],
      agencies: [{ id: 'a1', capacity: 1 }],
      candidates: [
        { companyId: 'c1', agencyId: 'a1', value: meetingValue({ requested: true, matchScore: 99 }), requested: true },
        { companyId: 'c2', agencyId: 'a1', value: meetingValue({ mutual: true, matchScore: 5 }), requested: true },
      ],
    };
    const result = await scheduleAgenda(input);
    expect(result.meetings).toEqual([{ companyId: 'c2', agencyId: 'a1', slot: 0, table: 0, value: 10_005, pinned: false }]);
    expect(result.unplaced).toEqual([expect.objectContaining({ companyId: 'c1', reason: 'lower value than the chosen meetings' })]);
  });
  it('beats the first-come baseline and matches the LP bound on a mid-size session', async () => {
    const input = syntheticSession({ companies: 60, agencies: 15, slots: 4, tables: 10, seed: 7 });
    const result = await scheduleAgenda(input);
    expect(validateAgenda(input, result.meetings)).toEqual([]);
    expect(result.totalValue).toBeGreaterThanOrEqual(greedyFirstComeScheduler(input).totalValue);
    expect(result.gap).toBeLessThan(1e-3);
  });
});

describe('scheduleAgenda — reasons and input errors', () => {
  it('names the reason a request was not placed', async () => {
    const input: AgendaInput = {
      slots: 2,
      tables: 1,
      companies: [{ id: 'c1', capacity: 2 }, { id: 'c2', capacity: 2, unavailable: [0, 1] }, { id: 'c3', capacity: 0 }, { id: 'c4', capacity: 2 }],
      agencies: [{ id: 'a1', capacity: 2 }, { id: 'a2', capacity: 2 }],
      candidates: [
        { companyId: 'c1', agencyId: 'a1', value: 50, requested: true },
        { companyId: 'c1', agencyId: 'a2', value: 40, requested: true },
        { companyId: 'c2', agencyId: 'a1', value: 90, requested: true },
        { companyId: 'c3', agencyId: 'a2', value: 90, requested: true },
        { companyId: 'c4', agencyId: 'a2', value: 10, requested: true },
      ],
    };
    const result = await scheduleAgenda(input);
    const why = Object.fromEntries(result.unplaced.map((u) => [`${u.companyId}|${u.agencyId}`, u.reason]));
    expect(why).toEqual({ 'c2|a1': 'no common free slot', 'c3|a2': 'capacity', 'c4|a2': 'tables full' });
  });
  it('rejects impossible pins and unknown participants', async () => {
    const base: AgendaInput = { slots: 1, tables: 1, companies: [{ id: 'c1', capacity: 1 }, { id: 'c2', capacity: 1 }], agencies: [{ id: 'a1', capacity: 1 }], candidates: [] };
    await expect(scheduleAgenda({ ...base, pinned: [{ companyId: 'c1', agencyId: 'a1' }, { companyId: 'c2', agencyId: 'a1' }] })).rejects.toThrow(AgendaInputError);
    await expect(scheduleAgenda({ ...base, candidates: [{ companyId: 'x', agencyId: 'a1', value: 1 }] })).rejects.toThrow(AgendaInputError);
    await expect(scheduleAgenda({ ...base, pinned: [{ companyId: 'c1', agencyId: 'a1', slot: 3 }] })).rejects.toThrow(AgendaInputError);
  });
});

describe('scheduleAgenda — the selection LP by column generation', () => {
  /** The slot-free LP with every pair as a column, solved in one go. */
  async function fullLp(input: AgendaInput): Promise<number> {
    const p = buildProblem(input);
    const cols = Array.from(p.eu, (_, e) => e).filter((e) => p.common[e] > 0);
    const byVertex: number[][] = Array.from({ length: p.ids.length }, () => []);
    cols.forEach((e, j) => {
      byVertex[p.eu[e]].push(j);
      byVertex[p.ev[e]].push(j);
    });
    const rows = byVertex.map((l) => Int32Array.from(l));
    const rowUpper = Array.from(p.cap);
    rows.push(Int32Array.from(cols, (_, j) => j));
    rowUpper.push(p.slots * p.tables);
    const lp = await solveLinear({
      cost: Float64Array.from(cols, (e) => p.value[e]),
      lower: Float64Array.from(cols, (e) => p.pinned[e]),
      upper: new Float64Array(cols.length).fill(1),
      rows,
      rowUpper,
      integer: false,
      timeLimitSeconds: 20,
    });
    return lp.objective;
  }

  it('equals the LP over all pairs on random sessions with low capacities', async () => {
    // Low capacities and many candidates: each participant's few best pairs are contested, so the
    // pricing has to bring in others.
    const sessions = fc.record({ seed: fc.integer({ min: 1, max: 10_000 }), companies: fc.integer({ min: 10, max: 40 }), agencies: fc.integer({ min: 4, max: 12 }) });
    await fc.assert(
      fc.asyncProperty(sessions, async ({ seed, companies, agencies }) => {
        const input = syntheticSession({ companies, agencies, slots: 3, tables: 8, companyCapacity: 1, requestsPerCompany: 4, seed });
        for (const a of input.agencies) a.capacity = 1;
        const result = await scheduleAgenda(input);
        expect(result.lpBound).toBeCloseTo(await fullLp(input), 4);
        expect(result.stats.lpVariables).toBeLessThanOrEqual(input.candidates.length);
      }),
      { numRuns: 25 },
    );
  });

  it('prices in a pair that is among the best of neither side', async () => {
    // c0's four best agencies a1…a4 prefer d1…d4; a5's four best companies f1…f4 prefer g1…g4.
    // c0–a5 (50) is in neither side's first columns, yet the optimum holds it.
    const one = (id: string) => ({ id, capacity: 1 });
    const n4 = [1, 2, 3, 4];
    const input: AgendaInput = {
      slots: 1,
      tables: 20,
      companies: ['c0', ...n4.map((i) => `d${i}`), ...n4.map((i) => `f${i}`)].map(one),
      agencies: [...n4.map((i) => `a${i}`), 'a5', ...n4.map((i) => `g${i}`)].map(one),
      candidates: [
        ...n4.map((i) => ({ companyId: 'c0', agencyId: `a${i}`, value: 100 })),
        { companyId: 'c0', agencyId: 'a5', value: 50 },
        ...n4.map((i) => ({ companyId: `d${i}`, agencyId: `a${i}`, value: 200 })),
        ...n4.map((i) => ({ companyId: `f${i}`, agencyId: 'a5', value: 60 })),
        ...n4.map((i) => ({ companyId: `f${i}`, agencyId: `g${i}`, value: 1000 })),
      ],
    };
    const result = await scheduleAgenda(input);
    expect(result.stats.lpRounds).toBeGreaterThan(1);
    expect(result.lpBound).toBeCloseTo(4850, 6);
    expect(result.totalValue).toBeCloseTo(4850, 6);
    expect(result.meetings.find((m) => m.companyId === 'c0')?.agencyId).toBe('a5');
  });
});
