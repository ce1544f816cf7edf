import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chinaToday } from '@scenematch/contracts';
import { Match, MatchIndex, MatchingModel, MIN_KEPT_SCORE, type CompanyInput, type CompanyProfile, type RankFloor, type ScenarioInput, type ScenarioProfile } from '@scenematch/matching';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { corpusVersion, dataVersions, loadCompanies, loadCorpus, loadScenarios, loadTaxonomy, saveCorpus, synonymPairs } from './matching-data';

/**
 * Kept both ways: each open scenario's best companies and each company's best scenarios (one
 * row per pair). Weak pairs below MIN_KEPT_SCORE (the matching library's, shared with the eval)
 * are not worth showing.
 */
export const COMPANIES_PER_SCENARIO = 100;
export const SCENARIOS_PER_COMPANY = 60;
export { MIN_KEPT_SCORE };

/** Reasons stored as one text per pair for the set-based writes (a separator no reason contains). */
const REASON_SEPARATOR = '\u001f';
/** Separates the pairs in the digest of a scenario's kept pairs (no reason contains it either). */
const PAIR_SEPARATOR = '\u001e';

/** A kept pair of one scenario as written: the company, its score, its reasons as one text. */
interface StoredPair {
  o: string;
  score: number;
  reasons: string;
}

/**
 * The digest of each of these scenarios' stored pairs: md5 of `company:score:reasons` by company
 * (uuid order, which is the order of their lower-case text), joined by PAIR_SEPARATOR. Scenarios
 * with nothing stored have no row.
 */
const STORED_DIGESTS = `
  SELECT scenario_id AS s, md5(string_agg(organisation_id::text || ':' || score::text || ':' || array_to_string(reasons, $2), $3 ORDER BY organisation_id)) AS digest
    FROM match_results WHERE scenario_id = ANY($1::uuid[]) GROUP BY scenario_id`;

/** The digest of a scenario's computed pairs, as STORED_DIGESTS computes it of the stored ones. */
function pairsDigest(pairs: StoredPair[]): string {
  const sorted = [...pairs].sort((a, b) => (a.o < b.o ? -1 : a.o > b.o ? 1 : 0));
  return createHash('md5')
    .update(sorted.map((p) => `${p.o}:${p.score}:${p.reasons}`).join(PAIR_SEPARATOR))
    .digest('hex');
}

/**
 * A company's profile and its document's term counts (the corpus statistics read them), kept
 * while its input is unchanged. `key` is a digest of the input as JSON (the JSON itself would
 * hold the catalogue's texts a second time); the counts are those of the profile's terms, in
 * the same order (every term of the document is one of its terms).
 */
interface CompanyEntry {
  key: string;
  profile: CompanyProfile;
  counts: Uint32Array;
}

/** A scenario's input and profile, kept while its input and the corpus statistics are unchanged. */
interface ScenarioEntry {
  key: string;
  corpus: string;
  input: ScenarioInput;
  profile: ScenarioProfile;
  counts?: Array<[string, number]>;
}

/** The cache key of a company's input: a digest of its JSON (a catalogue's texts are not held twice). */
function companyKey(input: CompanyInput): string {
  return createHash('sha1').update(JSON.stringify(input)).digest('base64');
}

/** What one rebuild step wrote. */
export interface RebuildWrite {
  kept: number;
  written: number;
}

/** The ids on one side of the index, and their stable order (rebuild shards take every n-th), sorted once per change. */
interface IndexedIds {
  ids: Set<string>;
  sorted?: string[];
}

function addIndexedId(side: IndexedIds, id: string): void {
  if (!side.ids.has(id)) {
    side.ids.add(id);
    side.sorted = undefined;
  }
}

function sortedIndexedIds(side: IndexedIds): string[] {
  return (side.sorted ??= [...side.ids].sort());
}

/**
 * Brings one side of the index to what was just loaded: profiles every loaded item, and forgets
 * (in the index and the profile cache) those no longer loaded. Returns the loaded ids.
 */
function reconcile<T extends { id: string }>(loaded: T[], side: IndexedIds, cache: Map<string, unknown>, profile: (item: T) => void, remove: (id: string) => void): Set<string> {
  const seen = new Set<string>();
  for (const item of loaded) {
    seen.add(item.id);
    profile(item);
  }
  for (const id of side.ids) if (!seen.has(id)) remove(id);
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return seen;
}

interface EngineState {
  model: MatchingModel;
  index: MatchIndex;
  scenarios: IndexedIds & { version: string };
  /** `day`: the (China) date the companies were read on, which decides what certifications are still valid. */
  companies: IndexedIds & { version: string; day: string };
  /** Version (computation time) of the corpus statistics the profiles were made with. */
  corpus: string;
}

/**
 * The worker's in-memory matching index. Each job first brings the side it did not change up to
 * date when that side's data version moved (another worker may have handled its events), so
 * several worker processes stay correct without talking to each other.
 */
@Injectable()
export class MatchingEngine {
  private readonly logger = new Logger(MatchingEngine.name);
  private state?: Promise<EngineState>;
  private readonly companyCache = new Map<string, CompanyEntry>();
  private readonly scenarioCache = new Map<string, ScenarioEntry>();
  private queue: Promise<unknown> = Promise.resolve();
  /** The floors of the rebuild whose scenario shards this worker is scoring (final once the floor step is done). */
  private floors?: { rebuildId: string; byCompany: Map<string, RankFloor> };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Jobs touch the index one at a time (it is not safe to mutate concurrently). */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async synced(): Promise<EngineState> {
    if (!this.state) {
      this.state = this.load();
      this.state.catch(() => (this.state = undefined));
    }
    const state = await this.state;
    const manager = this.dataSource.manager;
    const versions = await dataVersions(manager);
    // Another worker recomputed the corpus statistics (a rebuild): every profile is made anew with them.
    if ((await corpusVersion(manager)) !== state.corpus) await this.useStoredCorpus(state);
    if (versions.products !== state.companies.version) await this.reloadCompanies(state, versions.products);
    if (versions.scenarios !== state.scenarios.version) await this.reloadScenarios(state, versions.scenarios);
    return state;
  }

  /**
   * Recomputes the corpus statistics (idf of words and bigrams in the platform's own texts, term
   * associations for thin titles) from every company and open scenario, stores them for the API
   * and the other workers, and remakes the profiles. The full rebuild calls this first, so the
   * statistics follow the corpus as it grows.
   */
  async recomputeCorpus(): Promise<void> {
    const state = await this.synced();
    const manager = this.dataSource.manager;
    // synced() has just brought every profile up to date with the data versions: the documents
    // are those of the cache (term counts kept per company and scenario while their texts are
    // unchanged), so a large catalogue is neither read nor tokenised again.
    const companies = [...state.companies.ids].flatMap((id) => {
      const entry = this.companyCache.get(id);
      return entry && state.index.companyProfile(id) === entry.profile ? [entry] : [];
    });
    const scenarios = [...state.scenarios.ids].flatMap((id) => {
      const entry = this.scenarioCache.get(id);
      return entry && state.index.scenarioProfile(id) === entry.profile ? [entry] : [];
    });
    const model = state.model;
    function* documents(): Generator<Iterable<readonly [string, number]>> {
      for (const entry of companies) yield companyTermCounts(entry);
      for (const entry of scenarios) yield (entry.counts ??= [...model.scenarioTermCounts(entry.input)]);
    }
    await saveCorpus(manager, model.buildCorpusFromCounts(documents()));
    await this.useStoredCorpus(state);
  }

  private async useStoredCorpus(state: EngineState): Promise<void> {
    const stored = await loadCorpus(this.dataSource.manager);
    state.model.setCorpus(stored?.stats);
    state.corpus = stored?.at ?? '';
    const versions = await dataVersions(this.dataSource.manager);
    // Company profiles do not depend on the corpus statistics: read again only when they changed
    // (or when the date did, which may end a certification's validity).
    if (versions.products !== state.companies.version || chinaToday() !== state.companies.day) await this.reloadCompanies(state, versions.products);
    await this.reloadScenarios(state, versions.scenarios);
  }

  /** Scores one scenario against every company and replaces its kept pairs. */
  async scoreScenario(scenarioId: string): Promise<number> {
    const state = await this.synced();
    const [scenario] = await loadScenarios(this.dataSource.manager, [scenarioId]);
    if (!scenario) {
      await this.removeScenario(state, scenarioId);
      return 0;
    }
    this.profileScenario(state, scenario);
    addIndexedId(state.scenarios, scenarioId);
    const kept = state.index.topCompaniesFor(scenarioId, COMPANIES_PER_SCENARIO).filter((m) => m.score >= MIN_KEPT_SCORE);
    await this.dataSource.transaction((manager) => this.replace(manager, 'scenario_id', scenarioId, kept.map((m) => [scenarioId, m])));
    return kept.length;
  }

  /** Scores one company against every open scenario and replaces its kept pairs. */
  async scoreCompany(organisationId: string): Promise<number> {
    const state = await this.synced();
    const [company] = await loadCompanies(this.dataSource.manager, [organisationId]);
    if (!company) {
      state.index.removeCompany(organisationId);
      return 0;
    }
    this.profileCompany(state, company);
    addIndexedId(state.companies, organisationId);
    const kept = state.index.topScenariosFor(organisationId, SCENARIOS_PER_COMPANY).filter((m) => m.score >= MIN_KEPT_SCORE);
    await this.dataSource.transaction((manager) =>
      this.replace(
        manager,
        'organisation_id',
        organisationId,
        kept.map((m) => [m.id, { ...m, id: organisationId }]),
      ),
    );
    return kept.length;
  }

  async dropScenario(scenarioId: string): Promise<void> {
    await this.removeScenario(await this.synced(), scenarioId);
  }

  /** Takes a scenario out of the index and drops its kept pairs. */
  private async removeScenario(state: EngineState, scenarioId: string): Promise<void> {
    state.index.removeScenario(scenarioId);
    state.scenarios.ids.delete(scenarioId);
    state.scenarios.sorted = undefined;
    await this.dataSource.query<unknown>(`DELETE FROM match_results WHERE scenario_id = $1`, [scenarioId]);
  }

  /** The open scenarios, in a stable order (rebuild shards take every n-th). */
  async openScenarioIds(): Promise<string[]> {
    const state = await this.synced();
    return sortedIndexedIds(state.scenarios);
  }

  async companyCount(): Promise<number> {
    return (await this.synced()).companies.ids.size;
  }

  /** The companies in the index, in a stable order (rebuild shards take every n-th). */
  async companyIds(): Promise<string[]> {
    const state = await this.synced();
    return sortedIndexedIds(state.companies);
  }

  /**
   * First step of a rebuild shard: each of these companies' floor, its SCENARIOS_PER_COMPANY-th
   * best scenario (none when it has fewer), stored for the rebuild's second step.
   */
  async computeFloors(rebuildId: string, companyIds: string[]): Promise<number> {
    const state = await this.synced();
    const ids: string[] = [];
    const totals: number[] = [];
    const scenarios: string[] = [];
    for (const id of companyIds) {
      if (!state.companies.ids.has(id)) continue;
      const floor = state.index.scenarioFloor(id, SCENARIOS_PER_COMPANY);
      if (!floor) continue;
      ids.push(id);
      totals.push(floor.total);
      scenarios.push(floor.scenarioId);
    }
    await this.dataSource.query<unknown>(
      `INSERT INTO matching_rebuild_floors (rebuild_id, organisation_id, total, scenario_id)
       SELECT $1, x.o, x.t, x.s FROM unnest($2::uuid[], $3::float8[], $4::uuid[]) AS x(o, t, s)
       ON CONFLICT (rebuild_id, organisation_id) DO UPDATE SET total = EXCLUDED.total, scenario_id = EXCLUDED.scenario_id`,
      [rebuildId, ids, totals, scenarios],
    );
    return ids.length;
  }

  /**
   * Second step of a rebuild shard: the kept pairs of these scenarios (each scenario's best
   * companies and the pairs within each company's own best list, by the stored floors), written
   * as differences: rows that did not change are not touched.
   */
  async rebuildScenarios(rebuildId: string, scenarioIds: string[]): Promise<RebuildWrite> {
    const state = await this.synced();
    // Read once per rebuild: every scoring shard of it uses the same floors.
    if (this.floors?.rebuildId !== rebuildId) {
      const rows = await this.dataSource.query<Array<{ organisation_id: string; total: number; scenario_id: string }>>(
        `SELECT organisation_id, total, scenario_id FROM matching_rebuild_floors WHERE rebuild_id = $1`,
        [rebuildId],
      );
      this.floors = { rebuildId, byCompany: new Map<string, RankFloor>(rows.map((r) => [r.organisation_id, { total: Number(r.total), scenarioId: r.scenario_id }])) };
    }
    const floors = state.index.companyFloors(this.floors.byCompany);
    const computed: Array<[string, Match]> = [];
    const open = scenarioIds.filter((id) => state.scenarios.ids.has(id));
    for (const id of open) {
      for (const m of state.index.keptCompaniesFor(id, COMPANIES_PER_SCENARIO, MIN_KEPT_SCORE, floors)) computed.push([id, m]);
    }
    const written = await this.writeDiff(open, computed);
    return { kept: computed.length, written };
  }

  /**
   * Replaces the kept pairs of these scenarios with `rows`, touching only what differs; returns
   * the rows written. A digest of each scenario's stored pairs is compared first (computed by the
   * database, see STORED_DIGESTS): only the pairs of scenarios whose digest differs are read back
   * and compared one by one, and a scenario with nothing stored is simply inserted.
   */
  private async writeDiff(scenarioIds: string[], rows: Array<[string, Match]>): Promise<number> {
    if (!scenarioIds.length) return 0;
    const computed = new Map<string, StoredPair[]>(scenarioIds.map((id) => [id, []]));
    for (const [s, m] of rows) computed.get(s)?.push({ o: m.id, score: m.score, reasons: m.reasons.join(REASON_SEPARATOR) });
    return this.dataSource.transaction(async (manager) => {
      const stored = await manager.query<Array<{ s: string; digest: string }>>(STORED_DIGESTS, [scenarioIds, REASON_SEPARATOR, PAIR_SEPARATOR]);
      const digests = new Map(stored.map((r) => [r.s, r.digest]));
      const upsert = { s: [] as string[], o: [] as string[], score: [] as number[], reasons: [] as string[] };
      const add = (s: string, pair: StoredPair) => {
        upsert.s.push(s);
        upsert.o.push(pair.o);
        upsert.score.push(pair.score);
        upsert.reasons.push(pair.reasons);
      };
      const differing: string[] = [];
      for (const [s, pairs] of computed) {
        const digest = digests.get(s);
        if (digest === undefined) for (const pair of pairs) add(s, pair);
        else if (digest !== pairsDigest(pairs)) differing.push(s);
      }
      const gone: Array<{ s: string; o: string }> = [];
      if (differing.length) {
        const existing = await manager.query<Array<{ s: string } & StoredPair>>(
          `SELECT scenario_id AS s, organisation_id AS o, score, array_to_string(reasons, $2) AS reasons FROM match_results WHERE scenario_id = ANY($1::uuid[])`,
          [differing, REASON_SEPARATOR],
        );
        const before = new Map(existing.map((r) => [`${r.s}:${r.o}`, r]));
        for (const s of differing) {
          for (const pair of computed.get(s) as StoredPair[]) {
            const key = `${s}:${pair.o}`;
            const old = before.get(key);
            before.delete(key);
            if (old && old.score === pair.score && old.reasons === pair.reasons) continue;
            add(s, pair);
          }
        }
        gone.push(...before.values());
      }
      if (gone.length) {
        await manager.query<unknown>(
          `DELETE FROM match_results m USING unnest($1::uuid[], $2::uuid[]) AS x(s, o) WHERE m.scenario_id = x.s AND m.organisation_id = x.o`,
          [gone.map((r) => r.s), gone.map((r) => r.o)],
        );
      }
      for (let i = 0; i < upsert.s.length; i += 20_000) {
        await manager.query<unknown>(
          `INSERT INTO match_results (scenario_id, organisation_id, score, reasons)
           SELECT x.s, x.o, x.score, CASE WHEN x.r = '' THEN '{}'::text[] ELSE string_to_array(x.r, $5) END
             FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[]) AS x(s, o, score, r)
           ON CONFLICT (scenario_id, organisation_id) DO UPDATE SET score = EXCLUDED.score, reasons = EXCLUDED.reasons, computed_at = now()`,
          [upsert.s.slice(i, i + 20_000), upsert.o.slice(i, i + 20_000), upsert.score.slice(i, i + 20_000), upsert.reasons.slice(i, i + 20_000), REASON_SEPARATOR],
        );
      }
      return gone.length + upsert.s.length;
    });
  }

  private async replace(manager: EntityManager, column: 'scenario_id' | 'organisation_id', id: string, rows: Array<[string, Match]>): Promise<void> {
    await manager.query<unknown>(`DELETE FROM match_results WHERE ${column} = $1`, [id]);
    await this.insert(manager, rows);
  }

  private async insert(manager: EntityManager, rows: Array<[string, Match]>): Promise<void> {
    for (let i = 0; i < rows.length; i += 2000) {
      const chunk = rows.slice(i, i + 2000);
      await manager.query<unknown>(
        `INSERT INTO match_results (scenario_id, organisation_id, score, reasons)
         SELECT x.s, x.o, x.score, ARRAY(SELECT json_array_elements_text(x.reasons))
           FROM json_to_recordset($1::json) AS x(s uuid, o uuid, score int, reasons json)
         ON CONFLICT (scenario_id, organisation_id) DO UPDATE SET score = EXCLUDED.score, reasons = EXCLUDED.reasons, computed_at = now()`,
        [JSON.stringify(chunk.map(([s, m]) => ({ s, o: m.id, score: m.score, reasons: m.reasons })))],
      );
    }
  }

  private async load(): Promise<EngineState> {
    const started = Date.now();
    const manager = this.dataSource.manager;
    const model = MatchingModel.fromTaxonomy(await loadTaxonomy(manager), { synonyms: synonymPairs() });
    let stored = await loadCorpus(manager);
    if (!stored) {
      // The first worker ever: compute the statistics once; later rebuilds keep them current.
      await saveCorpus(manager, model.buildCorpus(await loadCompanies(manager), await loadScenarios(manager)));
      stored = await loadCorpus(manager);
    }
    model.setCorpus(stored?.stats);
    const state: EngineState = {
      model,
      index: new MatchIndex(model),
      scenarios: { version: '', ids: new Set() },
      companies: { version: '', ids: new Set(), day: '' },
      corpus: stored?.at ?? '',
    };
    const versions = await dataVersions(manager);
    await this.reloadCompanies(state, versions.products);
    await this.reloadScenarios(state, versions.scenarios);
    this.logger.log(`Matching index loaded: ${state.companies.ids.size} companies, ${state.scenarios.ids.size} open scenarios in ${Date.now() - started} ms`);
    return state;
  }

  /** Brings one company's profile in the index up to date (kept while its input is unchanged: it does not depend on the corpus). */
  private profileCompany(state: EngineState, c: CompanyInput): void {
    const key = companyKey(c);
    const cached = this.companyCache.get(c.id);
    if (cached && cached.key === key && state.index.companyProfile(c.id) === cached.profile) return;
    const { profile, counts } = state.model.companyProfileAndCounts(c);
    this.companyCache.set(c.id, { key, profile, counts: Uint32Array.from(profile.terms, ([term]) => counts.get(term) as number) });
    state.index.upsertCompany(profile);
  }

  /** Brings one scenario's profile in the index up to date (kept while its input and the corpus statistics are unchanged). */
  private profileScenario(state: EngineState, s: ScenarioInput): void {
    const key = JSON.stringify(s);
    const cached = this.scenarioCache.get(s.id);
    if (cached && cached.key === key && cached.corpus === state.corpus && state.index.scenarioProfile(s.id) === cached.profile) return;
    const profile = state.model.scenarioProfile(s);
    this.scenarioCache.set(s.id, { key, corpus: state.corpus, input: s, profile, counts: cached?.key === key ? cached.counts : undefined });
    state.index.upsertScenario(profile);
  }

  private async reloadCompanies(state: EngineState, version: string): Promise<void> {
    const day = chinaToday();
    const companies = await loadCompanies(this.dataSource.manager);
    const ids = reconcile(companies, state.companies, this.companyCache, (c) => this.profileCompany(state, c), (id) => state.index.removeCompany(id));
    state.companies = { version, ids, day };
  }

  private async reloadScenarios(state: EngineState, version: string): Promise<void> {
    const scenarios = await loadScenarios(this.dataSource.manager);
    const ids = reconcile(scenarios, state.scenarios, this.scenarioCache, (s) => this.profileScenario(state, s), (id) => state.index.removeScenario(id));
    state.scenarios = { version, ids };
  }
}

/** A company's document as term counts (the profile's terms, in order, with the kept counts). */
function* companyTermCounts(entry: CompanyEntry): Generator<readonly [string, number]> {
  const terms = entry.profile.terms;
  for (let i = 0; i < terms.length; i++) yield [terms[i][0], entry.counts[i]];
}
