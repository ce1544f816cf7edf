import type { DismissReason, RecommendationInvitation, RecommendationLowered } from '@scenematch/contracts';
import { scriptRuns } from '@scenematch/matching';

/**
 * People's signals applied to a company's recommendations when they are read, on top of whatever
 * the engine scored: scenarios the company dismissed (不感兴趣) leave its list and scenarios that
 * resemble them rank lower; scenarios it was invited to apply for (邀请揭榜) come first. The
 * engine's scores are shown unchanged: the signals move ranks, and say why.
 */

/** What a scenario is compared on: its domain, stated capabilities and title. */
export interface FeedbackScenario {
  id: string;
  title: string;
  domainCode: string;
  domainName: string;
  /** Stated capability names (often none on thin list rows: the title carries them then). */
  capabilities: string[];
}

export interface FeedbackCandidate extends FeedbackScenario {
  score: number;
  deadline: string | null;
}

export interface FeedbackDismissal extends FeedbackScenario {
  reason: DismissReason | null;
}

/** Most rank points one candidate can lose, however many dismissals it resembles. */
export const MAX_LOWERING = 30;
/** Resemblance below this lowers nothing: sharing a domain alone is not "similar". */
export const SIMILARITY_FLOOR = 0.35;

interface Weights {
  domain: number;
  capability: number;
  title: number;
  /** How strongly a dismissal with this reason speaks against its look-alikes. */
  strength: number;
}

/**
 * The reason says what the company rejects: 领域不符 the field (a shared domain alone is enough),
 * 能力不符 the technology (capabilities and the title's terms), 规模不符 only this size of project
 * (look-alikes lose less), 已有合作 nothing about other scenarios (only this one leaves the list).
 */
const WEIGHTS: Record<DismissReason | 'none', Weights> = {
  none: { domain: 0.3, capability: 0.3, title: 0.4, strength: 1 },
  other: { domain: 0.3, capability: 0.3, title: 0.4, strength: 1 },
  domain: { domain: 0.6, capability: 0.15, title: 0.25, strength: 1 },
  capability: { domain: 0.1, capability: 0.45, title: 0.45, strength: 1 },
  scale: { domain: 0.3, capability: 0.3, title: 0.4, strength: 0.5 },
  partnered: { domain: 0, capability: 0, title: 0, strength: 0 },
};

/**
 * Word segmentation from the runtime's ICU data (no dictionary to load). It keeps the words it
 * knows (影像, 辅助, 诊断) and splits unknown ones into single characters, which are dropped: a
 * title is compared on its words, not on bigrams that straddle two of them (学影 in 医学影像).
 */
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** A title's terms: its words of two or more characters and its Latin/digit runs (AI, ct, 5g), case-folded. */
export function titleTerms(title: string): Set<string> {
  const terms = new Set<string>();
  for (const run of scriptRuns(title).han) {
    for (const w of WORDS.segment(run)) if (w.isWordLike && [...w.segment].length >= 2) terms.add(w.segment);
  }
  for (const run of scriptRuns(title).latin) terms.add(run);
  return terms;
}

/**
 * Inverse document frequency, so that 智能 or 辅助 in many titles weigh little and a word found in
 * one title alone weighs most: it makes that title distinct (it cannot be shared).
 */
export function termWeights(titles: Iterable<Set<string>>): (term: string) => number {
  return weightsOf(titleStats(titles));
}

/** How many titles hold each term, and how many titles there are. */
export interface TitleStats {
  n: number;
  df: Map<string, number>;
}

export function titleStats(titles: Iterable<Set<string>>): TitleStats {
  const df = new Map<string, number>();
  let n = 0;
  for (const terms of titles) {
    n++;
    for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return { n, df };
}

function weightsOf({ n, df }: TitleStats): (term: string) => number {
  return (term) => Math.log(1 + n / Math.max(1, df.get(term) ?? 0));
}

function cosine(a: Set<string>, b: Set<string>, weight: (t: string) => number): { value: number; shared: string[] } {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const shared: string[] = [];
  for (const t of a) {
    const w = weight(t) ** 2;
    na += w;
    if (b.has(t)) {
      dot += w;
      shared.push(t);
    }
  }
  for (const t of b) nb += weight(t) ** 2;
  const value = na && nb ? dot / Math.sqrt(na * nb) : 0;
  shared.sort((x, y) => weight(y) - weight(x) || x.localeCompare(y));
  return { value, shared };
}

export interface Resemblance {
  /** 0–1, reason-weighted and scaled by the reason's strength. */
  value: number;
  shared: string[];
}

/** How much a candidate resembles one dismissed scenario, in the terms of the dismissal's reason. */
export function resemblance(
  candidate: FeedbackScenario & { terms: Set<string> },
  dismissed: FeedbackDismissal & { terms: Set<string> },
  weight: (term: string) => number,
): Resemblance {
  const w = WEIGHTS[dismissed.reason ?? 'none'];
  if (w.strength === 0) return { value: 0, shared: [] };
  const sameDomain = candidate.domainCode === dismissed.domainCode;
  const sharedCaps = candidate.capabilities.filter((c) => dismissed.capabilities.includes(c));
  const union = new Set([...candidate.capabilities, ...dismissed.capabilities]).size;
  const title = cosine(candidate.terms, dismissed.terms, weight);
  // Thin list rows state no capabilities: their title carries the technology instead.
  const capsKnown = candidate.capabilities.length > 0 && dismissed.capabilities.length > 0;
  const capabilityWeight = capsKnown ? w.capability : 0;
  const titleWeight = capsKnown ? w.title : w.title + w.capability;
  const value = (w.domain * (sameDomain ? 1 : 0) + capabilityWeight * (union ? sharedCaps.length / union : 0) + titleWeight * title.value) * w.strength;
  const shared: string[] = [];
  if (sameDomain && w.domain > 0) shared.push(`同属${candidate.domainName}`);
  if (capabilityWeight > 0 && sharedCaps.length) shared.push(`能力相同：${sharedCaps.slice(0, 3).join('、')}`);
  if (title.shared.length && titleWeight > 0 && title.value >= 0.2) shared.push(`名称相近：${title.shared.slice(0, 3).join('、')}`);
  return { value, shared };
}

export interface RankedRecommendation {
  id: string;
  score: number;
  invitation: RecommendationInvitation | null;
  lowered: RecommendationLowered | null;
}

export interface FeedbackRanking {
  /** Every candidate at or above the minimum (and every invited one), in the order to show. */
  ranked: RankedRecommendation[];
  /** Candidates left behind by the minimum. */
  belowMinScore: number;
}

/**
 * Ranks a company's candidates with its signals (`corpus`: title statistics of the whole
 * catalogue, see titleStats): dismissed ones leave, look-alikes of dismissed
 * ones lose up to MAX_LOWERING rank points (combined over the dismissals they resemble, so one
 * strong resemblance counts more than several faint ones), invited ones come first (newest
 * invitation first) whatever their score. The minimum applies to the engine's score.
 */
export function rankWithFeedback(
  candidates: readonly FeedbackCandidate[],
  dismissals: readonly FeedbackDismissal[],
  invitations: ReadonlyMap<string, RecommendationInvitation>,
  minScore: number,
  corpus?: TitleStats,
): FeedbackRanking {
  const dismissedIds = new Set(dismissals.map((d) => d.id));
  const open = candidates.filter((c) => !dismissedIds.has(c.id));
  const withTerms = <T extends FeedbackScenario>(s: T) => ({ ...s, terms: titleTerms(s.title) });
  const cs = open.map(withTerms);
  const ds = dismissals.map(withTerms);
  // Term weights from the whole catalogue when given: the same pair then resembles each other
  // as much whatever filter narrows the list. Without it, from the titles at hand.
  const weight = corpus ? weightsOf(corpus) : termWeights([...cs, ...ds].map((s) => s.terms));

  let belowMinScore = 0;
  const rows: Array<RankedRecommendation & { rank: number; deadline: string | null }> = [];
  for (const c of cs) {
    const invitation = invitations.get(c.id) ?? null;
    if (!invitation && c.score < minScore) {
      belowMinScore++;
      continue;
    }
    const hits = ds
      .map((d) => ({ d, r: resemblance(c, d, weight) }))
      .filter((h) => h.r.value >= SIMILARITY_FLOOR)
      .sort((a, b) => b.r.value - a.r.value);
    let lowered: RecommendationLowered | null = null;
    if (hits.length) {
      const kept = hits.reduce((k, h) => k * (1 - Math.min(1, h.r.value)), 1);
      const points = Math.min(MAX_LOWERING, Math.round(MAX_LOWERING * (1 - kept)));
      if (points > 0) {
        lowered = {
          points,
          because: hits.slice(0, 2).map((h) => ({ scenarioId: h.d.id, title: h.d.title })),
          shared: [...new Set(hits.slice(0, 2).flatMap((h) => h.r.shared))],
        };
      }
    }
    rows.push({ id: c.id, score: c.score, invitation, lowered, rank: c.score - (lowered?.points ?? 0), deadline: c.deadline });
  }
  rows.sort(
    (a, b) =>
      Number(!!b.invitation) - Number(!!a.invitation) ||
      (b.invitation?.at ?? '').localeCompare(a.invitation?.at ?? '') ||
      b.rank - a.rank ||
      b.score - a.score ||
      (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
      a.id.localeCompare(b.id),
  );
  return { ranked: rows.map(({ id, score, invitation, lowered }) => ({ id, score, invitation, lowered })), belowMinScore };
}
