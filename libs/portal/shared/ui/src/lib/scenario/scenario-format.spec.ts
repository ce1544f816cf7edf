import { translator } from '@scenematch/portal/testing/transloco';
import { formatBudget, revisionChanges, toWan } from './scenario-format';

const t = translator('zh-CN');
const en = translator('en');

describe('budget in 万元', () => {
  it.each([
    [500000, '50'],
    [1234567, '123.46'],
    [10000, '1'],
    [15000, '1.5'],
    [0, '0'],
  ])('%d 元 is %s 万元', (yuan, wan) => expect(toWan(yuan)).toBe(wan));

  it('formats ranges, single bounds and no budget', () => {
    expect(formatBudget(500000, 800000, t)).toBe('50–80 万元');
    expect(formatBudget(500000, 500000, t)).toBe('50 万元');
    expect(formatBudget(500000, null, t)).toBe('不低于 50 万元');
    expect(formatBudget(null, 2000000, t)).toBe('不超过 200 万元');
    expect(formatBudget(null, null, t)).toBe('面议');
  });

  it('writes the budget in English when the reader chose English', () => {
    expect(formatBudget(500000, 800000, en)).toBe('50–80 × 10k CNY');
    expect(formatBudget(null, null, en)).toBe('Negotiable');
  });
});

describe('revisionChanges', () => {
  const names = {
    domainName: (code: string) => ({ health: '智慧医疗' })[code] ?? code,
    capabilityName: (code: string) =>
      ({ cv: '计算机视觉', llm: '大模型' })[code] ?? code,
  };

  it('names the fields in Chinese and shows codes as names', () => {
    expect(
      revisionChanges(
        {
          title: { from: '旧名称', to: '新名称' },
          domainCode: { from: 'gov', to: 'health' },
          capabilityCodes: { from: [], to: ['cv', 'llm'] },
          budgetMax: { from: null, to: 800000 },
          deadline: { from: '2026-01-01', to: '2026-03-31T09:00:00.000Z' },
        },
        names,
        t,
      ),
    ).toEqual([
      { field: 'title', label: '场景名称', from: '旧名称', to: '新名称' },
      { field: 'domainCode', label: '应用领域', from: 'gov', to: '智慧医疗' },
      {
        field: 'capabilityCodes',
        label: '能力需求',
        from: '未填写',
        to: '计算机视觉、大模型',
      },
      { field: 'budgetMax', label: '预算上限', from: '未填写', to: '80 万元' },
      {
        field: 'deadline',
        label: '截止时间',
        from: '2026-01-01',
        to: '2026-03-31 17:00',
      },
    ]);
  });

  it('keeps an unknown field under its own name', () => {
    expect(
      revisionChanges({ extra: { from: 'a', to: 'b' } }, names, t),
    ).toEqual([{ field: 'extra', label: 'extra', from: 'a', to: 'b' }]);
  });
});
