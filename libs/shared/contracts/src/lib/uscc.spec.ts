import { buildUscc, isValidUscc, usccCheckCharacter, usccProblem } from './uscc';

describe('USCC (GB 32100-2015)', () => {
  it('accepts published example codes', () => {
    expect(usccProblem('91350100M000100Y43')).toBeNull();
    expect(isValidUscc('91110000600037341L')).toBe(true);
  });

  it('names a wrong check character', () => {
    expect(usccProblem('91350100M000100Y44')).toBe('checkCharacter');
  });

  it('names a wrong organisation-code check (characters 9-17)', () => {
    // Change character 17 and recompute character 18 so only the GB 11714 check is wrong.
    const code = buildUscc('91', '440300', 'MA5F0001') ?? buildUscc('91', '440300', 'MA5F0002');
    expect(code).not.toBeNull();
    const broken17 = code!.slice(0, 16) + (code![16] === '1' ? '2' : '1');
    const fixed = broken17 + usccCheckCharacter(broken17);
    expect(usccProblem(fixed)).toBe('orgCodeCheck');
  });

  it('rejects letters outside the 31-character alphabet and wrong lengths', () => {
    expect(usccProblem('91350100M000100YI3')).toBe('charset');
    expect(usccProblem('91350100M000100Y4')).toBe('length');
    expect(usccProblem('91AB0100M000100Y43')).toBe('division');
  });

  it('maps a computed 31 to the check character 0 and normalises case', () => {
    // Search for a body whose check character is 0 to exercise the 31 → 0 rule.
    let found: string | null = null;
    for (let n = 0; n < 5000 && !found; n++) {
      const c = buildUscc('91', '440300', String(10000000 + n));
      if (c && c.endsWith('0')) found = c;
    }
    expect(found).not.toBeNull();
    expect(isValidUscc(found!.toLowerCase())).toBe(true);
  });
});
