import type { MatchComponents } from '../../core/data-access/matching.api';

/*
 * How the engine turns the four components into a score (libs/matching, matching.scoring.ts,
 * scoreTotal). Mirrored rather than imported: the engine's package pulls in the Chinese tokenizer
 * (a native module) that has no place in the browser bundle. match-components.spec.ts checks these
 * numbers against the engine, so a change there fails the portal's tests.
 */
/** Points of each component at 100 %; they add up to 100. */
export const COMPONENT_WEIGHTS = {
  capability: 40,
  keywords: 25,
  domain: 20,
  evidence: 15,
} as const;
/** Capability coverage (0–1) at which the gate is fully open. */
export const CAPABILITY_GATE = 0.3;
/** The part of the domain fit that counts without capability. */
export const DOMAIN_UNGATED = 0.25;

export type ComponentKey = keyof MatchComponents;
export const COMPONENT_KEYS: readonly ComponentKey[] = [
  'capability',
  'keywords',
  'domain',
  'evidence',
];

export interface ComponentRow {
  key: ComponentKey;
  /** How far the component itself is reached, 0–100 (what the API sends). */
  percent: number;
  /** Points it adds to the score, after the capability gate; one decimal. */
  points: number;
  /** Its points at 100 % with an open gate. */
  max: number;
  /** Share of `max` that `points` is, 0–100 (the bar's length). */
  filled: number;
  /** Whether the capability gate cut these points down. */
  gated: boolean;
}

export interface ComponentBreakdown {
  rows: ComponentRow[];
  /** 0–1: 1 once capability coverage reaches CAPABILITY_GATE. */
  gate: number;
  /** Σ points, 0–100 (matches the score up to rounding when the pair is eligible). */
  total: number;
}

function clampPercent(value: number | null | undefined): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, value));
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * The points each component adds to the score. The API sends each component as a percentage of
 * its own maximum; keywords, evidence and three quarters of the domain fit only count in
 * proportion to capability coverage (the gate), so that a company merely sharing words with a
 * scenario cannot climb on them — the breakdown shows those components cut down accordingly.
 */
export function componentBreakdown(
  components: MatchComponents,
): ComponentBreakdown {
  const fraction = (key: ComponentKey) => clampPercent(components[key]) / 100;
  const capability = fraction('capability');
  const gate = capability >= CAPABILITY_GATE ? 1 : capability / CAPABILITY_GATE;
  const factor: Record<ComponentKey, number> = {
    capability: 1,
    keywords: gate,
    domain: DOMAIN_UNGATED + (1 - DOMAIN_UNGATED) * gate,
    evidence: gate,
  };
  const rows = COMPONENT_KEYS.map((key): ComponentRow => {
    const max = COMPONENT_WEIGHTS[key];
    const exact = max * fraction(key) * factor[key];
    return {
      key,
      percent: Math.round(clampPercent(components[key])),
      points: oneDecimal(exact),
      max,
      filled: Math.round((exact / max) * 100),
      gated: factor[key] < 1 && fraction(key) > 0,
    };
  });
  const total = rows.reduce(
    (sum, r) =>
      sum + COMPONENT_WEIGHTS[r.key] * fraction(r.key) * factor[r.key],
    0,
  );
  return { rows, gate, total: oneDecimal(total) };
}
