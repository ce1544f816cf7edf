import type { MatchingModel } from './matching.model';
import {
  aiFactor,
  CompanyLookup,
  DOMAIN_FIT,
  explainPair,
  isEligible,
  matchReasons,
  pairReasons,
  pairSums,
  scenarioReasonContext,
  type PairSums,
  requiredMass,
  scoreTotal,
  toScore,
  totalUpperBound,
  BOUND_BASE,
  BOUND_SLOPE,
} from './matching.scoring';
import type { CompanyProfile, Explanation, Match, ScenarioProfile } from './matching.types';

/** A posting list: dense slots with one or two weights each, grown by doubling. */
class Postings {
  size = 0;
  slots = new Int32Array(8);
  a = new Float64Array(8);
  b = new Float64Array(8);

  /** Drops the spare capacity (the next push grows the list again): read lists lie compact in memory. */
  trim(): void {
    if (this.slots.length === this.size) return;
    this.slots = this.slots.slice(0, this.size);
    this.a = this.a.slice(0, this.size);
    this.b = this.b.slice(0, this.size);
  }

  push(slot: number, a: number, b = 0): void {
    if (this.size === this.slots.length) {
      const grow = Math.max(8, this.size * 2);
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
  /** Bumped when a key gets its first list or the map is cleared: resolved query lists are then stale. */
  generation = 0;
  add(key: string, slot: number, a: number, b = 0): void {
    let p = this.map.get(key);
    if (!p) {
      this.map.set(key, (p = new Postings()));
      this.generation++;
    }
    p.push(slot, a, b);
  }
  get(key: string): Postings | undefined {
    return this.map.get(key);
  }
  clear(): void {
    this.map.clear();
    this.generation++;
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
  readonly byTerm = new PostingMap();
  /** Domain → the items in it, with the company's cases there (capabilities and groups live in dense rows and masks). */
  readonly byDomain = new PostingMap();

  constructor(
    private readonly post: (side: Side<P>, profile: P, slot: number) => void,
    private readonly unpost: (slot: number) => void = () => undefined,
  ) {}

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
    this.unpost(slot);
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
    this.byTerm.clear();
    this.byDomain.clear();
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

/** State of one scenario's pass of the kernel, reused between scenarios (no allocation per pair). */
class KernelPass {
  /** Per company slot, the total this scenario must reach to rank within the company's own list (kept mode). */
  floorTotals: Float64Array | undefined = undefined;
  minScore = 1;
  /** The least total that scores minScore. */
  minTotal = 0;
  scored = 0;
  /** Pairs kept by the companies' floors: slots and totals, the first extraCount entries. */
  extraCount = 0;
  extraSlots = new Int32Array(64);
  extraTotals = new Float64Array(64);
  // The scenario being scored, and the pass's floor and keyword cut (see scanCompanies).
  scenarioSlot = 0;
  scenario: ScenarioProfile | undefined = undefined;
  top: TopK | undefined = undefined;
  capIds: Int32Array = new Int32Array(0);
  capWeights: Float64Array = new Float64Array(0);
  mass = 0;
  lexicalFull = 0;
  inverseFull = 0;
  hasRequirements = false;
  floor = -Infinity;
  cut = -Infinity;

  addExtra(slot: number, total: number): void {
    if (this.extraCount === this.extraSlots.length) {
      this.extraSlots = grown(this.extraSlots, new Int32Array(this.extraCount * 2));
      this.extraTotals = grown(this.extraTotals, new Float64Array(this.extraCount * 2));
    }
    this.extraSlots[this.extraCount] = slot;
    this.extraTotals[this.extraCount] = total;
    this.extraCount++;
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
 * The k-th best scenario of a company (total and scenario id): a scenario ranks within the
 * company's top k exactly when (total, id) is at least as good as this. Undefined when the
 * company has fewer than k scenarios at all (then every scenario it is eligible for ranks).
 */
export interface RankFloor {
  total: number;
  scenarioId: string;
}

/** Per-company floors laid out by company slot, made once for a batch of `keptCompaniesFor` calls. */
export class CompanyFloors {
  constructor(
    readonly totals: Float64Array,
    readonly scenarioIds: Array<string | undefined>,
  ) {}
}

/** Domain and group bit masks hold this many distinct codes; beyond, the index takes the generic path. */
const MASK_BITS = 32;

/**
 * The matching index: companies and scenarios in inverted indexes (capability → companies,
 * term → companies, domain → companies, and the same for scenarios). A scenario is scored by
 * walking only the posting lists of its capabilities and terms — never every pair — and the
 * numbers equal those of `explain` on the same pair. Domain fit comes from per-slot bit masks
 * (domain and domain group ids), so the final pass over the reached companies stays tight.
 */
export class MatchIndex {
  private readonly companies: Side<CompanyProfile>;
  private readonly scenarios: Side<ScenarioProfile>;
  /** Look-up maps per company profile, built when first needed (profiles are treated as immutable). */
  private readonly lookups = new WeakMap<CompanyProfile, CompanyLookup>();
  /** Scenario terms resolved to company posting lists, per profile (see rankCompanies). */
  private readonly queries = new WeakMap<ScenarioProfile, { generation: number; lists: Postings[]; weights: Float64Array }>();
  // Accumulators, one entry per company slot, reused between scenarios.
  private accKeywords = new Float64Array(0);
  private accCases = new Float64Array(0);
  /** Small ids of domain codes and domain groups (bit positions in the masks). */
  private readonly domainIds = new Map<string, number>();
  private readonly groupIds = new Map<string, number>();
  /** More codes than mask bits: domain fit is computed from the profiles (slower, same numbers). */
  private masksOverflow = false;
  // Per company slot: own-AI factor (0: not listed / dead slot), domain and group masks.
  private companyAi = new Float64Array(64);
  private companyDomainMask = new Uint32Array(64);
  private companyGroupMask = new Uint32Array(64);
  /** Small ids of capability codes, and per company slot a dense row of strengths and of evidence (stride ids). */
  private readonly capabilityIds = new Map<string, number>();
  private capStride = 32;
  private companyStrength = new Float64Array(64 * 32);
  private companyEvidence = new Float64Array(64 * 32);
  /**
   * The same rows, small: per company slot and capability id one byte, the code of its
   * (strength, evidence) pair in capPairStrength / capPairEvidence (0: the company lacks the
   * capability). Profiles use a handful of distinct values, so a company's row is one cache line
   * instead of two sparse rows of doubles; beyond 255 distinct pairs the kernel reads the doubles.
   */
  private companyCapCodes = new Uint8Array(64 * 32);
  private readonly capPairCodes = new Map<number, Map<number, number>>();
  private capPairStrength = new Float64Array(256);
  private capPairEvidence = new Float64Array(256);
  private capCodesOverflow = false;
  private capPairCount = 0;
  /** The largest own-AI factor ever given to a company slot (an upper bound of every live one). */
  private maxAi = 0;
  /** Per scenario slot: its required capabilities as ids and weights, in key order. */
  private scenarioCapIds: Int32Array[] = [];
  private scenarioCapWeights: Float64Array[] = [];
  // Per scenario slot: Σ required weights, full keyword coverage, domain known, own/related/group masks.
  private scenarioMass = new Float64Array(64);
  private scenarioLexicalFull = new Float64Array(64);
  private scenarioDomainKnown = new Uint8Array(64);
  private scenarioOwnMask = new Uint32Array(64);
  /** Per scenario slot: the small id of its domain code (see domainIds). */
  private scenarioDomainId = new Int32Array(64);
  /** One company's cases by domain id, filled per rankScenarios call. */
  private casesByDomainId = new Float64Array(32);
  private scenarioRelatedMask = new Uint32Array(64);
  private scenarioGroupMask = new Uint32Array(64);
  /**
   * Hard requirements as bit masks (any one deployment mode, every certification), per company
   * and per scenario slot; with more codes than mask bits, eligibility comes from the profiles.
   */
  private readonly modeIds = new Map<string, number>();
  private readonly certificationIds = new Map<string, number>();
  private requirementsOverflow = false;
  private companyModeMask = new Uint32Array(64);
  private companyCertificationMask = new Uint32Array(64);
  private scenarioModeMask = new Uint32Array(64);
  private scenarioCertificationMask = new Uint32Array(64);
  private scenarioKw = new Float64Array(0);
  private readonly pass = new KernelPass();
  lastStats: ScoreAllStats = { scenarios: 0, companies: 0, candidatePairs: 0, postingsVisited: 0 };

  constructor(private readonly model: MatchingModel) {
    this.companies = new Side<CompanyProfile>(
      (side, p, slot) => {
        for (const [term, w] of p.terms) side.byTerm.add(term, slot, w);
        const cases = new Map(p.casesByDomain);
        for (const d of p.domainCodes) side.byDomain.add(d, slot, cases.get(d) ?? 0);
        this.growCompanies(slot + 1);
        // A company that presents itself as a reseller, distributor or outsourcer is never listed:
        // explain still scores it and says why. One merely silent about AI is scored down, not hidden.
        this.companyAi[slot] = aiFactor(p.ai ?? 1);
        if (this.companyAi[slot] > this.maxAi) this.maxAi = this.companyAi[slot];
        this.companyDomainMask[slot] = this.mask(this.domainIds, p.domainCodes);
        this.companyGroupMask[slot] = this.mask(this.groupIds, p.domainGroups);
        this.companyModeMask[slot] = this.requirementMask(this.modeIds, p.deploymentModes);
        this.companyCertificationMask[slot] = this.requirementMask(this.certificationIds, p.certifications);
        this.capabilityRow(slot, p);
      },
      (slot) => (this.companyAi[slot] = 0),
    );
    this.scenarios = new Side<ScenarioProfile>((side, p, slot) => {
      for (const [term, q] of p.terms) side.byTerm.add(term, slot, q);
      this.growScenarios(slot + 1);
      this.scenarioMass[slot] = requiredMass(p);
      this.scenarioLexicalFull[slot] = p.lexicalFull;
      this.scenarioDomainKnown[slot] = p.domainKnown ? 1 : 0;
      this.scenarioOwnMask[slot] = this.mask(this.domainIds, [p.domainCode]);
      this.scenarioDomainId[slot] = this.domainIds.get(p.domainCode) as number;
      this.scenarioRelatedMask[slot] = this.mask(this.domainIds, p.relatedDomainCodes);
      this.scenarioGroupMask[slot] = this.mask(this.groupIds, [p.domainGroup]);
      this.scenarioModeMask[slot] = this.requirementMask(this.modeIds, p.requirements.deploymentModes);
      this.scenarioCertificationMask[slot] = this.requirementMask(this.certificationIds, p.requirements.certifications);
      const [ids, weights] = this.capabilityList(p, true);
      this.scenarioCapIds[slot] = ids;
      this.scenarioCapWeights[slot] = weights;
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
  /** The profile in the index (the same object that was upserted), or undefined. */
  companyProfile(id: string): CompanyProfile | undefined {
    const slot = this.companies.slotOf.get(id);
    return slot === undefined ? undefined : this.companies.profiles[slot];
  }
  private scenarioSlot(id: string): number {
    const slot = this.scenarios.slotOf.get(id);
    if (slot === undefined || !this.scenarios.profiles[slot]) throw new Error(`Unknown scenario ${id}`);
    return slot;
  }
  scenarioProfile(id: string): ScenarioProfile | undefined {
    const slot = this.scenarios.slotOf.get(id);
    return slot === undefined ? undefined : this.scenarios.profiles[slot];
  }

  /** The k best eligible companies for a scenario (score desc, then id). Companies without any needed capability are not listed. */
  topCompaniesFor(scenarioId: string, k: number): Match[] {
    return this.rankCompanies(this.scenarioSlot(scenarioId), k, true);
  }

  /**
   * What a full rebuild keeps of one scenario: its k best companies and every company for which
   * this scenario ranks within the company's own top list (its floor), all scoring at least
   * `minScore`, with reasons, best first. Equals the union of `topCompaniesFor(scenario, k)` and
   * the scenario's appearances in `topScenariosFor(company, n)` when the floors are those of n.
   */
  keptCompaniesFor(scenarioId: string, k: number, minScore: number, floors: CompanyFloors): Match[] {
    return this.rankCompanies(this.scenarioSlot(scenarioId), k, true, undefined, { floors, minScore });
  }

  /** Floors (see RankFloor) by company id, laid out for `keptCompaniesFor`. */
  companyFloors(floors: Map<string, RankFloor>): CompanyFloors {
    const n = this.companies.capacity;
    const totals = new Float64Array(n).fill(Infinity);
    const ids: Array<string | undefined> = new Array(n).fill(undefined);
    for (let slot = 0; slot < n; slot++) {
      if (!this.companies.alive[slot]) continue;
      const floor = floors.get(this.companies.ids[slot]);
      // No floor: the company has fewer scenarios than its list holds; each one ranks.
      totals[slot] = floor ? floor.total : -Infinity;
      ids[slot] = floor?.scenarioId;
    }
    return new CompanyFloors(totals, ids);
  }

  /**
   * The k best scenarios for a company (the company is eligible for each), score desc then id:
   * the kernel run backwards, over the scenario side's posting lists.
   */
  topScenariosFor(companyId: string, k: number, options: { reasons?: boolean } = {}): Match[] {
    const { slot, top } = this.rankScenarios(companyId, k);
    const side = this.scenarios;
    const lookup = this.lookup(slot);
    return top.slots.map((s, i) => {
      const scenario = side.profiles[s] as ScenarioProfile;
      const reasons = options.reasons === false ? [] : matchReasons(this.model, scenario, lookup, pairSums(scenario, lookup));
      return { id: side.ids[s], score: toScore(top.totals[i]), reasons };
    });
  }

  /** The company's k-th best scenario (see RankFloor); undefined when it has fewer than k. */
  scenarioFloor(companyId: string, k: number): RankFloor | undefined {
    const { top } = this.rankScenarios(companyId, k);
    if (k <= 0 || top.slots.length < k) return undefined;
    return { total: top.totals[k - 1], scenarioId: this.scenarios.ids[top.slots[k - 1]] };
  }

  private rankScenarios(companyId: string, k: number): { slot: number; top: TopK } {
    const slot = this.companies.slotOf.get(companyId);
    const profile = slot === undefined ? undefined : this.companies.profiles[slot];
    if (slot === undefined || !profile) throw new Error(`Unknown company ${companyId}`);

    const lookup = this.lookup(slot);
    const side = this.scenarios;
    const n = side.capacity;
    const kw = this.scenarioAccumulator(n);
    // Company terms in key order: each pair's products are added in the same order as pairSums.
    for (const [term, w] of profile.terms) {
      const p = side.byTerm.get(term);
      if (!p) continue;
      addPostings(kw, p.slots, p.a, p.size, w);
    }
    const top = new TopK(Math.max(0, k), side.ids);
    const ai = lookup.aiFactor;
    const domainMask = this.companyDomainMask[slot];
    const groupMask = this.companyGroupMask[slot];
    const hasDomains = profile.domainCodes.length > 0;
    const alive = side.alive;
    const own = this.scenarioOwnMask;
    const related = this.scenarioRelatedMask;
    const groups = this.scenarioGroupMask;
    const known = this.scenarioDomainKnown;
    const masses = this.scenarioMass;
    const fulls = this.scenarioLexicalFull;
    const generic = this.masksOverflow;
    const strengths = this.companyStrength;
    const evidences = this.companyEvidence;
    const row = slot * this.capStride;
    // The company's cases by domain id (what lookup.cases holds for each scenario's own domain),
    // so that the pass reads no scenario profile unless the generic path needs it.
    if (this.casesByDomainId.length < this.domainIds.size) this.casesByDomainId = new Float64Array(this.domainIds.size * 2);
    const casesById = this.casesByDomainId;
    casesById.fill(0);
    for (const [code, count] of lookup.cases) {
      const id = this.domainIds.get(code);
      if (id !== undefined) casesById[id] = count;
    }
    const domainIdOf = this.scenarioDomainId;
    let floor = top.floor;
    for (let s = 0; s < n; s++) {
      if (!alive[s]) continue;
      const w = kw[s];
      // Only a pair whose best case reaches the floor is scored in full.
      if (totalUpperBound(w, fulls[s], ai) < floor) continue;
      const ids = this.scenarioCapIds[s];
      const weights = this.scenarioCapWeights[s];
      let cap = 0;
      let ev = 0;
      for (let j = 0; j < ids.length; j++) {
        cap += weights[j] * strengths[row + ids[j]];
        ev += weights[j] * evidences[row + ids[j]];
      }
      if (cap <= 0 && w <= 0) continue;
      let domain: number;
      let cases = 0;
      if (generic) {
        const scenario = side.profiles[s] as ScenarioProfile;
        domain = domainFit(scenario, lookup);
        if (domain === DOMAIN_FIT.same) cases = lookup.cases.get(scenario.domainCode) ?? 0;
      } else if (domainMask & own[s]) {
        domain = DOMAIN_FIT.same;
        cases = casesById[domainIdOf[s]];
      } else if (domainMask & related[s]) domain = DOMAIN_FIT.related;
      else if (groupMask & groups[s]) domain = DOMAIN_FIT.group;
      else domain = known[s] ? (hasDomains ? DOMAIN_FIT.other : DOMAIN_FIT.unnamed) : 0;
      const total = scoreTotal(cap, ev, w, domain, cases, masses[s], fulls[s], ai);
      if (total < floor || toScore(total) < 1) continue;
      if (!this.eligible(s, side.profiles[s] as ScenarioProfile, slot)) continue;
      top.offer(total, s);
      floor = top.floor;
    }
    return { slot, top };
  }

  /** Scores every scenario against every company through the posting lists; calls back with each scenario's top k. */
  scoreAll(onScenario: (scenarioId: string, top: Match[]) => void, k: number, options: ScoreAllOptions = {}): void {
    const stats: ScoreAllStats = { scenarios: 0, companies: this.companyCount, candidatePairs: 0, postingsVisited: 0 };
    const side = this.scenarios;
    for (let s = 0; s < side.capacity; s++) {
      const scenario = side.profiles[s];
      if (!side.alive[s] || !scenario) continue;
      stats.scenarios++;
      onScenario(side.ids[s], this.rankCompanies(s, k, options.reasons ?? true, stats));
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
   * order as `pairSums`, so the sums are identical), then one pass over the company slots (see
   * scanCompanies): the walk itself does nothing but add, and everything else (bounds, domain,
   * capabilities, requirements, top list) happens once per company that could still reach a
   * floor. The pruning only drops pairs below a floor that never falls, so the lists are those
   * of a pass over every pair in any order.
   * With `kept`, also every company whose floor this scenario reaches (see keptCompaniesFor).
   */
  private rankCompanies(scenarioSlot: number, k: number, withReasons: boolean, stats?: ScoreAllStats, kept?: { floors: CompanyFloors; minScore: number }): Match[] {
    const scenario = this.scenarios.profiles[scenarioSlot] as ScenarioProfile;
    const side = this.companies;
    const n = side.capacity;
    this.ensureAccumulators(n);
    const kw = this.accKeywords;
    const casesAcc = this.accCases;
    kw.fill(0, 0, n);
    let visited = 0;
    // The scenario's terms resolved to the company side's posting lists once (until a new list appears).
    let query = this.queries.get(scenario);
    if (!query || query.generation !== side.byTerm.generation) {
      const lists: Postings[] = [];
      const weights: number[] = [];
      for (const [term, q] of scenario.terms) {
        const p = side.byTerm.get(term);
        if (!p) continue;
        p.trim();
        lists.push(p);
        weights.push(q);
      }
      this.queries.set(scenario, (query = { generation: side.byTerm.generation, lists, weights: Float64Array.from(weights) }));
    }
    const lists = query.lists;
    const queryWeights = query.weights;
    for (let t = 0; t < lists.length; t++) {
      const p = lists[t];
      addPostings(kw, p.slots, p.a, p.size, queryWeights[t]);
      visited += p.size;
    }
    // Cases in the scenario's own domain, for the companies working there (without domain masks
    // only: the pass otherwise takes them from the list itself; reset after the pass).
    const own = side.byDomain.get(scenario.domainCode);
    const casesByAccumulator = own !== undefined && this.masksOverflow;
    if (casesByAccumulator) for (let i = 0; i < own.size; i++) casesAcc[own.slots[i]] = own.a[i];

    const top = new TopK(Math.max(0, k), side.ids);
    const floors = kept?.floors;
    const pass = this.pass;
    pass.floorTotals = floors?.totals;
    // The least total that scores minScore (toScore rounds): below it no floor keeps a pair.
    pass.minScore = kept?.minScore ?? 1;
    pass.minTotal = (pass.minScore - 0.5) / 100 - 1e-12;
    pass.extraCount = 0;
    pass.scored = 0;
    this.scanCompanies(scenarioSlot, scenario, top, n, own);
    if (stats) {
      stats.candidatePairs += pass.scored;
      stats.postingsVisited += visited;
    }
    const matches = this.collect(scenarioSlot, scenario, top, withReasons, kept?.minScore ?? 1, floors);
    if (casesByAccumulator) for (let i = 0; i < own.size; i++) casesAcc[own.slots[i]] = 0;
    return matches;
  }

  /**
   * The company pass of the kernel. The companies working in the scenario's own domain come
   * first (from that domain's posting list, with their cases there): they hold most of the best
   * pairs, so the floor rises early. Then every other slot, skipped on one comparison while its
   * keyword sum lies below the cut solved from the floor (see keywordCut). A slot that passes is
   * checked against the quick bound (text and own-AI factor only), then against the bound of
   * full capability coverage, then scored in full (see scorePair). The order of the slots only
   * decides how early the floor rises: the pruning only drops pairs below a floor that never
   * falls, so the lists are those of a pass over every pair in any order.
   */
  private scanCompanies(scenarioSlot: number, scenario: ScenarioProfile, top: TopK, n: number, own: Postings | undefined): void {
    const kw = this.accKeywords;
    const pass = this.pass;
    pass.scenarioSlot = scenarioSlot;
    pass.scenario = scenario;
    pass.top = top;
    pass.capIds = this.scenarioCapIds[scenarioSlot];
    pass.capWeights = this.scenarioCapWeights[scenarioSlot];
    pass.mass = this.scenarioMass[scenarioSlot];
    pass.lexicalFull = scenario.lexicalFull;
    pass.inverseFull = 1 / scenario.lexicalFull;
    pass.hasRequirements = scenario.requirements.deploymentModes.length > 0 || scenario.requirements.certifications.length > 0;
    pass.floor = top.floor;
    pass.cut = keywordCut(pass.floorTotals === undefined ? pass.floor : Math.min(pass.floor, pass.minTotal), this.maxAi, pass.lexicalFull);
    const generic = this.masksOverflow;
    if (!generic && own) {
      // Those with a full textual fit first (the likeliest best pairs), then the others. A list
      // holds a company's slot once per domain code it names: a repeat is skipped.
      const full = pass.lexicalFull;
      for (let round = 0; round < 2; round++) {
        let last = -1;
        for (let i = 0; i < own.size; i++) {
          const slot = own.slots[i];
          if (slot === last || slot >= n) continue;
          last = slot;
          const w = kw[slot];
          if (w < pass.cut || (round === 0) !== w >= full) continue;
          this.scorePair(slot, w, DOMAIN_FIT.same, own.a[i]);
        }
      }
    }
    const casesAcc = this.accCases;
    const domainMasks = this.companyDomainMask;
    const groupMasks = this.companyGroupMask;
    const ownMask = this.scenarioOwnMask[scenarioSlot];
    const relatedMask = this.scenarioRelatedMask[scenarioSlot];
    const groupMask = this.scenarioGroupMask[scenarioSlot];
    const unrelated = this.scenarioDomainKnown[scenarioSlot];
    for (let slot = nextReaching(kw, 0, n, pass.cut); slot < n; slot = nextReaching(kw, slot + 1, n, pass.cut)) {
      let domain: number;
      const m = domainMasks[slot];
      if (generic) domain = domainFit(scenario, this.lookup(slot));
      else if (m & ownMask) continue; // scored above
      else if (m & relatedMask) domain = DOMAIN_FIT.related;
      else if (groupMasks[slot] & groupMask) domain = DOMAIN_FIT.group;
      else domain = unrelated ? (m !== 0 ? DOMAIN_FIT.other : DOMAIN_FIT.unnamed) : 0;
      // Cases count in the scenario's own domain only (without masks, read from the accumulator).
      this.scorePair(slot, kw[slot], domain, domain === DOMAIN_FIT.same ? casesAcc[slot] : 0);
    }
    pass.top = undefined;
    pass.scenario = undefined;
  }

  /**
   * One company of the pass: the quick bound, the bound of full capability coverage, then the
   * full sums; offers to the pass's top list (raising its floor and cut), and records the pair
   * when the company's own floor keeps it.
   */
  private scorePair(slot: number, w: number, domain: number, cases: number): void {
    const pass = this.pass;
    const floorTotals = pass.floorTotals;
    const minTotal = pass.minTotal;
    const floor = pass.floor;
    const lexicalFull = pass.lexicalFull;
    const ai = this.companyAi[slot];
    const quick = ai * (BOUND_BASE + BOUND_SLOPE * (w >= lexicalFull ? 1 : w * pass.inverseFull)) * (1 + 1e-9) + 1e-12;
    if (quick < floor && (floorTotals === undefined || quick < floorTotals[slot] || quick < minTotal)) return;
    if (ai === 0) return;
    // Not eligible: never listed, and without floors nothing else keeps the pair.
    if (pass.hasRequirements && floorTotals === undefined && !this.eligible(pass.scenarioSlot, pass.scenario as ScenarioProfile, slot)) return;
    const mass = pass.mass;
    // Full capability coverage and product evidence: scoreTotal grows with both, so this bounds the pair.
    const bound = scoreTotal(mass, mass, w, domain, cases, mass, lexicalFull, ai) * (1 + 1e-9) + 1e-12;
    if (bound < floor && (floorTotals === undefined || bound < floorTotals[slot] || bound < minTotal)) return;
    const capIds = pass.capIds;
    const capWeights = pass.capWeights;
    const row = slot * this.capStride;
    let c = 0;
    let e = 0;
    if (this.capCodesOverflow) {
      const strengths = this.companyStrength;
      const evidences = this.companyEvidence;
      for (let j = 0; j < capIds.length; j++) {
        c += capWeights[j] * strengths[row + capIds[j]];
        e += capWeights[j] * evidences[row + capIds[j]];
      }
    } else {
      // The same values through the company's byte row (code 0, a capability it lacks, reads
      // strength and evidence 0 as the dense rows do).
      const capCodes = this.companyCapCodes;
      const pairStrength = this.capPairStrength;
      const pairEvidence = this.capPairEvidence;
      for (let j = 0; j < capIds.length; j++) {
        const code = capCodes[row + capIds[j]];
        c += capWeights[j] * pairStrength[code];
        e += capWeights[j] * pairEvidence[code];
      }
    }
    // Candidates: companies reached by a needed capability or by the text (all weights are
    // positive, so a sum > 0 means reached); a domain alone does not make a match.
    if (c <= 0 && w <= 0) return;
    pass.scored++;
    const total = scoreTotal(c, e, w, domain, cases, mass, lexicalFull, ai);
    // Kept too when the company ranks this scenario within its own list (checked in collect).
    if (floorTotals !== undefined && total >= floorTotals[slot] && toScore(total) >= pass.minScore) pass.addExtra(slot, total);
    if (total < floor || toScore(total) < 1) return;
    if (pass.hasRequirements && !this.eligible(pass.scenarioSlot, pass.scenario as ScenarioProfile, slot)) return;
    const top = pass.top as TopK;
    top.offer(total, slot);
    if (top.floor !== floor) {
      pass.floor = top.floor;
      pass.cut = keywordCut(floorTotals === undefined ? pass.floor : Math.min(pass.floor, minTotal), this.maxAi, lexicalFull);
    }
  }

  /** The sums of a listed pair for its reasons, from the kernel's own numbers (equal to pairSums'). */
  private kernelSums(scenarioSlot: number, scenario: ScenarioProfile, slot: number): PairSums {
    const capIds = this.scenarioCapIds[scenarioSlot];
    const capWeights = this.scenarioCapWeights[scenarioSlot];
    const row = slot * this.capStride;
    let capability = 0;
    let evidence = 0;
    for (let j = 0; j < capIds.length; j++) {
      capability += capWeights[j] * this.companyStrength[row + capIds[j]];
      evidence += capWeights[j] * this.companyEvidence[row + capIds[j]];
    }
    const m = this.companyDomainMask[slot];
    let domain: number;
    if (this.masksOverflow) domain = domainFit(scenario, this.lookup(slot));
    else if (m & this.scenarioOwnMask[scenarioSlot]) domain = DOMAIN_FIT.same;
    else if (m & this.scenarioRelatedMask[scenarioSlot]) domain = DOMAIN_FIT.related;
    else if (this.companyGroupMask[slot] & this.scenarioGroupMask[scenarioSlot]) domain = DOMAIN_FIT.group;
    else domain = this.scenarioDomainKnown[scenarioSlot] ? (m !== 0 ? DOMAIN_FIT.other : DOMAIN_FIT.unnamed) : 0;
    // The cases the company names in the scenario's own domain (what the kernel's pass read).
    const lookup = this.lookup(slot);
    const cases = lookup.domains.has(scenario.domainCode) ? (lookup.cases.get(scenario.domainCode) ?? 0) : 0;
    return { capability, evidence, keywords: this.accKeywords[slot], domain, cases };
  }
  /** The matches of one scenario: its top k, then the companies kept by their floors (kept mode), scores ≥ minScore. */
  private collect(scenarioSlot: number, scenario: ScenarioProfile, top: TopK, withReasons: boolean, minScore: number, floors: CompanyFloors | undefined): Match[] {
    const hasRequirements = scenario.requirements.deploymentModes.length > 0 || scenario.requirements.certifications.length > 0;
    const pass = this.pass;
    const slots = top.slots.slice();
    const totals = top.totals.slice();
    if (floors) {
      const inTop = new Set(slots);
      for (let i = 0; i < pass.extraCount; i++) {
        const slot = pass.extraSlots[i];
        const total = pass.extraTotals[i];
        if (inTop.has(slot)) continue;
        // Equal totals: the company's own order puts the smaller scenario id first.
        if (total === floors.totals[slot] && scenario.id > (floors.scenarioIds[slot] as string)) continue;
        if (hasRequirements && !this.eligible(scenarioSlot, scenario, slot)) continue;
        inTop.add(slot);
        slots.push(slot);
        totals.push(total);
      }
    }
    const out: Match[] = [];
    const context = withReasons ? scenarioReasonContext(this.model, scenario) : undefined;
    for (let i = 0; i < slots.length; i++) {
      const score = toScore(totals[i]);
      if (score < minScore) continue;
      const match: Match = { id: this.companies.ids[slots[i]], score, reasons: [] };
      if (context) match.reasons = pairReasons(context, this.lookup(slots[i]), this.kernelSums(scenarioSlot, scenario, slots[i]));
      out.push(match);
    }
    if (floors) out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return out;
  }

  /** The bit mask of these codes (ids assigned on first sight unless `assign` is false); marks an overflow. */
  private mask(ids: Map<string, number>, codes: string[], assign = true): number {
    let mask = 0;
    for (const code of codes) {
      let id = ids.get(code);
      if (id === undefined) {
        if (!assign) continue;
        ids.set(code, (id = ids.size));
      }
      if (id >= MASK_BITS) this.masksOverflow = true;
      else mask |= 1 << id;
    }
    return mask >>> 0;
  }

  /** The bit mask of these requirement codes (ids assigned on first sight); marks an overflow. */
  private requirementMask(ids: Map<string, number>, codes: string[]): number {
    let mask = 0;
    for (const code of codes) {
      let id = ids.get(code);
      if (id === undefined) ids.set(code, (id = ids.size));
      if (id >= MASK_BITS) this.requirementsOverflow = true;
      else mask |= 1 << id;
    }
    return mask >>> 0;
  }

  /** isEligible from the masks (the same answer: any one required mode, every required certification). */
  private eligible(scenarioSlot: number, scenario: ScenarioProfile, slot: number): boolean {
    if (this.requirementsOverflow) return isEligible(scenario, this.lookup(slot));
    const modes = this.scenarioModeMask[scenarioSlot];
    const certifications = this.scenarioCertificationMask[scenarioSlot];
    return (modes === 0 || (this.companyModeMask[slot] & modes) !== 0) && ((this.companyCertificationMask[slot] & certifications) >>> 0) === certifications;
  }

  /** The capability id of a code (assigned on first sight when `assign`), widening the dense rows when needed. */
  private capabilityId(code: string, assign: boolean): number | undefined {
    let id = this.capabilityIds.get(code);
    if (id !== undefined || !assign) return id;
    this.capabilityIds.set(code, (id = this.capabilityIds.size));
    if (id >= this.capStride) {
      const stride = this.capStride * 2;
      const rows = this.companyAi.length;
      const strength = new Float64Array(rows * stride);
      const evidence = new Float64Array(rows * stride);
      const codes = new Uint8Array(rows * stride);
      for (let slot = 0; slot < rows; slot++) {
        strength.set(this.companyStrength.subarray(slot * this.capStride, (slot + 1) * this.capStride), slot * stride);
        evidence.set(this.companyEvidence.subarray(slot * this.capStride, (slot + 1) * this.capStride), slot * stride);
        codes.set(this.companyCapCodes.subarray(slot * this.capStride, (slot + 1) * this.capStride), slot * stride);
      }
      this.capStride = stride;
      this.companyStrength = strength;
      this.companyEvidence = evidence;
      this.companyCapCodes = codes;
    }
    return id;
  }

  /** A scenario's required capabilities as ids and weights, key order (unknown codes skipped unless assigned). */
  private capabilityList(p: ScenarioProfile, assign: boolean): [Int32Array, Float64Array] {
    const ids: number[] = [];
    const weights: number[] = [];
    for (const [code, w] of p.capabilities) {
      const id = this.capabilityId(code, assign);
      if (id === undefined) continue; // no company has it: it adds nothing to any sum
      ids.push(id);
      weights.push(w);
    }
    return [Int32Array.from(ids), Float64Array.from(weights)];
  }

  /** Writes a company's dense capability row (strength and product evidence by capability id). */
  private capabilityRow(slot: number, p: CompanyProfile): void {
    for (const [code] of p.capabilities) this.capabilityId(code, true);
    const stride = this.capStride;
    this.companyStrength.fill(0, slot * stride, (slot + 1) * stride);
    this.companyEvidence.fill(0, slot * stride, (slot + 1) * stride);
    this.companyCapCodes.fill(0, slot * stride, (slot + 1) * stride);
    const evidence = new Map(p.capabilityEvidence);
    for (const [code, s] of p.capabilities) {
      const id = this.capabilityIds.get(code) as number;
      const e = evidence.get(code) ?? 0;
      this.companyStrength[slot * stride + id] = s;
      this.companyEvidence[slot * stride + id] = e;
      this.companyCapCodes[slot * stride + id] = this.capPairCode(s, e);
    }
  }

  /** The code of a (strength, evidence) pair, 1–255, assigned on first sight; 0 once there are more (the kernel then reads the doubles). */
  private capPairCode(strength: number, evidence: number): number {
    let byEvidence = this.capPairCodes.get(strength);
    if (!byEvidence) this.capPairCodes.set(strength, (byEvidence = new Map()));
    let code = byEvidence.get(evidence);
    if (code === undefined) {
      if (this.capPairCount === 255) {
        this.capCodesOverflow = true;
        return 0;
      }
      code = ++this.capPairCount;
      byEvidence.set(evidence, code);
      this.capPairStrength[code] = strength;
      this.capPairEvidence[code] = evidence;
    }
    return code;
  }

  private growCompanies(size: number): void {
    if (size <= this.companyAi.length) return;
    const n = Math.max(size, this.companyAi.length * 2);
    this.companyAi = grown(this.companyAi, new Float64Array(n));
    this.companyDomainMask = grown(this.companyDomainMask, new Uint32Array(n));
    this.companyGroupMask = grown(this.companyGroupMask, new Uint32Array(n));
    this.companyModeMask = grown(this.companyModeMask, new Uint32Array(n));
    this.companyCertificationMask = grown(this.companyCertificationMask, new Uint32Array(n));
    this.companyCapCodes = grown(this.companyCapCodes, new Uint8Array(n * this.capStride));
    this.companyStrength = grown(this.companyStrength, new Float64Array(n * this.capStride));
    this.companyEvidence = grown(this.companyEvidence, new Float64Array(n * this.capStride));
  }

  private growScenarios(size: number): void {
    if (size <= this.scenarioMass.length) return;
    const n = Math.max(size, this.scenarioMass.length * 2);
    this.scenarioMass = grown(this.scenarioMass, new Float64Array(n));
    this.scenarioLexicalFull = grown(this.scenarioLexicalFull, new Float64Array(n));
    this.scenarioDomainKnown = grown(this.scenarioDomainKnown, new Uint8Array(n));
    this.scenarioOwnMask = grown(this.scenarioOwnMask, new Uint32Array(n));
    this.scenarioDomainId = grown(this.scenarioDomainId, new Int32Array(n));
    this.scenarioRelatedMask = grown(this.scenarioRelatedMask, new Uint32Array(n));
    this.scenarioGroupMask = grown(this.scenarioGroupMask, new Uint32Array(n));
    this.scenarioModeMask = grown(this.scenarioModeMask, new Uint32Array(n));
    this.scenarioCertificationMask = grown(this.scenarioCertificationMask, new Uint32Array(n));
  }

  private scenarioAccumulator(n: number): Float64Array {
    if (this.scenarioKw.length < n) this.scenarioKw = new Float64Array(Math.max(64, n * 2));
    this.scenarioKw.fill(0, 0, n);
    return this.scenarioKw;
  }

  private ensureAccumulators(n: number): void {
    if (this.accKeywords.length >= n) return;
    const size = Math.max(64, n * 2);
    this.accKeywords = new Float64Array(size);
    this.accCases = new Float64Array(size);
  }

  private lookup(slot: number): CompanyLookup {
    const profile = this.companies.profiles[slot] as CompanyProfile;
    let lookup = this.lookups.get(profile);
    if (!lookup) this.lookups.set(profile, (lookup = new CompanyLookup(profile)));
    return lookup;
  }
}

/** acc[slot] += q × weight along one posting list (the inner loop of both kernels; q × w = w × q exactly). */
function addPostings(acc: Float64Array, slots: Int32Array, weights: Float64Array, size: number, q: number): void {
  // Eight entries a round, added one after another: every slot takes its products in the same order as before.
  let i = 0;
  for (const end = size - 7; i < end; i += 8) {
    const s0 = slots[i];
    const s1 = slots[i + 1];
    const s2 = slots[i + 2];
    const s3 = slots[i + 3];
    const s4 = slots[i + 4];
    const s5 = slots[i + 5];
    const s6 = slots[i + 6];
    const s7 = slots[i + 7];
    acc[s0] += q * weights[i];
    acc[s1] += q * weights[i + 1];
    acc[s2] += q * weights[i + 2];
    acc[s3] += q * weights[i + 3];
    acc[s4] += q * weights[i + 4];
    acc[s5] += q * weights[i + 5];
    acc[s6] += q * weights[i + 6];
    acc[s7] += q * weights[i + 7];
  }
  for (; i < size; i++) acc[slots[i]] += q * weights[i];
}

/** The first slot from `from` on whose keyword sum is not below `cut` (n when none): the kernel's tight skip loop. */
function nextReaching(kw: Float64Array, from: number, n: number, cut: number): number {
  let slot = from;
  while (slot < n && kw[slot] < cut) slot++;
  return slot;
}

/**
 * The keyword sum below which the kernel's quick bound, ai × (BOUND_BASE + BOUND_SLOPE × coverage)
 * widened as in scanCompanies, stays under `threshold` for every own-AI factor up to maxAi. The
 * coverage is taken a millionth lower than the exact solution: rounding can only let a company
 * through to the exact test, never skip one the exact test would keep.
 */
function keywordCut(threshold: number, maxAi: number, lexicalFull: number): number {
  if (!(maxAi > 0) || !(threshold > 0)) return -Infinity;
  const coverage = ((threshold - 1e-12) / (1 + 1e-9) / maxAi - BOUND_BASE) / BOUND_SLOPE - 1e-6;
  if (!(coverage > 0)) return -Infinity;
  return coverage * lexicalFull;
}

function grown<T extends Float64Array | Uint32Array | Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** The domain fit of a pair from the profiles (pairSums' rule), when the masks cannot hold every code. */
function domainFit(scenario: ScenarioProfile, company: CompanyLookup): number {
  if (company.domains.has(scenario.domainCode)) return DOMAIN_FIT.same;
  if (scenario.relatedDomainCodes.some((d) => company.domains.has(d))) return DOMAIN_FIT.related;
  if (company.groups.has(scenario.domainGroup)) return DOMAIN_FIT.group;
  if (scenario.domainKnown) return company.domains.size > 0 ? DOMAIN_FIT.other : DOMAIN_FIT.unnamed;
  return 0;
}
