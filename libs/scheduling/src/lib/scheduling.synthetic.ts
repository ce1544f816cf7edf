import type { AgendaInput, CandidateMeeting } from './scheduling.types';
import { meetingValue } from './scheduling.value';

export interface SyntheticSessionOptions {
  companies?: number;
  agencies?: number;
  slots?: number;
  tables?: number;
  /** Requests each company sends (on average). */
  requestsPerCompany?: number;
  /** Share of company requests the agency also sends (mutual). */
  mutualShare?: number;
  /** Share of participants unavailable in one random slot. */
  unavailableShare?: number;
  /** Meeting limit of each company; agencies may meet in every slot. */
  companyCapacity?: number;
  /**
   * Pairs nobody requested are candidates only from this match score up (the worker proposes
   * unrequested pairs from 40); default 0, every pair a candidate.
   */
  minMatchScore?: number;
  seed?: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A deterministic session: every (company, agency) pair is a candidate with a match score, some
 * agencies popular; each company requests a few agencies (some requests mutual), in a random
 * arrival order. Defaults are the 480 × 100 session of the benchmark.
 */
export function syntheticSession(options: SyntheticSessionOptions = {}): AgendaInput {
  const nc = options.companies ?? 480;
  const na = options.agencies ?? 100;
  const slots = options.slots ?? 8;
  const tables = options.tables ?? 60;
  const perCompany = options.requestsPerCompany ?? 3;
  const mutualShare = options.mutualShare ?? 0.25;
  const unavailableShare = options.unavailableShare ?? 0;
  const random = mulberry32(options.seed ?? 2025);
  const unavailable = () => (random() < unavailableShare ? [Math.floor(random() * slots)] : []);
  const companies = Array.from({ length: nc }, (_, i) => ({ id: `c${i}`, capacity: options.companyCapacity ?? 4, unavailable: unavailable() }));
  const agencies = Array.from({ length: na }, (_, j) => ({ id: `a${j}`, capacity: slots, unavailable: unavailable() }));
  // Popularity: a few agencies attract many requests (Zipf-like).
  const weights = agencies.map((_, j) => 1 / (1 + j) ** 0.8);
  const total = weights.reduce((a, b) => a + b, 0);
  const pickAgency = () => {
    let r = random() * total;
    for (let j = 0; j < na; j++) if ((r -= weights[j]) <= 0) return j;
    return na - 1;
  };
  const requested = new Map<number, { mutual: boolean; arrival: number }>();
  for (let i = 0; i < nc; i++) {
    const k = Math.max(0, Math.round(perCompany + (random() - 0.5) * 2));
    for (let r = 0; r < k; r++) requested.set(i * na + pickAgency(), { mutual: random() < mutualShare, arrival: random() });
  }
  const minScore = options.minMatchScore ?? 0;
  const candidates: CandidateMeeting[] = [];
  for (let i = 0; i < nc; i++) {
    for (let j = 0; j < na; j++) {
      const matchScore = Math.round(100 * random() ** 2);
      const req = requested.get(i * na + j);
      const arrival = req ? req.arrival : 1 + random();
      if (!req && matchScore < minScore) continue;
      candidates.push({
        companyId: `c${i}`,
        agencyId: `a${j}`,
        scenarioId: `s${j}-${i % 3}`,
        value: meetingValue({ mutual: req?.mutual, requested: !!req, matchScore }),
        requested: !!req,
        arrival,
      });
    }
  }
  return { slots, tables, companies, agencies, candidates };
}
