import fc from 'fast-check';
import type { AgendaInput, CandidateMeeting, PinnedMeeting } from '../lib/scheduling.types';

export interface InstanceLimits {
  maxCompanies: number;
  maxAgencies: number;
  maxSlots: number;
  maxTables: number;
  availability: boolean;
  pins: boolean;
}

/**
 * Random small sessions. Pins are drawn so that they can always be kept together: distinct
 * participants, a slot both can attend, at most `tables` per slot, distinct tables.
 */
export function arbitraryAgendaInput(limits: InstanceLimits): fc.Arbitrary<AgendaInput> {
  return fc
    .record({
      nc: fc.integer({ min: 1, max: limits.maxCompanies }),
      na: fc.integer({ min: 1, max: limits.maxAgencies }),
      slots: fc.integer({ min: 1, max: limits.maxSlots }),
      tables: fc.integer({ min: 1, max: limits.maxTables }),
      seed: fc.integer({ min: 1, max: 2 ** 30 }),
      density: fc.double({ min: 0.2, max: 1, noNaN: true }),
    })
    .map(({ nc, na, slots, tables, seed, density }) => {
      let s = seed;
      const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
      const int = (n: number) => Math.floor(rnd() * n);
      const off = () => (limits.availability ? Array.from({ length: slots }, (_, t) => t).filter(() => rnd() < 0.3) : []);
      const companies = Array.from({ length: nc }, (_, i) => ({ id: `c${i}`, capacity: int(slots + 2), unavailable: off() }));
      const agencies = Array.from({ length: na }, (_, j) => ({ id: `a${j}`, capacity: int(slots + 2), unavailable: off() }));
      const candidates: CandidateMeeting[] = [];
      for (let i = 0; i < nc; i++) {
        for (let j = 0; j < na; j++) {
          if (rnd() > density) continue;
          candidates.push({ companyId: `c${i}`, agencyId: `a${j}`, value: int(20), requested: rnd() < 0.5 });
          if (rnd() < 0.1) candidates.push({ companyId: `c${i}`, agencyId: `a${j}`, scenarioId: 'dup', value: int(20) });
        }
      }
      const pinned: PinnedMeeting[] = [];
      if (limits.pins) {
        const used = new Set<string>();
        const perSlot = new Array<number>(slots).fill(0);
        for (const c of candidates) {
          if (rnd() > 0.2 || used.has(c.companyId) || used.has(c.agencyId)) continue;
          const comp = companies.find((x) => x.id === c.companyId)!;
          const ag = agencies.find((x) => x.id === c.agencyId)!;
          if (comp.capacity < 1 || ag.capacity < 1) continue;
          const common = Array.from({ length: slots }, (_, t) => t).filter((t) => !comp.unavailable.includes(t) && !ag.unavailable.includes(t) && perSlot[t] < tables);
          if (!common.length) continue;
          used.add(c.companyId);
          used.add(c.agencyId);
          const withSlot = rnd() < 0.5;
          if (withSlot) {
            const slot = common[int(common.length)];
            const table = rnd() < 0.5 ? perSlot[slot] : undefined;
            perSlot[slot]++;
            pinned.push({ companyId: c.companyId, agencyId: c.agencyId, slot, ...(table !== undefined ? { table: tables - 1 - table } : {}) });
          } else {
            // A slot-free pin must still fit somewhere once the slot pins are placed: reserve one.
            perSlot[common[int(common.length)]]++;
            pinned.push({ companyId: c.companyId, agencyId: c.agencyId });
          }
        }
      }
      return { slots, tables, companies, agencies, candidates, pinned };
    });
}
