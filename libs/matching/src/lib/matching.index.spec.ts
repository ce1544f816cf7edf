import fc from 'fast-check';
import { labelledScenarioInputs } from './eval/evaluate';
import { rankCompaniesBruteForce, rankScenariosBruteForce } from './matching.brute-force';
import { MatchIndex, type RankFloor } from './matching.index';
import { MIN_KEPT_SCORE } from './matching.scoring';
import { companyInputFromDemo } from './matching.seed-adapters';
import { syntheticCatalogue } from './matching.synthetic';
import type { CompanyProfile, Match, ScenarioInput, ScenarioProfile } from './matching.types';
import { fixtures } from '../testing/matching-fixtures';

describe('MatchIndex on the demo companies', () => {
  const { model, data } = fixtures();
  const index = new MatchIndex(model);
  for (const e of data.enterprises) index.upsertCompany(model.companyProfile(companyInputFromDemo(e)));
  const inputs = labelledScenarioInputs(data);
  for (const s of [...inputs.thin, ...inputs.rich]) index.upsertScenario(model.scenarioProfile(s));
  const rankOf = (ranking: Match[], id: string) => ranking.findIndex((m) => m.id === id);

  it('ranks the real supplier first for a thin list row and explains why', () => {
    const top = index.topCompaniesFor('batch1-03', 5); // 医学影像辅助诊断
    expect(top[0].id).toBe('pengzhi-medical');
    expect(top[0].score).toBeGreaterThanOrEqual(80);
    // The list row states no capability: the engine says it inferred them from the title.
    expect(top[0].reasons[0]).toMatch(/^能力匹配（根据标题推断）：计算机视觉/);
    expect(top[0].reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^关键词：.*影像/), expect.stringMatching(/^同领域案例 \d+ 个$/), expect.stringMatching(/^已入库产品 \d+ 个（.+）$/)]));
    for (const m of top) expect(Number.isInteger(m.score)).toBe(true);
  });

  it.each([
    ['batch1-05', 'guancheng-port', 'sudatong-logistics'], // 口岸: the customs-paperwork vendor shares 口岸, 报关
    ['batch1-25', 'jianjie-robotics', 'sudatong-logistics'], // 智能分拣: the WMS vendor shares 分拣
    ['batch1-03', 'pengzhi-medical', 'lianzhong-integration'], // 医学影像: the integrator installs PACS storage
    ['batch1-18', 'yancha-fire', 'hengzhu-materials'], // 消防监管: the fire-equipment trader
    ['batch1-14', 'mojing-creative', 'youyue-ticketing'], // 旅游景区: the ticketing vendor
  ])('keeps the decoy low in %s (real supplier %s, decoy %s) and says why', (scenario, supplier, decoy) => {
    const ranking = index.topCompaniesFor(scenario, 30);
    expect(rankOf(ranking, supplier)).toBe(0);
    // Not among the first three a user sees: the pairs kept (score ≥ MIN_KEPT_SCORE), as the eval counts them.
    // (Below the kept score, pairs without any shared word may rank under it; nobody sees either.)
    const decoyRank = rankOf(
      ranking.filter((m) => m.score >= MIN_KEPT_SCORE),
      decoy,
    );
    expect(decoyRank === -1 || decoyRank >= 3).toBe(true);
    const why = index.explain(scenario, decoy);
    expect(why.score).toBeLessThanOrEqual(10);
    expect(why.aiFactor).toBeLessThanOrEqual(10);
    expect(why.whyNot).toContain('主营代理、经销、外包或集成，未见自有 AI 能力');
    expect(why.score).toBeLessThan(index.explain(scenario, supplier).score - 50);
  });

  it('lets a textual fit through without any capability in the taxonomy (a boost, never a gate)', () => {
    const local = new MatchIndex(model);
    for (const e of data.enterprises) local.upsertCompany(model.companyProfile(companyInputFromDemo(e)));
    local.upsertCompany(
      model.companyProfile({
        id: 'plain-words',
        name: '声纹鉴伪',
        introduction: '我们自研声纹鉴伪算法，识别电话诈骗中的合成语音与变声，已为多家银行的反诈中心提供声纹鉴伪服务。',
        capabilityCodes: [],
        domainCodes: [],
        certifications: [],
        cases: [],
        products: [],
      }),
    );
    local.upsertScenario(model.scenarioProfile({ id: 'voice-fraud', title: '电话诈骗声纹鉴伪', domainCode: '金融服务' }));
    const ranking = local.topCompaniesFor('voice-fraud', 5);
    expect(ranking[0].id).toBe('plain-words');
    expect(ranking[0].reasons.join(' ')).toMatch(/声纹|鉴伪/);
  });

  it('never claims a stated requirement that is not there', () => {
    const thin = index.explain('batch1-03', 'pengzhi-medical');
    expect(thin.capabilitySource).toBe('inferred');
    const stated = index.explain('rich-edu-homework', 'qixue-edu'); // 能力需求: 计算机视觉、大模型、知识图谱
    expect(stated.capabilitySource).toBe('stated');
    const local = new MatchIndex(model);
    local.upsertCompany(model.companyProfile(companyInputFromDemo(data.enterprises[0])));
    local.upsertScenario(model.scenarioProfile({ id: 'nothing', title: '某某事项', domainCode: '某个新领域' }));
    const none = local.explain('nothing', data.enterprises[0].key);
    expect(none.capabilitySource).toBe('none');
    expect(none.components.capability).toBeNull();
  });

  it('does not let shared words alone carry a decoy', () => {
    const why = index.explain('rich-port-cargo-inspection', 'sudatong-logistics');
    expect(why.components.keywords).toBeGreaterThan(0);
    expect(why.whyNot).toContain('仅文字相近，缺少相应 AI 能力支撑');
    expect(why.score).toBeLessThanOrEqual(10);
  });

  it('excludes a company lacking a required certification, with a why-not', () => {
    const ranking = index.topCompaniesFor('rich-hotline-llm', 30);
    expect(ranking[0].id).toBe('wanyu-govllm');
    expect(ranking[0].reasons).toEqual(expect.arrayContaining(['支持本地化部署', '具备资质：生成式人工智能服务备案']));
    expect(rankOf(ranking, 'yunting-speech')).toBe(-1);
    const why = index.explain('rich-hotline-llm', 'yunting-speech');
    expect(why).toMatchObject({ eligible: false, score: 0 });
    expect(why.whyNot).toContain('缺少资质：生成式人工智能服务备案');
  });

  it('excludes a company lacking a required deployment mode, with a why-not', () => {
    const local = new MatchIndex(model);
    for (const e of data.enterprises) local.upsertCompany(model.companyProfile(companyInputFromDemo(e)));
    local.upsertScenario(model.scenarioProfile({ id: 'museum-local', title: '博物馆数字人讲解', domainCode: '文化旅游', requirements: { deploymentModes: ['本地化部署'] } }));
    // 墨境's products run on public cloud or hybrid only.
    expect(rankOf(local.topCompaniesFor('museum-local', 30), 'mojing-creative')).toBe(-1);
    expect(local.explain('museum-local', 'mojing-creative').whyNot).toContain('不满足：需要本地化部署');
  });

  it('says why a company from another field is a poor match', () => {
    const why = index.explain('batch1-24', 'qixue-edu'); // 表面缺陷检测 vs an education company
    expect(why.score).toBeLessThan(40);
    expect(why.whyNot).toEqual(expect.arrayContaining(['缺少关键能力：工业视觉检测', '领域不符']));
  });

  it('holds down an AI company whose texts name no field at all, less than one from another field, and says so', () => {
    const local = new MatchIndex(model);
    const company = (id: string, domainCodes: string[]) =>
      model.companyProfile({ id, name: id, introduction: '自研计算机视觉算法，提供目标检测与图像识别模型。', capabilityCodes: ['计算机视觉'], domainCodes, certifications: [], cases: [], products: [] });
    local.upsertCompany(company('unnamed-field', []));
    local.upsertCompany(company('other-field', ['智能制造']));
    local.upsertCompany(company('same-field', ['智慧医疗']));
    local.upsertScenario(model.scenarioProfile({ id: 'ct', title: '医学影像辅助诊断', domainCode: '智慧医疗' }));
    const [unnamed, other, same] = ['unnamed-field', 'other-field', 'same-field'].map((c) => local.explain('ct', c));
    expect(same.fieldFactor).toBe(100);
    expect(unnamed.fieldFactor).toBeLessThan(100);
    expect(unnamed.fieldFactor).toBeGreaterThan(other.fieldFactor);
    expect(unnamed.score).toBeLessThan(same.score);
    expect(unnamed.whyNot).toContain('资料未提及智慧医疗领域');
    expect(other.whyNot).toContain('领域不符');
  });

  it('ranks scenarios for a company', () => {
    const top = index.topScenariosFor('lantong-vision', 4).map((m) => m.id);
    expect(top).toEqual(expect.arrayContaining(['batch1-16', 'batch1-19', 'batch1-20']));
  });

  it('reports components as integers 0–100', () => {
    const { components } = index.explain('batch1-01', 'wanyu-govllm');
    for (const v of Object.values(components)) {
      if (v === null) throw new Error('capability is stated here');
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(100);
    }
  });

  it('forgets removed companies and scenarios', () => {
    const local = new MatchIndex(model);
    for (const e of data.enterprises) local.upsertCompany(model.companyProfile(companyInputFromDemo(e)));
    local.upsertScenario(model.scenarioProfile(inputs.thin[2]));
    local.removeCompany('pengzhi-medical');
    expect(local.topCompaniesFor('batch1-03', 30).map((m) => m.id)).not.toContain('pengzhi-medical');
    local.removeScenario('batch1-03');
    expect(() => local.topCompaniesFor('batch1-03', 5)).toThrow(/Unknown scenario/);
    expect(local.topScenariosFor('zhuoheng-medrobot', 5)).toEqual([]);
  });
});

describe('MatchIndex equals brute force', () => {
  const { model, data } = fixtures();

  interface Case {
    seed: number;
    companies: number;
    scenarios: number;
    k: number;
    removeCompanies: number[];
    reupsertCompanies: number[];
    removeScenarios: number[];
  }

  function check(c: Case): void {
    const catalogue = syntheticCatalogue(data.taxonomy, { companies: c.companies, scenarios: c.scenarios, seed: c.seed, decoyShare: 0.2 });
    const companies = new Map<string, CompanyProfile>();
    const scenarios = new Map<string, ScenarioProfile>();
    const index = new MatchIndex(model);
    for (const input of catalogue.companies) {
      const p = model.companyProfile(input);
      companies.set(p.id, p);
      index.upsertCompany(p);
    }
    for (const input of catalogue.scenarios as ScenarioInput[]) {
      const p = model.scenarioProfile(input);
      scenarios.set(p.id, p);
      index.upsertScenario(p);
    }
    // Churn: removals and replacements (a replaced company gets the profile of another one).
    const ids = [...companies.keys()];
    for (const i of c.removeCompanies) {
      const id = ids[i % ids.length];
      companies.delete(id);
      index.removeCompany(id);
    }
    for (const i of c.reupsertCompanies) {
      const id = ids[i % ids.length];
      const source = catalogue.companies[(i * 7 + 3) % catalogue.companies.length];
      const p = model.companyProfile({ ...source, id });
      companies.set(id, p);
      index.upsertCompany(p);
    }
    const scenarioIds = [...scenarios.keys()];
    for (const i of c.removeScenarios) {
      const id = scenarioIds[i % scenarioIds.length];
      scenarios.delete(id);
      index.removeScenario(id);
    }

    const fromScoreAll = new Map<string, Match[]>();
    index.scoreAll((id, top) => fromScoreAll.set(id, top), c.k);
    expect([...fromScoreAll.keys()].sort()).toEqual([...scenarios.keys()].sort());
    for (const s of scenarios.values()) {
      const expected = rankCompaniesBruteForce(model, s, [...companies.values()], c.k);
      expect(index.topCompaniesFor(s.id, c.k)).toEqual(expected);
      expect(fromScoreAll.get(s.id)).toEqual(expected);
    }
    for (const p of companies.values()) {
      expect(index.topScenariosFor(p.id, c.k)).toEqual(rankScenariosBruteForce(model, p, [...scenarios.values()], c.k));
    }
  }

  it('top-k from the inverted index equals top-k from scoring every pair', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          companies: fc.integer({ min: 1, max: 40 }),
          scenarios: fc.integer({ min: 1, max: 12 }),
          k: fc.integer({ min: 0, max: 12 }),
          removeCompanies: fc.array(fc.nat(), { maxLength: 25 }),
          reupsertCompanies: fc.array(fc.nat(), { maxLength: 25 }),
          removeScenarios: fc.array(fc.nat(), { maxLength: 4 }),
        }),
        (c) => check(c),
      ),
      { numRuns: 40, seed: 20250601 },
    );
  }, 120_000);
});

describe('What a rebuild keeps (keptCompaniesFor with company floors)', () => {
  const { model, data } = fixtures();

  it('equals the union of each scenario’s top list and each company’s own top list, at or above the kept score', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          companies: fc.integer({ min: 1, max: 40 }),
          scenarios: fc.integer({ min: 1, max: 15 }),
          perScenario: fc.integer({ min: 0, max: 6 }),
          perCompany: fc.integer({ min: 1, max: 5 }),
          minScore: fc.integer({ min: 1, max: 30 }),
        }),
        (c) => {
          const catalogue = syntheticCatalogue(data.taxonomy, { companies: c.companies, scenarios: c.scenarios, seed: c.seed, decoyShare: 0.2 });
          const index = new MatchIndex(model);
          const companyIds = catalogue.companies.map((input) => {
            const p = model.companyProfile(input);
            index.upsertCompany(p);
            return p.id;
          });
          const scenarioIds = (catalogue.scenarios as ScenarioInput[]).map((input) => {
            const p = model.scenarioProfile(input);
            index.upsertScenario(p);
            return p.id;
          });
          // The old way: both directions, filtered, as a set of pairs with their scores.
          const expected = new Map<string, number>();
          for (const s of scenarioIds) for (const m of index.topCompaniesFor(s, c.perScenario)) if (m.score >= c.minScore) expected.set(`${s}:${m.id}`, m.score);
          for (const o of companyIds) for (const m of index.topScenariosFor(o, c.perCompany)) if (m.score >= c.minScore) expected.set(`${m.id}:${o}`, m.score);
          // The rebuild's way: floors first (what a first shard step computes), then scenario by scenario.
          const floors = new Map<string, RankFloor>();
          for (const o of companyIds) {
            const floor = index.scenarioFloor(o, c.perCompany);
            if (floor) floors.set(o, floor);
          }
          const laid = index.companyFloors(floors);
          const actual = new Map<string, number>();
          for (const s of scenarioIds) {
            const kept = index.keptCompaniesFor(s, c.perScenario, c.minScore, laid);
            for (const m of kept) {
              expect(m.reasons.length).toBeGreaterThan(0);
              actual.set(`${s}:${m.id}`, m.score);
            }
            expect(kept.map((m) => m.score)).toEqual([...kept.map((m) => m.score)].sort((a, b) => b - a));
          }
          expect([...actual].sort()).toEqual([...expected].sort());
        },
      ),
      { numRuns: 60, seed: 20251206 },
    );
  }, 120_000);
});

describe('MatchIndex equals brute force beyond its compact capability rows', () => {
  const { model, data } = fixtures();

  // Beyond 32 capability codes the rows widen; beyond 255 distinct (strength, evidence) pairs the
  // kernel reads the rows of doubles instead of its one-byte codes. Either way: the same lists.
  it.each([
    ['more capability codes than the first row width', 4],
    ['more distinct strength–evidence pairs than one-byte codes hold', 1000],
  ])('%s', (_, levels) => {
    let state = 12345;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    const value = () => (1 + Math.floor(random() * levels)) / levels;
    const extra = Array.from({ length: 40 }, (_, i) => `extra-capability-${i}`);
    const catalogue = syntheticCatalogue(data.taxonomy, { companies: 60, scenarios: 12, seed: 4242, decoyShare: 0.2 });
    const index = new MatchIndex(model);
    const companies = catalogue.companies.map((input) => {
      const p = model.companyProfile(input);
      const codes = [...p.capabilities.map(([code]) => code), ...extra.filter(() => random() < 0.3)];
      const profile: CompanyProfile = { ...p, capabilities: codes.map((code) => [code, value()]), capabilityEvidence: codes.map((code) => [code, random() < 0.5 ? value() : 0]) };
      index.upsertCompany(profile);
      return profile;
    });
    const scenarios = (catalogue.scenarios as ScenarioInput[]).map((input) => {
      const p = model.scenarioProfile(input);
      const profile: ScenarioProfile = { ...p, capabilities: [...p.capabilities, ...extra.filter(() => random() < 0.2).map((code): [string, number] => [code, value()])] };
      index.upsertScenario(profile);
      return profile;
    });
    for (const s of scenarios) expect(index.topCompaniesFor(s.id, 8)).toEqual(rankCompaniesBruteForce(model, s, companies, 8));
    for (const c of companies) expect(index.topScenariosFor(c.id, 5)).toEqual(rankScenariosBruteForce(model, c, scenarios, 5));
  });
});
