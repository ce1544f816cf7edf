import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Match, MatchIndex, MatchingModel, MIN_KEPT_SCORE } from '@scenematch/matching';
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

interface EngineState {
  model: MatchingModel;
  index: MatchIndex;
  scenarios: { version: string; ids: Set<string> };
  companies: { version: string; ids: Set<string> };
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
  private queue: Promise<unknown> = Promise.resolve();

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
    const stats = state.model.buildCorpus(await loadCompanies(manager), await loadScenarios(manager));
    await saveCorpus(manager, stats);
    await this.useStoredCorpus(state);
  }

  private async useStoredCorpus(state: EngineState): Promise<void> {
    const stored = await loadCorpus(this.dataSource.manager);
    state.model.setCorpus(stored?.stats);
    state.corpus = stored?.at ?? '';
    const versions = await dataVersions(this.dataSource.manager);
    await this.reloadCompanies(state, versions.products);
    await this.reloadScenarios(state, versions.scenarios);
  }

  /** Scores one scenario against every company and replaces its kept pairs. */
  async scoreScenario(scenarioId: string): Promise<number> {
    const state = await this.synced();
    const [scenario] = await loadScenarios(this.dataSource.manager, [scenarioId]);
    if (!scenario) {
      state.index.removeScenario(scenarioId);
      state.scenarios.ids.delete(scenarioId);
      await this.dataSource.query(`DELETE FROM match_results WHERE scenario_id = $1`, [scenarioId]);
      return 0;
    }
    state.index.upsertScenario(state.model.scenarioProfile(scenario));
    state.scenarios.ids.add(scenarioId);
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
    state.index.upsertCompany(state.model.companyProfile(company));
    state.companies.ids.add(organisationId);
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
    const state = await this.synced();
    state.index.removeScenario(scenarioId);
    state.scenarios.ids.delete(scenarioId);
    await this.dataSource.query(`DELETE FROM match_results WHERE scenario_id = $1`, [scenarioId]);
  }

  /** The open scenarios, in a stable order (rebuild shards take every n-th). */
  async openScenarioIds(): Promise<string[]> {
    const state = await this.synced();
    return [...state.scenarios.ids].sort();
  }

  async companyCount(): Promise<number> {
    return (await this.synced()).companies.ids.size;
  }

  /** The companies in the index, in a stable order (rebuild shards take every n-th). */
  async companyIds(): Promise<string[]> {
    return [...(await this.synced()).companies.ids].sort();
  }

  /**
   * One rebuild shard: the best companies of these scenarios and the best scenarios of these
   * companies, upserted (rows the rebuild does not refresh are removed when it completes).
   */
  async rescore(scenarioIds: string[], companyIds: string[]): Promise<number> {
    const state = await this.synced();
    const rows: Array<[string, Match]> = [];
    for (const id of scenarioIds) {
      if (!state.scenarios.ids.has(id)) continue;
      for (const m of state.index.topCompaniesFor(id, COMPANIES_PER_SCENARIO)) if (m.score >= MIN_KEPT_SCORE) rows.push([id, m]);
    }
    for (const id of companyIds) {
      if (!state.companies.ids.has(id)) continue;
      for (const m of state.index.topScenariosFor(id, SCENARIOS_PER_COMPANY)) if (m.score >= MIN_KEPT_SCORE) rows.push([m.id, { ...m, id }]);
    }
    // A pair may come from both sides: keep it once.
    const unique = new Map(rows.map((r) => [`${r[0]}:${r[1].id}`, r]));
    await this.dataSource.transaction((manager) => this.insert(manager, [...unique.values()]));
    return unique.size;
  }

  private async replace(manager: EntityManager, column: 'scenario_id' | 'organisation_id', id: string, rows: Array<[string, Match]>): Promise<void> {
    await manager.query(`DELETE FROM match_results WHERE ${column} = $1`, [id]);
    await this.insert(manager, rows);
  }

  private async insert(manager: EntityManager, rows: Array<[string, Match]>): Promise<void> {
    for (let i = 0; i < rows.length; i += 2000) {
      const chunk = rows.slice(i, i + 2000);
      await manager.query(
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
      companies: { version: '', ids: new Set() },
      corpus: stored?.at ?? '',
    };
    const versions = await dataVersions(manager);
    await this.reloadCompanies(state, versions.products);
    await this.reloadScenarios(state, versions.scenarios);
    this.logger.log(`Matching index loaded: ${state.companies.ids.size} companies, ${state.scenarios.ids.size} open scenarios in ${Date.now() - started} ms`);
    return state;
  }

  private async reloadCompanies(state: EngineState, version: string): Promise<void> {
    const companies = await loadCompanies(this.dataSource.manager);
    const seen = new Set<string>();
    for (const c of companies) {
      state.index.upsertCompany(state.model.companyProfile(c));
      seen.add(c.id);
    }
    for (const id of state.companies.ids) if (!seen.has(id)) state.index.removeCompany(id);
    state.companies = { version, ids: seen };
  }

  private async reloadScenarios(state: EngineState, version: string): Promise<void> {
    const scenarios = await loadScenarios(this.dataSource.manager);
    const seen = new Set<string>();
    for (const s of scenarios) {
      state.index.upsertScenario(state.model.scenarioProfile(s));
      seen.add(s.id);
    }
    for (const id of state.scenarios.ids) if (!seen.has(id)) state.index.removeScenario(id);
    state.scenarios = { version, ids: seen };
  }
}
