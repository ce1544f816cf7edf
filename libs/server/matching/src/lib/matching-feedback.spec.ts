import { FeedbackCandidate, FeedbackDismissal, MAX_LOWERING, rankWithFeedback, titleStats, titleTerms } from './matching-feedback';

const scenario = (id: string, title: string, domainCode: string, score: number, capabilities: string[] = []): FeedbackCandidate => ({
  id,
  title,
  domainCode,
  domainName: { health: '智慧医疗', city: '城市治理', edu: '教育教学' }[domainCode] ?? domainCode,
  capabilities,
  score,
  deadline: null,
});
const dismissed = (c: FeedbackCandidate, reason: FeedbackDismissal['reason'] = null): FeedbackDismissal => ({ ...c, reason });

const catalogue = [
  scenario('a', '医学影像辅助诊断', 'health', 90, ['计算机视觉']),
  scenario('b', '肺结节影像智能筛查', 'health', 85, ['计算机视觉']),
  scenario('c', '城市道路违停智能巡查', 'city', 80, ['计算机视觉']),
  scenario('d', '中小学作业智能批改', 'edu', 78),
  scenario('e', '基层医院慢病随访智能助手', 'health', 70, ['自然语言处理']),
  scenario('f', '城市部件智能识别', 'city', 40, ['计算机视觉']),
];

describe('rankWithFeedback (people’s signals on a company’s recommendations)', () => {
  it('keeps the engine’s order when there are no signals, and counts what the minimum leaves out', () => {
    const r = rankWithFeedback(catalogue, [], new Map(), 50);
    expect(r.ranked.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(r.belowMinScore).toBe(1);
    expect(r.ranked.every((x) => !x.lowered && !x.invitation)).toBe(true);
  });

  it('drops a dismissed scenario and pushes its look-alike below unrelated ones, saying why', () => {
    const r = rankWithFeedback(catalogue, [dismissed(catalogue[0])], new Map(), 50);
    const ids = r.ranked.map((x) => x.id);
    expect(ids).not.toContain('a');
    // 肺结节影像智能筛查 (same domain, capability and the term 影像) falls behind the unrelated 违停巡查 and 作业批改.
    expect(ids.indexOf('b')).toBeGreaterThan(ids.indexOf('c'));
    expect(ids.indexOf('b')).toBeGreaterThan(ids.indexOf('d'));
    const b = r.ranked.find((x) => x.id === 'b');
    expect(b?.score).toBe(85);
    expect(b?.lowered?.points).toBeGreaterThan(10);
    expect(b?.lowered?.points).toBeLessThanOrEqual(MAX_LOWERING);
    expect(b?.lowered?.because).toEqual([{ scenarioId: 'a', title: '医学影像辅助诊断' }]);
    expect(b?.lowered?.shared.join(' ')).toMatch(/同属智慧医疗/);
    expect(b?.lowered?.shared.join(' ')).toMatch(/影像/);
    // Another field is untouched.
    expect(r.ranked.find((x) => x.id === 'c')?.lowered).toBeNull();
  });

  it('reads the reason: 领域不符 lowers the whole domain, 已有合作 only removes the one scenario', () => {
    const byDomain = rankWithFeedback(catalogue, [dismissed(catalogue[0], 'domain')], new Map(), 0);
    expect(byDomain.ranked.find((x) => x.id === 'e')?.lowered?.shared).toContain('同属智慧医疗');
    const general = rankWithFeedback(catalogue, [dismissed(catalogue[0])], new Map(), 0);
    expect(general.ranked.find((x) => x.id === 'e')?.lowered).toBeNull();
    const partnered = rankWithFeedback(catalogue, [dismissed(catalogue[0], 'partnered')], new Map(), 0);
    expect(partnered.ranked.map((x) => x.id)).toEqual(['b', 'c', 'd', 'e', 'f']);
    expect(partnered.ranked.every((x) => !x.lowered)).toBe(true);
  });

  it('lowers less for 规模不符 than without a reason', () => {
    const plain = rankWithFeedback(catalogue, [dismissed(catalogue[0])], new Map(), 0).ranked.find((x) => x.id === 'b');
    const scale = rankWithFeedback(catalogue, [dismissed(catalogue[0], 'scale')], new Map(), 0).ranked.find((x) => x.id === 'b');
    expect(scale?.lowered?.points ?? 0).toBeLessThan(plain?.lowered?.points ?? 0);
  });

  it('puts invited scenarios first, newest invitation first, even below the minimum', () => {
    const invitations = new Map([
      ['f', { by: '市城管局', at: '2026-12-01T02:00:00.000Z', message: '' }],
      ['d', { by: '市教育局', at: '2026-12-02T02:00:00.000Z', message: '欢迎申报' }],
    ]);
    const r = rankWithFeedback(catalogue, [], invitations, 50);
    expect(r.ranked.slice(0, 2).map((x) => x.id)).toEqual(['d', 'f']);
    expect(r.ranked[0].invitation?.by).toBe('市教育局');
    expect(r.belowMinScore).toBe(0);
  });

  it('takes a title’s words and Latin runs, case-folded, not bigrams across words', () => {
    expect([...titleTerms('多语种AI导游导览')].sort()).toEqual(['ai', '导游', '导览'].sort());
    expect([...titleTerms('医学影像辅助诊断')].sort()).toEqual(['医学', '影像', '辅助', '诊断'].sort());
    expect(titleTerms('ＣＴ影像质控')).toContain('ct');
  });

  it('weighs title terms over the whole catalogue when given: a filter does not change a lowering, a common word does not make look-alikes', () => {
    // The catalogue holds every scenario anyone may see, the dismissed one and the candidates included.
    const catalogueTitles = [
      ...catalogue.map((c) => c.title),
      '病房巡视影像辅助诊断',
      '临床辅助决策',
      '手术辅助规划',
      '药品辅助审方',
      '辅助驾驶路测',
      '教学辅助评估',
      '肺部影像随访',
    ];
    const corpus = titleStats(catalogueTitles.map(titleTerms));
    const clinical = scenario('g', '临床辅助决策', 'health', 80);
    const imaging = scenario('h', '病房巡视影像辅助诊断', 'health', 90, ['计算机视觉']);
    const all = [imaging, clinical, ...catalogue.slice(1)];
    const full = rankWithFeedback(all, [dismissed(imaging, 'capability')], new Map(), 0, corpus);
    const narrowed = rankWithFeedback([imaging, catalogue[1]], [dismissed(imaging, 'capability')], new Map(), 0, corpus);
    const nodule = (r: typeof full) => r.ranked.find((x) => x.id === 'b')?.lowered?.points;
    expect(nodule(full)).toBeGreaterThan(0);
    expect(nodule(narrowed)).toBe(nodule(full));
    // 辅助 is in many titles: sharing it alone is no resemblance.
    expect(full.ranked.find((x) => x.id === 'g')?.lowered).toBeNull();
  });
});
