import {
  CAPABILITY_GATE as ENGINE_GATE,
  components,
  SCORE_WEIGHTS,
  toScore,
} from '@scenematch/matching';
import {
  CAPABILITY_GATE,
  COMPONENT_WEIGHTS,
  componentBreakdown,
} from './match-components';

describe('componentBreakdown', () => {
  it('uses the engine’s weights and gate', () => {
    expect(COMPONENT_WEIGHTS).toEqual({
      capability: SCORE_WEIGHTS.capability * 100,
      keywords: SCORE_WEIGHTS.keywords * 100,
      domain: SCORE_WEIGHTS.domain * 100,
      evidence: SCORE_WEIGHTS.evidence * 100,
    });
    expect(CAPABILITY_GATE).toBe(ENGINE_GATE);
  });

  it('adds up to the engine’s score for any pair', () => {
    // capability Σ, evidence Σ, keyword Σ, domain fit, cases, required mass
    const pairs: Array<[number, number, number, number, number, number]> = [
      [1.6, 0.9, 0.7, 1, 3, 1.6], // a strong match
      [0.2, 0.1, 0.6, 1, 0, 2], // words only: capability 10 %, gated
      [0, 0, 0.9, 0.6, 1, 1], // no capability at all
      [0.5, 0.5, 0.2, 0.3, 1, 1.2],
      [0.33, 0, 0.05, 0, 0, 1.1], // exactly at the gate
    ];
    for (const sums of pairs) {
      const engine = components(...sums);
      // What the API sends: each component as an integer percentage.
      const sent = {
        capability: toScore(engine.capability),
        keywords: toScore(engine.keywords),
        domain: toScore(engine.domain),
        evidence: toScore(engine.evidence),
      };
      const breakdown = componentBreakdown(sent);
      expect(Math.abs(breakdown.total - engine.total * 100)).toBeLessThan(1.5);
      expect(breakdown.gate).toBeCloseTo(engine.gate, 1);
      const pointSum = breakdown.rows.reduce((s, r) => s + r.points, 0);
      expect(Math.abs(pointSum - breakdown.total)).toBeLessThan(0.3);
    }
  });

  it('shows a full match as full bars worth 100 points', () => {
    const b = componentBreakdown({
      capability: 100,
      keywords: 100,
      domain: 100,
      evidence: 83,
    });
    expect(b.rows.map((r) => [r.key, r.points, r.max, r.filled])).toEqual([
      ['capability', 40, 40, 100],
      ['keywords', 25, 25, 100],
      ['domain', 20, 20, 100],
      ['evidence', 12.5, 15, 83],
    ]);
    expect(b.total).toBe(97.5);
    expect(b.rows.some((r) => r.gated)).toBe(false);
  });

  it('cuts keywords and evidence down when capability coverage is below the gate', () => {
    const b = componentBreakdown({
      capability: 15,
      keywords: 100,
      domain: 100,
      evidence: 40,
    });
    expect(b.gate).toBeCloseTo(0.5);
    const row = (key: string) => b.rows.find((r) => r.key === key);
    expect(row('capability')).toMatchObject({ points: 6, gated: false });
    // 25 × 100 % × gate 0.5
    expect(row('keywords')).toMatchObject({
      percent: 100,
      points: 12.5,
      filled: 50,
      gated: true,
    });
    // 20 × (0.25 + 0.75 × 0.5)
    expect(row('domain')).toMatchObject({ points: 12.5, gated: true });
    // 15 × 40 % × 0.5
    expect(row('evidence')).toMatchObject({ points: 3, gated: true });
  });

  it('treats missing or out-of-range values as the nearest valid ones', () => {
    const b = componentBreakdown({
      capability: 140,
      keywords: -5,
      domain: Number.NaN,
      evidence: 50,
    });
    expect(b.rows.map((r) => r.percent)).toEqual([100, 0, 0, 50]);
    expect(b.total).toBe(47.5);
  });
});
