import type { CompanyInput, Maturity, MatchingTaxonomy, ScenarioInput } from './matching.types';

/**
 * Deterministic synthetic catalogues built from the taxonomy's own words, for benchmarks and
 * property tests: companies with products, cases and certifications (some without any AI
 * capability, like the decoys), and scenarios from thin list rows to authored ones with requirements.
 */
export interface SyntheticOptions {
  companies: number;
  scenarios: number;
  seed?: number;
  /** Share of companies without AI capabilities (default 0.1). */
  decoyShare?: number;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MATURITIES: Maturity[] = ['prototype', 'pilot', 'scaled'];
const ACTIONS = ['智能识别', '辅助决策', '自动巡查', '风险预警', '智能问答', '精准调度', '效率提升', '全流程管理', '数据分析', '质量检测'];

export function syntheticCatalogue(taxonomy: MatchingTaxonomy, options: SyntheticOptions): { companies: CompanyInput[]; scenarios: ScenarioInput[] } {
  const random = seededRandom(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = Math.min(list.length, min + Math.floor(random() * (max - min + 1)));
    const copy = [...list];
    const out: T[] = [];
    while (out.length < n) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
    return out;
  };
  const capabilities = taxonomy.capabilities;
  const domains = taxonomy.domains;
  const certs = (taxonomy.certifications ?? []).map((c) => c.code);
  const modes = (taxonomy.deploymentModes ?? []).map((m) => m.code);
  const words = (c: (typeof capabilities)[number]) => [c.name, ...(c.synonyms ?? []), ...(c.keywords ?? [])];
  const vocabulary = (d: (typeof domains)[number]) => (d.vocabulary?.length ? d.vocabulary : [d.name]);
  const sentence = (caps: typeof capabilities, doms: typeof domains, length: number) => {
    const parts: string[] = [];
    while (parts.join('').length < length) {
      parts.push(`${pick(vocabulary(pick(doms)))}${pick(words(pick(caps)))}${pick(['，', '和', '、', '。', '的'])}`);
    }
    return parts.join('');
  };

  const companies: CompanyInput[] = [];
  const decoyShare = options.decoyShare ?? 0.1;
  for (let i = 0; i < options.companies; i++) {
    const decoy = random() < decoyShare;
    const caps = some(capabilities, 2, 6);
    const doms = some(domains, 1, 3);
    const products = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, p) => {
      const productCaps = decoy ? [] : some(caps, 1, Math.min(3, caps.length));
      const productDomains = some(doms, 1, doms.length);
      return {
        id: `p${i}-${p}`,
        name: `${pick(vocabulary(pick(productDomains)))}${pick(ACTIONS)}系统`,
        description: sentence(caps, productDomains, 60 + Math.floor(random() * 60)),
        capabilityCodes: productCaps.map((c) => c.code),
        domainCodes: productDomains.map((d) => d.code),
        maturity: pick(MATURITIES),
        deploymentModes: some(modes, 1, 3),
        cases: Array.from({ length: Math.floor(random() * 3) }, () => `在某${pick(vocabulary(pick(productDomains)))}项目${sentence(caps, productDomains, 20)}`),
      };
    });
    companies.push({
      id: `c${String(i).padStart(5, '0')}`,
      name: `合成企业${i}`,
      introduction: sentence(caps, doms, 80 + Math.floor(random() * 80)),
      capabilityCodes: decoy ? [] : caps.map((c) => c.code),
      domainCodes: doms.map((d) => d.code),
      certifications: some(certs, 0, 4),
      cases: random() < 0.3 ? [{ domainCode: pick(doms).code, text: sentence(caps, doms, 30) }] : [],
      products,
    });
  }

  const scenarios: ScenarioInput[] = [];
  for (let j = 0; j < options.scenarios; j++) {
    const domain = pick(domains);
    const kinds = taxonomy.scenarioKinds.filter((k) => k.domains.includes(domain.name) || k.domains.includes(domain.code));
    const kind = kinds.length ? pick(kinds) : undefined;
    const title = `${pick(vocabulary(domain))}${kind ? pick(kind.patterns) : ''}${pick(ACTIONS)}`;
    const rich = random() < 0.4;
    const caps = some(capabilities, 1, 3);
    scenarios.push({
      id: `s${String(j).padStart(5, '0')}`,
      title,
      domainCode: domain.code,
      agencyName: `第${1 + Math.floor(random() * 50)}区${pick(['卫生健康局', '城管局', '教育局', '交通运输局', '工信局', '住建局', '文旅局', '应急管理局'])}`,
      description: rich ? sentence(caps, [domain], 80 + Math.floor(random() * 80)) : undefined,
      capabilityCodes: rich && random() < 0.5 ? caps.map((c) => c.code) : undefined,
      requirements: random() < 0.1 ? { deploymentModes: some(modes, 1, 2), certifications: some(certs, 0, 1) } : undefined,
    });
  }
  return { companies, scenarios };
}
