import {
  CAPABILITY_UNSUPPORTED as ENGINE_CAPABILITY_UNSUPPORTED,
  components,
  DOMAIN_UNSUPPORTED as ENGINE_DOMAIN_UNSUPPORTED,
  SCORE_WEIGHTS,
  toScore,
} from '@scenematch/matching';
import {
  CAPABILITY_UNSUPPORTED,
  COMPONENT_WEIGHTS,
  componentBreakdown,
  DOMAIN_UNSUPPORTED,
} from './match-components';

describe('componentBreakdown', () => {
  it('uses the engine’s weights', () => {
    expect(COMPONENT_WEIGHTS).toEqual({
      capability: Math.round(SCORE_WEIGHTS.capability * 100),
      keywords: Math.round(SCORE_WEIGHTS.keywords * 100),
      domain: Math.round(SCORE_WEIGHTS.domain * 100),
      evidence: Math.round(SCORE_WEIGHTS.evidence * 100),
    });
    expect(CAPABILITY_UNSUPPORTED).toBe(ENGINE_CAPABILITY_UNSUPPORTED);
    expect(DOMAIN_UNSUPPORTED).toBe(ENGINE_DOMAIN_UNSUPPORTED);
  });

  it('adds up to the engine’s score for any pair', () => {
    // capability Σ, evidence Σ, keyword Σ, domain fit, cases, required mass, full coverage, own-AI factor
    const pairs: Array<
      [number, number, number, number, number, number, number, number]
    > = [
      [1.6, 0.9, 0.7, 1, 3, 1.6, 0.3, 1], // a strong match
      [0.2, 0.1, 0.1, 1, 0, 2, 0.3, 1], // few words in common
      [0, 0, 0.4, 0.6, 1, 0, 0.45, 1], // no capability requirement at all
      [0.5, 0.5, 0.2, 0.3, 1, 1.2, 0.45, 0.1], // a reseller
      [0.33, 0, 0.05, -1, 0, 1.1, 0.3, 1], // a company from another field
    ];
    for (const sums of pairs) {
      const engine = components(...sums);
      // What the API sends: each component as an integer percentage, and the factors.
      const sent = {
        capability: sums[5] > 0 ? toScore(engine.capability) : null,
        keywords: toScore(engine.keywords),
        domain: toScore(engine.domain),
        evidence: toScore(engine.evidence),
      };
      const breakdown = componentBreakdown(sent, {
        aiFactor: toScore(engine.ai),
        fieldFactor: toScore(engine.field),
      });
      expect(Math.abs(breakdown.total - engine.total * 100)).toBeLessThan(1.5);
      const pointSum = breakdown.rows.reduce((s, r) => s + r.points, 0);
      expect(
        Math.abs(
          pointSum * breakdown.aiFactor * breakdown.fieldFactor -
            breakdown.total,
        ),
      ).toBeLessThan(0.5);
    }
  });

  it('shows a full match as full bars worth 100 points', () => {
    const b = componentBreakdown({
      capability: 100,
      keywords: 100,
      domain: 100,
      evidence: 100,
    });
    expect(b.rows.map((r) => [r.key, r.points, r.max, r.filled])).toEqual([
      ['keywords', 70, 70, 100],
      ['capability', 14, 14, 100],
      ['domain', 9, 9, 100],
      ['evidence', 7, 7, 100],
    ]);
    expect(b.total).toBe(100);
    expect(b.rows.some((r) => r.gated)).toBe(false);
  });

  it('counts capability, domain and evidence in proportion to the textual fit', () => {
    const b = componentBreakdown({
      capability: 100,
      keywords: 50,
      domain: 100,
      evidence: 40,
    });
    const row = (key: string) => b.rows.find((r) => r.key === key);
    expect(row('keywords')).toMatchObject({ points: 35, gated: false });
    // 14 × (0.2 + 0.8 × 0.5)
    expect(row('capability')).toMatchObject({ points: 8.4, gated: true });
    // 9 × (0.4 + 0.6 × 0.5)
    expect(row('domain')).toMatchObject({ points: 6.3, gated: true });
    // 7 × 40 % × 0.5
    expect(row('evidence')).toMatchObject({ points: 1.4, gated: true });
  });

  it('gives the capability points to the text when no capability is required, and never shows 能力 as full', () => {
    const b = componentBreakdown({
      capability: null,
      keywords: 100,
      domain: 0,
      evidence: 0,
    });
    expect(b.rows.find((r) => r.key === 'capability')).toMatchObject({
      percent: null,
      points: 0,
      max: 0,
    });
    expect(b.rows.find((r) => r.key === 'keywords')).toMatchObject({
      points: 84,
      max: 84,
    });
  });

  it('scales the sum by the own-AI factor', () => {
    const b = componentBreakdown(
      { capability: 0, keywords: 100, domain: 100, evidence: 0 },
      { aiFactor: 10 },
    );
    expect(b.total).toBe(7.9); // (70 + 9) × 10 %
  });

  it('treats missing or out-of-range values as the nearest valid ones', () => {
    const b = componentBreakdown({
      capability: 140,
      keywords: -5,
      domain: Number.NaN,
      evidence: 50,
    });
    expect(b.rows.map((r) => r.percent)).toEqual([0, 100, 0, 50]);
    expect(b.total).toBe(2.8);
  });
});
