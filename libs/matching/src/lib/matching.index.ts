import type { MatchingModel } from './matching.model';
import {
  aiFactor,
  CompanyLookup,
  DOMAIN_FIT,
  explainPair,
  isEligible,
  matchReasons,
  pairSums,
  requiredMass,
  scoreTotal,
  toScore,
} from './matching.scoring';
import type { CompanyProfile, Explanation, Match, ScenarioProfile } from './matching.types';

/** A posting list: dense slots with one or two weights each, grown by doubling. */
class Postings {
  size = 0;
  slots = new Int32Array(8);
  a = new Float64Array(8);
  b = new Float64Array(8);

  push(slot: number, a: number, b = 0): void {
    if (this.size === this.slots.length) {
      const grow = this.size * 2;
      const slots = new Int32Array(grow);
      slots.set(this.slots);
      const na = new Float64Array(grow);
      na.set(this.a);
      const nb = new Float64Array(grow);
      nb.set(this.b);
      this.slots = slots;
      this.a = na;
      this.b = nb;
    }
    this.slots[this.size] = slot;
    this.a[this.size] = a;
    this.b[this.size] = b;
    this.size++;
  }
}

/** Postings by key (capability code, term, domain code, domain group). */
class PostingMap {
  private readonly map = new Map<string, Postings>();
  add(key: string, slot: number, a: number, b = 0): void {
    let p = this.map.get(key);
    if (!p) this.map.set(key, (p = new Postings()));
    p.push(slot, a, b);
  }
  get(key: string): Postings | undefined {
    return this.map.get(key);
  }
  clear(): void {
    this.map.clear();
  }
}

/**
 * One side of the index (companies or scenarios): ids in dense slots and the posting lists
 * that point at them. A removed or replaced item leaves its postings behind, marked dead; the
 * side is rebuilt from the live profiles when a quarter of the slots are dead.
 */
class Side<P extends { id: string }> {
  readonly slotOf = new Map<string, number>();
  ids: string[] = [];
  profiles: Array<P | undefined> = [];
  alive = new Uint8Array(64);
  dead = 0;
  readonly byCapability = new PostingMap();
  readonly byTerm = new PostingMap();
  readonly byDomain = new PostingMap();
  readonly byGroup = new PostingMap();

  constructor(private readonly post: (side: Side<P>, profile: P, slot: number) => void) {}

  get capacity(): number {
    return this.ids.length;
  }

  upsert(profile: P): number {
    this.remove(profile.id);
    const slot = this.ids.length;
    this.ids.push(profile.id);
    this.profiles.push(profile);
    if (slot >= this.alive.length) {
      const grown = new Uint8Array(this.alive.length * 2);
      grown.set(this.alive);
      this.alive = grown;
    }
    this.alive[slot] = 1;
    this.slotOf.set(profile.id, slot);
    this.post(this, profile, slot);
    return slot;
  }

  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.slotOf.delete(id);
    this.alive[slot] = 0;
    this.profiles[slot] = undefined;
    this.dead++;
    if (this.dead > 16 && this.dead * 4 > this.ids.length) this.compact();
    return true;
  }

  private compact(): void {
    const live = this.profiles.filter((p): p is P => !!p);
    this.slotOf.clear();
    this.ids = [];
    this.profiles = [];
    this.alive = new Uint8Array(Math.max(64, live.length * 2));
    this.dead = 0;
    this.byCapability.clear();
    this.byTerm.clear();
    this.byDomain.clear();
    this.byGroup.clear();
    for (const p of live) this.upsert(p);
  }
}

/** Top-k selection by (total desc, id asc), without sorting every candidate. */
class TopK {
  readonly totals: number[] = [];
  readonly slots: number[] = [];
  constructor(
    private readonly k: number,
    private readonly ids: string[],
  ) {}

  /** Totals below this cannot enter (the current k-th best); −∞ until k are held. */
  get floor(): number {
    if (this.k === 0) return Infinity;
    return this.totals.length === this.k ? this.totals[this.k - 1] : -Infinity;
  }

  offer(total: number, slot: number): void {
    const n = this.totals.length;
    if (n === this.k && !this.better(total, slot, this.totals[n - 1], this.slots[n - 1])) return;
    let i = n === this.k ? n - 1 : n;
    while (i > 0 && this.better(total, slot, this.totals[i - 1], this.slots[i - 1])) {
      this.totals[i] = this.totals[i - 1];
      this.slots[i] = this.slots[i - 1];
      i--;
    }
    this.totals[i] = total;
    this.slots[i] = slot;
  }

  private better(t: number, s: number, t2: number, s2: number): boolean {
    return t > t2 || (t === t2 && this.ids[s] < this.ids[s2]);
  }
}

/** Options of `scoreAll`. */
export interface ScoreAllOptions {
  /** Build the reasons of each top match (default true); the benchmark also measures the bare kernel. */
  reasons?: boolean;
}

/** Counters of the last `scoreAll` run. */
export interface ScoreAllStats {
  scenarios: number;
  companies: number;
  /** Scenario–company pairs the posting lists reached and scored (those sharing a needed capability). */
  candidatePairs: number;
  /** Posting entries added up. */
  postingsVisited: number;
}

/**
 * The matching index: companies and scenarios in inverted indexes (capability → companies,
 * term → companies, domain → companies, and the same for scenarios). A scenario is scored by
 * walking only the posting lists of its capabilities, terms and domains — never every pair —
 * and the numbers equal those of `explain` on the same pair.
 */
export class MatchIndex {
  private readonly companies: Side<CompanyProfile>;
  private readonly scenarios: Side<ScenarioProfile>;
  /** Look-up maps per company profile, built when first needed (profiles are treated as immutable). */
  private readonly lookups = new WeakMap<CompanyProfile, CompanyLookup>();
  // Accumulators, one entry per company slot, reused between scenarios.
  private accCapability = new Float64Array(0);
  private accEvidence = new Float64Array(0);
  private accKeywords = new Float64Array(0);
  private accDomain = new Float64Array(0);
  private accCases = new Float64Array(0);
  /** Σ required weights per scenario slot (the capability and evidence denominators). */
  private scenarioMass: number[] = [];
  /** Keyword coverage counted as a full fit, per scenario slot. */
  private scenarioLexicalFull: number[] = [];
  /** Own-AI factor per company slot. */
  private companyAi: number[] = [];
  /** Whether the company's domains are known (declared or read from its texts), per company slot. */
  private companyHasDomains: boolean[] = [];
  /** Whether the scenario's domain is a taxonomy domain, per scenario slot. */
  private scenarioDomainKnown: boolean[] = [];
  private scenarioAcc = { cap: new Float64Array(0), ev: new Float64Array(0), kw: new Float64Array(0), dom: new Float64Array(0), cases: new Float64Array(0) };
  lastStats: ScoreAllStats = { scenarios: 0, companies: 0, candidatePairs: 0, postingsVisited: 0 };

  constructor(private readonly model: MatchingModel) {
    this.companies = new Side<CompanyProfile>((side, p, slot) => {
      const evidence = new Map(p.capabilityEvidence);
      for (const [code, s] of p.capabilities) side.byCapability.add(code, slot, s, evidence.get(code) ?? 0);
      for (const [term, w] of p.terms) side.byTerm.add(term, slot, w);
      const cases = new Map(p.casesByDomain);
      for (const d of p.domainCodes) side.byDomain.add(d, slot, cases.get(d) ?? 0);
      for (const g of p.domainGroups) side.byGroup.add(g, slot, 0);
      // A company that presents itself as a reseller, distributor or outsourcer is never listed:
      // explain still scores it and says why. One merely silent about AI is scored down, not hidden.
      this.companyAi[slot] = aiFactor(p.ai ?? 1);
      this.companyHasDomains[slot] = p.domainCodes.length > 0;
    });
    this.scenarios = new Side<ScenarioProfile>((side, p, slot) => {
      for (const [code, w] of p.capabilities) side.byCapability.add(code, slot, w);
      for (const [term, q] of p.terms) side.byTerm.add(term, slot, q);
      side.byDomain.add(p.domainCode, slot, DOMAIN_FIT.same);
      for (const d of p.relatedDomainCodes) side.byDomain.add(d, slot, DOMAIN_FIT.related);
      side.byGroup.add(p.domainGroup, slot, DOMAIN_FIT.group);
      this.scenarioMass[slot] = requiredMass(p);
      this.scenarioLexicalFull[slot] = p.lexicalFull;
      this.scenarioDomainKnown[slot] = p.domainKnown;
    });
  }

  get companyCount(): number {
    return this.companies.slotOf.size;
  }
  get scenarioCount(): number {
    return this.scenarios.slotOf.size;
  }

  upsertCompany(p: CompanyProfile): void {
    this.companies.upsert(p);
  }
  removeCompany(id: string): void {
    this.companies.remove(id);
  }
  upsertScenario(p: ScenarioProfile): void {
    this.scenarios.upsert(p);
  }
  removeScenario(id: string): void {
    this.scenarios.remove(id);
  }

  /** The k best eligible companies for a scenario (score desc, then id). Companies without any needed capability are not listed. */
  topCompaniesFor(scenarioId: string, k: number): Match[] {
    const slot = this.scenarios.slotOf.get(scenarioId);
    const scenario = slot === undefined ? undefined : this.scenarios.profiles[slot];
    if (!scenario) throw new Error(`Unknown scenario ${scenarioId}`);
    return this.rankCompanies(scenario, k, true);
  }

  /**
   * The k best scenarios for a company (the company is eligible for each), score desc then id:
   * the kernel run backwards, over the scenario side's posting lists.
   */
  topScenariosFor(companyId: string, k: number): Match[] {
    const slot = this.companies.slotOf.get(companyId);
    const profile = slot === undefined ? undefined : this.companies.profiles[slot];
    if (slot === undefined || !profile) throw new Error(`Unknown company ${companyId}`);

    const lookup = this.lookup(slot);
    const side = this.scenarios;
    const n = side.capacity;
    const acc = this.scenarioAccumulators(n);
    const { cap, ev, kw, dom, cases } = acc;
    // Company keys in key order: each pair's products are added in the same order as pairSums.
    for (const [code, strength] of profile.capabilities) {
      const p = side.byCapability.get(code);
      if (!p) continue;
      const evidence = lookup.evidence.get(code) ?? 0;
      for (let i = 0; i < p.size; i++) {
        cap[p.slots[i]] += p.a[i] * strength;
        ev[p.slots[i]] += p.a[i] * evidence;
      }
    }
    for (const [term, weight] of profile.terms) {
      const p = side.byTerm.get(term);
      if (p) for (let i = 0; i < p.size; i++) kw[p.slots[i]] += p.a[i] * weight;
    }
    for (const d of profile.domainCodes) {
      const p = side.byDomain.get(d);
      if (!p) continue;
      const casesHere = lookup.cases.get(d) ?? 0;
      for (let i = 0; i < p.size; i++) {
        const s = p.slots[i];
        if (p.a[i] === DOMAIN_FIT.same) {
          dom[s] = DOMAIN_FIT.same;
          cases[s] = casesHere;
        } else if (dom[s] < p.a[i]) dom[s] = p.a[i];
      }
    }
    for (const g of profile.domainGroups) {
      const p = side.byGroup.get(g);
      if (p) for (let i = 0; i < p.size; i++) if (dom[p.slots[i]] < DOMAIN_FIT.group) dom[p.slots[i]] = DOMAIN_FIT.group;
    }
    const top = new TopK(Math.max(0, k), side.ids);
    const ai = lookup.aiFactor;
    const hasDomains = profile.domainCodes.length > 0;
    for (let s = 0; s < n; s++) {
      const scenario = side.profiles[s];
      if ((cap[s] <= 0 && kw[s] <= 0) || !side.alive[s] || !scenario) continue;
      const domain = dom[s] === 0 && this.scenarioDomainKnown[s] ? (hasDomains ? DOMAIN_FIT.other : DOMAIN_FIT.unnamed) : dom[s];
      const total = scoreTotal(cap[s], ev[s], kw[s], domain, cases[s], this.scenarioMass[s], this.scenarioLexicalFull[s], ai);
      if (total < top.floor || toScore(total) < 1) continue;
      if (!isEligible(scenario, lookup)) continue;
      top.offer(total, s);
    }
    return top.slots.map((s, i) => {
      const scenario = side.profiles[s] as ScenarioProfile;
      return { id: side.ids[s], score: toScore(top.totals[i]), reasons: matchReasons(this.model, scenario, lookup, pairSums(scenario, lookup)) };
    });
  }

  /** Scores every scenario against every company through the posting lists; calls back with each scenario's top k. */
  scoreAll(onScenario: (scenarioId: string, top: Match[]) => void, k: number, options: ScoreAllOptions = {}): void {
    const stats: ScoreAllStats = { scenarios: 0, companies: this.companyCount, candidatePairs: 0, postingsVisited: 0 };
    const side = this.scenarios;
    for (let s = 0; s < side.capacity; s++) {
      const scenario = side.profiles[s];
      if (!side.alive[s] || !scenario) continue;
      stats.scenarios++;
      onScenario(side.ids[s], this.rankCompanies(scenario, k, options.reasons ?? true, stats));
    }
    this.lastStats = stats;
  }

  /** Score, components, reasons and why-not of one pair (works for any pair, eligible or not). */
  explain(scenarioId: string, companyId: string): Explanation {
    const s = this.scenarios.slotOf.get(scenarioId);
    const c = this.companies.slotOf.get(companyId);
    const scenario = s === undefined ? undefined : this.scenarios.profiles[s];
    if (!scenario) throw new Error(`Unknown scenario ${scenarioId}`);
    if (c === undefined) throw new Error(`Unknown company ${companyId}`);
    return explainPair(this.model, scenario, this.lookup(c));
  }

  /**
   * The kernel. Walks the scenario's posting lists into per-company accumulators (in the same
   * order as `pairSums`, so the sums are identical), then one pass over the companies reached.
   */
  private rankCompanies(scenario: ScenarioProfile, k: number, withReasons: boolean, stats?: ScoreAllStats): Match[] {
    const side = this.companies;
    const n = side.capacity;
    this.ensureAccumulators(n);
    const cap = this.accCapability;
    const ev = this.accEvidence;
    const kw = this.accKeywords;
    const dom = this.accDomain;
    const cases = this.accCases;
    cap.fill(0, 0, n);
    ev.fill(0, 0, n);
    kw.fill(0, 0, n);
    dom.fill(0, 0, n);
    cases.fill(0, 0, n);
    let visited = 0;

    let mass = 0;
    for (const [code, w] of scenario.capabilities) {
      mass += w;
      const p = side.byCapability.get(code);
      if (!p) continue;
      const slots = p.slots;
      const strength = p.a;
      const evidence = p.b;
      for (let i = 0, size = p.size; i < size; i++) {
        const slot = slots[i];
        cap[slot] += w * strength[i];
        ev[slot] += w * evidence[i];
      }
      visited += p.size;
    }
    for (const [term, q] of scenario.terms) {
      const p = side.byTerm.get(term);
      if (!p) continue;
      const slots = p.slots;
      const weight = p.a;
      for (let i = 0, size = p.size; i < size; i++) kw[slots[i]] += q * weight[i];
      visited += p.size;
    }
    const own = side.byDomain.get(scenario.domainCode);
    if (own) {
      for (let i = 0; i < own.size; i++) {
        dom[own.slots[i]] = DOMAIN_FIT.same;
        cases[own.slots[i]] = own.a[i];
      }
      visited += own.size;
    }
    for (const d of scenario.relatedDomainCodes) {
      const p = side.byDomain.get(d);
      if (!p) continue;
      for (let i = 0; i < p.size; i++) if (dom[p.slots[i]] < DOMAIN_FIT.related) dom[p.slots[i]] = DOMAIN_FIT.related;
      visited += p.size;
    }
    const group = side.byGroup.get(scenario.domainGroup);
    if (group) {
      for (let i = 0; i < group.size; i++) if (dom[group.slots[i]] < DOMAIN_FIT.group) dom[group.slots[i]] = DOMAIN_FIT.group;
      visited += group.size;
    }

    const top = new TopK(Math.max(0, k), side.ids);
    const alive = side.alive;
    const hasRequirements = scenario.requirements.deploymentModes.length > 0 || scenario.requirements.certifications.length > 0;
    const lexicalFull = scenario.lexicalFull;
    const companyAi = this.companyAi;
    const companyHasDomains = this.companyHasDomains;
    const domainKnown = scenario.domainKnown;
    let candidates = 0;
    for (let slot = 0; slot < n; slot++) {
      // Candidates: companies reached by a needed capability or by the text (all weights are
      // positive, so a sum > 0 means reached); a domain alone does not make a match.
      if ((cap[slot] <= 0 && kw[slot] <= 0) || !alive[slot] || companyAi[slot] === 0) continue;
      candidates++;
      const domain = dom[slot] === 0 && domainKnown ? (companyHasDomains[slot] ? DOMAIN_FIT.other : DOMAIN_FIT.unnamed) : dom[slot];
      const total = scoreTotal(cap[slot], ev[slot], kw[slot], domain, cases[slot], mass, lexicalFull, companyAi[slot]);
      if (total < top.floor || toScore(total) < 1) continue;
      if (hasRequirements && !isEligible(scenario, this.lookup(slot))) continue;
      top.offer(total, slot);
    }
    if (stats) {
      stats.candidatePairs += candidates;
      stats.postingsVisited += visited;
    }
    return top.slots.map((slot, i) => {
      const match: Match = { id: side.ids[slot], score: toScore(top.totals[i]), reasons: [] };
      if (withReasons) {
        const lookup = this.lookup(slot);
        match.reasons = matchReasons(this.model, scenario, lookup, pairSums(scenario, lookup));
      }
      return match;
    });
  }

  private scenarioAccumulators(n: number): MatchIndex['scenarioAcc'] {
    if (this.scenarioAcc.cap.length < n) {
      const size = Math.max(64, n * 2);
      this.scenarioAcc = { cap: new Float64Array(size), ev: new Float64Array(size), kw: new Float64Array(size), dom: new Float64Array(size), cases: new Float64Array(size) };
    }
    for (const a of Object.values(this.scenarioAcc)) a.fill(0, 0, n);
    return this.scenarioAcc;
  }

  private ensureAccumulators(n: number): void {
    if (this.accCapability.length >= n) return;
    const size = Math.max(64, n * 2);
    this.accCapability = new Float64Array(size);
    this.accEvidence = new Float64Array(size);
    this.accKeywords = new Float64Array(size);
    this.accDomain = new Float64Array(size);
    this.accCases = new Float64Array(size);
  }

  private lookup(slot: number): CompanyLookup {
    const profile = this.companies.profiles[slot] as CompanyProfile;
    let lookup = this.lookups.get(profile);
    if (!lookup) this.lookups.set(profile, (lookup = new CompanyLookup(profile)));
    return lookup;
  }
}
