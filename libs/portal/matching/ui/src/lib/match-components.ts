import type { MatchComponents } from '@scenematch/portal/matching/data-access/matching.api';

/*
 * How the engine turns the components into a score (libs/matching, matching.scoring.ts,
 * scoreTotal). Mirrored rather than imported: the engine's package pulls in the Chinese tokenizer
 * (a native module) that has no place in the browser bundle. match-components.spec.ts checks these
 * numbers against the engine, so a change there fails the portal's tests.
 */
/** Points of each component at 100 %; they add up to 100. */
export const COMPONENT_WEIGHTS = {
  keywords: 70,
  capability: 14,
  domain: 9,
  evidence: 7,
} as const;
/** Share of the capability boost and of the domain fit that counts without textual fit. */
export const CAPABILITY_UNSUPPORTED = 0.2;
export const DOMAIN_UNSUPPORTED = 0.4;

export type ComponentKey = keyof MatchComponents;
export const COMPONENT_KEYS: readonly ComponentKey[] = [
  'keywords',
  'capability',
  'domain',
  'evidence',
];

export interface ComponentRow {
  key: ComponentKey;
  /** How far the component itself is reached, 0–100 (what the API sends); null: not part of the score. */
  percent: number | null;
  /** Points it adds to the score (before the factors); one decimal. */
  points: number;
  /** Its points at 100 % with a full textual fit. */
  max: number;
  /** Share of `max` that `points` is, 0–100 (the bar's length). */
  filled: number;
  /** Whether a weak textual fit cut these points down. */
  gated: boolean;
}

export interface ComponentBreakdown {
  rows: ComponentRow[];
  /** Textual fit 0–1: capability, domain and evidence count in proportion to it. */
  gate: number;
  /** Factors applied to the sum, 0–1: own AI work, and working in other domains. */
  aiFactor: number;
  fieldFactor: number;
  /** Σ points × factors, 0–100 (matches the score up to rounding when the pair is eligible). */
  total: number;
}

function clampPercent(value: number | null | undefined): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, value));
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * The points each component adds to the score. The textual fit (keywords) is the backbone; the
 * capability boost, the domain fit and the evidence count in proportion to it, so that a company
 * merely sharing a capability or a domain cannot climb on them. When the scenario states no
 * capability and none can be inferred (capability null), the capability's points go to the
 * textual fit. The sum is then scaled by the own-AI and other-field factors.
 */
export function componentBreakdown(
  components: MatchComponents,
  factors: { aiFactor?: number; fieldFactor?: number } = {},
): ComponentBreakdown {
  const fraction = (key: ComponentKey) => clampPercent(components[key]) / 100;
  const noCapability = components.capability === null;
  const keywords = fraction('keywords');
  const max: Record<ComponentKey, number> = {
    keywords:
      COMPONENT_WEIGHTS.keywords +
      (noCapability ? COMPONENT_WEIGHTS.capability : 0),
    capability: noCapability ? 0 : COMPONENT_WEIGHTS.capability,
    domain: COMPONENT_WEIGHTS.domain,
    evidence: COMPONENT_WEIGHTS.evidence,
  };
  const factor: Record<ComponentKey, number> = {
    keywords: 1,
    capability:
      CAPABILITY_UNSUPPORTED + (1 - CAPABILITY_UNSUPPORTED) * keywords,
    domain: DOMAIN_UNSUPPORTED + (1 - DOMAIN_UNSUPPORTED) * keywords,
    evidence: keywords,
  };
  const exact = (key: ComponentKey) => max[key] * fraction(key) * factor[key];
  const rows = COMPONENT_KEYS.map(
    (key): ComponentRow => ({
      key,
      percent:
        key === 'capability' && noCapability
          ? null
          : Math.round(clampPercent(components[key])),
      points: oneDecimal(exact(key)),
      max: max[key],
      filled: max[key] ? Math.round((exact(key) / max[key]) * 100) : 0,
      gated: factor[key] < 1 && fraction(key) > 0,
    }),
  );
  const aiFactor = clampPercent(factors.aiFactor ?? 100) / 100;
  const fieldFactor = clampPercent(factors.fieldFactor ?? 100) / 100;
  const sum = COMPONENT_KEYS.reduce((s, key) => s + exact(key), 0);
  return {
    rows,
    gate: keywords,
    aiFactor,
    fieldFactor,
    total: oneDecimal(Math.min(100, sum) * aiFactor * fieldFactor),
  };
}
