import { MatchingTokenizer } from './matching.tokenizer';
import { normaliseText } from './matching.text';
import type {
  CompanyInput,
  CompanyProfile,
  CompanyProductSummary,
  Maturity,
  MatchingTaxonomy,
  ScenarioInput,
  ScenarioKindHit,
  ScenarioProfile,
  SparseVector,
} from './matching.types';

/** How strongly a company shows a capability. */
export const CAPABILITY_STRENGTH = { product: 1, declared: 0.7, mentioned: 0.25 } as const;
/** How strongly a mention in a scenario asks for a capability. */
const MENTION_WEIGHT = { name: 1, synonym: 0.8, keyword: 0.4 } as const;
/** A mention in the description counts less than one in the title. */
const BODY_FACTOR = 0.6;
/** Kinds found only in the description. */
const BODY_KIND_FACTOR = 0.5;
/** When the author named the capabilities, what the engine infers from the words only complements them. */
const INFERRED_FACTOR_WITH_EXPLICIT = 0.5;
/** When nothing in the text names a kind or a capability: the kinds usual in the domain, damped. */
const DOMAIN_FALLBACK_FACTOR = 0.5;
export const MATURITY_VALUE: Record<Maturity, number> = { prototype: 0.4, pilot: 0.7, scaled: 1 };
export const MATURITY_LABEL: Record<Maturity, string> = { prototype: '原型验证', pilot: '试点应用', scaled: '规模化应用' };

/** Shares of the keyword query held by each part of a scenario (renormalised over the parts present). */
const QUERY_PARTS = { title: 0.4, body: 0.3, kinds: 0.15, domain: 0.1, agency: 0.05 } as const;
/** At most this many query terms: enough for a long description, bounded work for the index. */
const MAX_QUERY_TERMS = 32;
/** BM25 term-frequency saturation of company documents. */
const BM25 = { k1: 1.2, b: 0.5, referenceLength: 200 } as const;

interface LexiconEntry {
  term: string;
  code: string;
  weight: number;
  kind: 'name' | 'synonym' | 'keyword';
  latin: boolean;
}

interface ResolvedKind {
  code: string;
  name: string;
  patterns: string[];
  domainCodes: string[];
  capabilities: Array<[string, number]>;
}

interface Span {
  start: number;
  end: number;
  kind: number;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const byWeightThenKey = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const byKey = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const isLatin = (term: string) => /^[\x20-\x7e]+$/.test(term);
const isWordChar = (c: string | undefined) => !!c && /[a-z0-9]/.test(c);

/** All start offsets of `term` in `text`; a Latin term must stand as a word (CV is not in "csv"). */
function occurrences(text: string, term: string, latin: boolean): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    if (latin && (isWordChar(text[at - 1]) || isWordChar(text[at + term.length]))) continue;
    found.push(at);
  }
  return found;
}

function maxMerge(into: Map<string, number>, key: string, value: number): void {
  if (value > (into.get(key) ?? 0)) into.set(key, value);
}

/**
 * The taxonomy compiled for matching: code look-ups by name or code, the capability lexicon
 * (names, synonyms, keywords), scenario kinds with their required capabilities, and a jieba
 * tokenizer whose dictionary holds the taxonomy's words. Turns scenarios and companies into
 * plain, serialisable profiles.
 */
export class MatchingModel {
  readonly tokenizer: MatchingTokenizer;
  private readonly capabilityNames = new Map<string, string>();
  private readonly domainNames = new Map<string, string>();
  private readonly domainGroupOf = new Map<string, string>();
  private readonly domainVocabulary = new Map<string, string[]>();
  private readonly certificationNames = new Map<string, string>();
  private readonly deploymentNames = new Map<string, string>();
  private readonly capabilityKeys = new Map<string, string>();
  private readonly domainKeys = new Map<string, string>();
  private readonly certificationKeys = new Map<string, string>();
  private readonly deploymentKeys = new Map<string, string>();
  private readonly lexicon: LexiconEntry[] = [];
  private readonly kinds: ResolvedKind[] = [];

  private constructor(readonly taxonomy: MatchingTaxonomy) {
    const dictionary: string[] = [];
    for (const c of taxonomy.capabilities) {
      this.capabilityNames.set(c.code, c.name);
      this.register(this.capabilityKeys, c.code, [c.code, c.name, ...(c.synonyms ?? [])]);
      this.addLexicon(c.code, c.name, 'name');
      for (const s of c.synonyms ?? []) this.addLexicon(c.code, s, 'synonym');
      for (const k of c.keywords ?? []) this.addLexicon(c.code, k, 'keyword');
      dictionary.push(c.name, ...(c.synonyms ?? []), ...(c.keywords ?? []));
    }
    for (const d of taxonomy.domains) {
      this.domainNames.set(d.code, d.name);
      this.domainGroupOf.set(d.code, d.group ?? d.code);
      this.register(this.domainKeys, d.code, [d.code, d.name]);
      dictionary.push(d.name, ...(d.aliases ?? []), ...(d.vocabulary ?? []));
    }
    // Aliases after names: an alias (食品安全) must not take over another domain's own name.
    for (const d of taxonomy.domains) for (const a of d.aliases ?? []) if (!this.domainKeys.has(normaliseText(a))) this.domainKeys.set(normaliseText(a), d.code);
    for (const d of taxonomy.domains) this.domainVocabulary.set(d.code, [d.name, ...(d.vocabulary ?? [])]);
    for (const c of taxonomy.certifications ?? []) {
      this.certificationNames.set(c.code, c.name);
      this.register(this.certificationKeys, c.code, [c.code, c.name]);
    }
    for (const m of taxonomy.deploymentModes ?? []) {
      this.deploymentNames.set(m.code, m.name);
      this.register(this.deploymentKeys, m.code, [m.code, m.name]);
    }
    for (const k of taxonomy.scenarioKinds) {
      const capabilities = new Map<string, number>();
      for (const c of k.capabilities) {
        const code = this.capabilityCode(c.name);
        if (code) maxMerge(capabilities, code, c.weight);
      }
      this.kinds.push({
        code: k.code,
        name: k.name,
        patterns: [...new Set(k.patterns.map((p) => normaliseText(p)).filter(Boolean))],
        domainCodes: [...new Set(k.domains.map((d) => this.domainCode(d)).filter((d): d is string => !!d))],
        capabilities: [...capabilities].sort(byWeightThenKey),
      });
      dictionary.push(k.name, ...k.patterns);
    }
    // Longest terms first, so that a mention's weight comes from the most specific entry.
    this.lexicon.sort((a, b) => b.term.length - a.term.length || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0) || (a.code < b.code ? -1 : 1));
    this.tokenizer = new MatchingTokenizer(dictionary);
  }

  static fromTaxonomy(taxonomy: MatchingTaxonomy): MatchingModel {
    return new MatchingModel(taxonomy);
  }

  // ---- code look-ups (a code, a name, or a synonym/alias; undefined when unknown) ----

  capabilityCode(nameOrCode: string): string | undefined {
    return this.capabilityKeys.get(normaliseText(nameOrCode).trim());
  }
  domainCode(nameOrCode: string): string | undefined {
    return this.domainKeys.get(normaliseText(nameOrCode).trim());
  }
  /** Certification code; an unknown kind is kept as written (normalised) so that it can still be compared. */
  certificationCode(nameOrCode: string): string {
    const key = normaliseText(nameOrCode).trim();
    return this.certificationKeys.get(key) ?? key;
  }
  deploymentModeCode(nameOrCode: string): string {
    const key = normaliseText(nameOrCode).trim();
    return this.deploymentKeys.get(key) ?? key;
  }
  capabilityName(code: string): string {
    return this.capabilityNames.get(code) ?? code;
  }
  domainName(code: string): string {
    return this.domainNames.get(code) ?? code;
  }
  domainGroup(code: string): string {
    return this.domainGroupOf.get(code) ?? code;
  }
  certificationName(code: string): string {
    return this.certificationNames.get(code) ?? code;
  }
  deploymentModeName(code: string): string {
    return this.deploymentNames.get(code) ?? code;
  }
  get capabilityCodes(): string[] {
    return [...this.capabilityNames.keys()];
  }
  get domainCodes(): string[] {
    return [...this.domainNames.keys()];
  }

  // ---- scenarios ----

  /** Expands a scenario through the taxonomy into required capabilities and a keyword query. */
  scenarioProfile(s: ScenarioInput): ScenarioProfile {
    const domainCode = this.domainCode(s.domainCode) ?? normaliseText(s.domainCode).trim();
    const title = normaliseText(s.title);
    const body = normaliseText([s.description, s.painPoints, s.expectedOutcome].filter(Boolean).join('\n'));

    const kindWeights = new Map<number, number>();
    for (const [kind, weight] of this.detectKinds(title)) kindWeights.set(kind, weight);
    for (const [kind, weight] of this.detectKinds(body)) kindWeights.set(kind, Math.max(kindWeights.get(kind) ?? 0, weight * BODY_KIND_FACTOR));

    const required = new Map<string, number>();
    for (const raw of s.capabilityCodes ?? []) {
      const code = this.capabilityCode(raw);
      if (code) maxMerge(required, code, 1);
    }
    const inferred = required.size ? INFERRED_FACTOR_WITH_EXPLICIT : 1;
    for (const [kind, weight] of kindWeights) for (const [code, w] of this.kinds[kind].capabilities) maxMerge(required, code, inferred * weight * w);
    for (const [code, w] of this.mentions(title)) maxMerge(required, code, inferred * w);
    for (const [code, w] of this.mentions(body)) maxMerge(required, code, inferred * w * BODY_FACTOR);
    if (!required.size) {
      for (const kind of this.kinds) {
        if (!kind.domainCodes.includes(domainCode)) continue;
        for (const [code, w] of kind.capabilities) maxMerge(required, code, w * DOMAIN_FALLBACK_FACTOR);
      }
    }

    const kinds: ScenarioKindHit[] = [...kindWeights]
      .map(([i, weight]) => ({ code: this.kinds[i].code, name: this.kinds[i].name, weight: round(weight) }))
      .sort((a, b) => b.weight - a.weight || (a.code < b.code ? -1 : 1));
    const related = new Set<string>();
    for (const [i] of kindWeights) for (const d of this.kinds[i].domainCodes) if (d !== domainCode) related.add(d);

    const kindText = [...kindWeights.keys()].flatMap((i) => this.kinds[i].patterns).join(' ');
    const terms = this.query([
      [QUERY_PARTS.title, this.tokenizer.terms(title)],
      [QUERY_PARTS.body, this.tokenizer.terms(body)],
      [QUERY_PARTS.kinds, this.tokenizer.terms(kindText)],
      [QUERY_PARTS.domain, this.tokenizer.terms((this.domainVocabulary.get(domainCode) ?? []).join(' '))],
      [QUERY_PARTS.agency, this.tokenizer.terms(s.agencyName)],
    ]);

    return {
      id: s.id,
      title: s.title,
      domainCode,
      relatedDomainCodes: [...related].sort(),
      domainGroup: this.domainGroup(domainCode),
      kinds,
      capabilities: [...required].map(([k, v]): [string, number] => [k, round(v)]).sort(byKey),
      terms,
      requirements: {
        deploymentModes: [...new Set((s.requirements?.deploymentModes ?? []).map((m) => this.deploymentModeCode(m)))].sort(),
        certifications: [...new Set((s.requirements?.certifications ?? []).map((c) => this.certificationCode(c)))].sort(),
      },
      thin: !body.trim(),
    };
  }

  /**
   * Scenario kinds named in a text, with weights: a pattern found inside a longer pattern of
   * another kind does not count (体育场馆 is a sports venue, not a 场馆 of the museum kind), and
   * a kind named by a shorter pattern than the most specific one weighs less.
   */
  detectKinds(text: string): Map<number, number> {
    const spans: Span[] = [];
    this.kinds.forEach((kind, k) => {
      for (const p of kind.patterns) for (const at of occurrences(text, p, isLatin(p))) spans.push({ start: at, end: at + p.length, kind: k });
    });
    const kept = spans.filter((s) => !spans.some((o) => o.kind !== s.kind && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start));
    const longest = new Map<number, number>();
    for (const s of kept) longest.set(s.kind, Math.max(longest.get(s.kind) ?? 0, s.end - s.start));
    const top = Math.max(0, ...longest.values());
    const result = new Map<number, number>();
    for (const [kind, length] of longest) result.set(kind, 0.6 + (0.4 * length) / top);
    return result;
  }

  /** Capabilities named in a text (by name, synonym or keyword), with the strongest weight per capability. */
  mentions(text: string): Map<string, number> {
    const found = new Map<string, number>();
    if (!text) return found;
    for (const entry of this.lexicon) {
      if ((found.get(entry.code) ?? 0) >= entry.weight) continue;
      if (occurrences(text, entry.term, entry.latin).length) found.set(entry.code, entry.weight);
    }
    return found;
  }

  /** Kinds by code, for explanations. */
  kindName(code: string): string {
    return this.kinds.find((k) => k.code === code)?.name ?? code;
  }

  // ---- companies ----

  /** A company's capabilities (with evidence), domains, cases, keyword document and eligibility facts. */
  companyProfile(c: CompanyInput): CompanyProfile {
    const strength = new Map<string, number>();
    const productsPerCapability = new Map<string, number>();
    const bestMaturity = new Map<string, number>();
    const domains = new Set<string>();
    const cases = new Map<string, number>();
    const deployment = new Set<string>();
    const products: CompanyProductSummary[] = [];

    for (const raw of c.capabilityCodes) {
      const code = this.capabilityCode(raw);
      if (code) maxMerge(strength, code, CAPABILITY_STRENGTH.declared);
    }
    for (const raw of c.domainCodes) {
      const code = this.domainCode(raw);
      if (code) domains.add(code);
    }
    for (const p of c.products) {
      const capabilityCodes = [...new Set(p.capabilityCodes.map((x) => this.capabilityCode(x)).filter((x): x is string => !!x))].sort();
      const domainCodes = [...new Set(p.domainCodes.map((x) => this.domainCode(x)).filter((x): x is string => !!x))].sort();
      for (const code of capabilityCodes) {
        maxMerge(strength, code, CAPABILITY_STRENGTH.product);
        productsPerCapability.set(code, (productsPerCapability.get(code) ?? 0) + 1);
        maxMerge(bestMaturity, code, MATURITY_VALUE[p.maturity] ?? 0);
      }
      for (const d of domainCodes) {
        domains.add(d);
        if (p.cases.length) cases.set(d, (cases.get(d) ?? 0) + p.cases.length);
      }
      for (const m of p.deploymentModes) deployment.add(this.deploymentModeCode(m));
      products.push({ name: p.name, capabilityCodes, domainCodes, maturity: p.maturity, caseCount: p.cases.length });
    }
    for (const k of c.cases) {
      const d = k.domainCode ? this.domainCode(k.domainCode) : undefined;
      if (!d) continue;
      domains.add(d);
      cases.set(d, (cases.get(d) ?? 0) + 1);
    }

    // The document: profile, product names (twice: they are the most telling words), descriptions, cases.
    const parts = [c.introduction, ...c.products.flatMap((p) => [p.name, p.name, p.description, ...p.cases]), ...c.cases.map((k) => k.text)];
    const document = normaliseText(parts.filter(Boolean).join('\n'));
    // Names and synonyms in the company's own words are weak evidence; bare keywords are not evidence.
    for (const [code, w] of this.mentions(document)) if (w >= MENTION_WEIGHT.synonym) maxMerge(strength, code, CAPABILITY_STRENGTH.mentioned);

    const tf = new Map<string, number>();
    const tokens = this.tokenizer.terms(document);
    for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    const norm = 1 - BM25.b + (BM25.b * tokens.length) / BM25.referenceLength;
    const terms: SparseVector = [...tf]
      .map(([t, n]): [string, number] => [t, round((n * (BM25.k1 + 1)) / (n + BM25.k1 * norm) / (BM25.k1 + 1))])
      .sort(byKey);

    const evidence: SparseVector = [...productsPerCapability]
      .map(([code, n]): [string, number] => [code, round(0.5 * Math.min(1, n / 2) + 0.5 * (bestMaturity.get(code) ?? 0))])
      .sort(byKey);

    return {
      id: c.id,
      name: c.name,
      capabilities: [...strength].sort(byKey),
      capabilityEvidence: evidence,
      domainCodes: [...domains].sort(),
      domainGroups: [...new Set([...domains].map((d) => this.domainGroup(d)))].sort(),
      casesByDomain: [...cases].sort(byKey),
      terms,
      deploymentModes: [...deployment].sort(),
      certifications: [...new Set(c.certifications.map((x) => this.certificationCode(x)))].sort(),
      products,
    };
  }

  // ---- internals ----

  private register(keys: Map<string, string>, code: string, names: string[]): void {
    for (const n of names) {
      const key = normaliseText(n).trim();
      if (key && !keys.has(key)) keys.set(key, code);
    }
  }

  private addLexicon(code: string, raw: string, kind: LexiconEntry['kind']): void {
    const term = normaliseText(raw).trim();
    if (!term) return;
    this.lexicon.push({ term, code, weight: MENTION_WEIGHT[kind], kind, latin: isLatin(term) });
  }

  /** Mixes the parts of a scenario into one keyword query: tf·idf within a part, the parts by their shares. */
  private query(parts: Array<[number, string[]]>): SparseVector {
    const present = parts.filter(([, terms]) => terms.length);
    const total = present.reduce((sum, [share]) => sum + share, 0);
    const q = new Map<string, number>();
    for (const [share, terms] of present) {
      const tf = new Map<string, number>();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      let mass = 0;
      const weighted: Array<[string, number]> = [];
      for (const [t, n] of tf) {
        const w = (1 + Math.log(n)) * this.tokenizer.idf(t);
        weighted.push([t, w]);
        mass += w;
      }
      for (const [t, w] of weighted) q.set(t, (q.get(t) ?? 0) + (share / total) * (w / mass));
    }
    const top = [...q].sort(byWeightThenKey).slice(0, MAX_QUERY_TERMS);
    const kept = top.reduce((sum, [, w]) => sum + w, 0);
    return top.map(([t, w]): [string, number] => [t, round(w / kept)]).sort(byKey);
  }
}
