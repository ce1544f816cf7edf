import { isSmsKind, maskPhone, normalisePhone, phoneProblem } from './phone';

describe('mainland mobile numbers', () => {
  it('normalises what people type to the 11 digits', () => {
    expect(normalisePhone('13812345678')).toBe('13812345678');
    expect(normalisePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(normalisePhone('0086 13812345678')).toBe('13812345678');
    expect(normalisePhone('86 13812345678')).toBe('13812345678');
    expect(normalisePhone('（138）1234 5678')).toBe('13812345678');
    expect(normalisePhone('１３８１２３４５６７８')).toBe('13812345678');
    expect(normalisePhone('＋8619912345678')).toBe('19912345678');
  });

  it('refuses what is not a mainland mobile number', () => {
    for (const bad of ['', '1381234567', '138123456789', '12812345678', '10012345678', '23812345678', '+1 4155552671', '1381234567a', '+85 13812345678']) {
      expect(normalisePhone(bad)).toBeNull();
    }
    expect(phoneProblem('')).toBe('请填写手机号');
    expect(phoneProblem('12812345678')).toContain('有效的中国大陆手机号');
    expect(phoneProblem('+86 13812345678')).toBeNull();
  });

  it('masks a number to its first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone('123')).toBe('****');
  });

  it('texts only the urgent kinds', () => {
    expect(isSmsKind('reminder.deadline_1d')).toBe(true);
    expect(isSmsKind('award.objection')).toBe(true);
    expect(isSmsKind('reminder.deadline_3d')).toBe(false);
    expect(isSmsKind('match.strong')).toBe(false);
  });
});
