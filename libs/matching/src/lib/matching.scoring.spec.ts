import { CHANCE_OVERLAP, CORE_CAPABILITIES, lexicalFit, requiredMass, totalUpperBound, scoreTotal } from './matching.scoring';
import type { ScenarioProfile } from './matching.types';

const scenario = (capabilities: Array<[string, number]>) => ({ capabilities }) as unknown as ScenarioProfile;

describe('score scale', () => {
  it('counts a sliver of shared words as chance: below the knee the textual fit falls with the square of the coverage', () => {
    const full = 0.4;
    // One common word (a tenth of a full fit) counts a quarter as much as before; half a fit and more as before.
    expect(lexicalFit(0.1 * full, full)).toBeCloseTo(0.1 * (0.1 / CHANCE_OVERLAP));
    expect(lexicalFit(CHANCE_OVERLAP * full, full)).toBeCloseTo(CHANCE_OVERLAP);
    expect(lexicalFit(0.5 * full, full)).toBeCloseTo(0.5);
    expect(lexicalFit(2 * full, full)).toBe(1);
    // Never above the linear coverage, so the index's bound still bounds every pair.
    for (let x = 0; x <= 1.2; x += 0.05) {
      expect(lexicalFit(x * full, full)).toBeLessThanOrEqual(Math.min(1, x) + 1e-12);
      expect(scoreTotal(2, 2, x * full, 1, 2, 2, full, 1)).toBeLessThanOrEqual(totalUpperBound(x * full, full, 1));
    }
  });

  it('reads a kind’s capabilities as a menu: the heaviest ones make full coverage, stated ones are each required', () => {
    // A hotline title: large models and NLP first, then knowledge graphs, speech, agents.
    const menu = scenario([['llm', 1], ['nlp', 1], ['kg', 0.6], ['speech', 0.5], ['agent', 0.5]]);
    expect(CORE_CAPABILITIES).toBe(2);
    expect(requiredMass(menu)).toBe(2);
    // A supplier strong in the first two covers it fully (the total equals that of covering all five).
    expect(scoreTotal(2, 0, 0.4, 1, 0, requiredMass(menu), 0.4, 1)).toBeCloseTo(scoreTotal(3.6, 0, 0.4, 1, 0, requiredMass(menu), 0.4, 1));
    // Three capabilities stated by the author: all three are required.
    expect(requiredMass(scenario([['a', 1], ['b', 1], ['c', 1], ['d', 0.5]]))).toBe(3);
    expect(requiredMass(scenario([['a', 0.8]]))).toBe(0.8);
  });
});
