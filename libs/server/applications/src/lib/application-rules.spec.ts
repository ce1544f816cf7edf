import { biddingClosed, biddingRefusal, BiddingWindow, eligibilityProblems, EligibilityRules, factsNeeded, mayMove } from './application-rules';

const deadline = new Date('2026-03-01T09:00:00Z');
const before = new Date(deadline.getTime() - 1000);
const open: BiddingWindow = { status: 'published', deadlineAt: deadline, opened: false, opensOn: '2026-02-01' };

describe('deadlines', () => {
  it('closes bidding at the deadline’s very second, and for a scenario no longer published', () => {
    expect(biddingClosed(deadline, 'published', before)).toBe(false);
    expect(biddingClosed(deadline, 'published', deadline)).toBe(true);
    expect(biddingClosed(deadline, 'published', new Date(deadline.getTime() + 1))).toBe(true);
    expect(biddingClosed(null, 'published', before)).toBe(false);
    expect(biddingClosed(null, 'closed', before)).toBe(true);
  });

  it('takes a bid only while published, before the deadline and the opening, from the batch’s first day', () => {
    expect(biddingRefusal(open, '2026-02-15', before)).toBeNull();
    expect(biddingRefusal({ ...open, status: 'closed' }, '2026-02-15', before)).toBe('not_published');
    expect(biddingRefusal(open, '2026-02-15', deadline)).toBe('deadline_passed');
    expect(biddingRefusal({ ...open, opened: true }, '2026-02-15', before)).toBe('opened');
    expect(biddingRefusal(open, '2026-01-31', before)).toBe('not_yet_open');
    expect(biddingRefusal(open, '2026-02-01', before)).toBeNull();
    expect(biddingRefusal({ ...open, opensOn: null }, '2026-01-01', before)).toBeNull();
  });
});

describe('state transitions', () => {
  it('submits a draft only', () => {
    expect(mayMove('submit', 'draft')).toBe(true);
    for (const status of ['submitted', 'withdrawn', 'shortlisted', 'rejected', 'under_review', 'selected', 'not_selected'] as const) {
      expect(mayMove('submit', status)).toBe(false);
    }
  });

  it('edits and withdraws a draft or a submitted application, nothing further on', () => {
    for (const action of ['edit', 'withdraw'] as const) {
      expect(mayMove(action, 'draft')).toBe(true);
      expect(mayMove(action, 'submitted')).toBe(true);
      for (const status of ['withdrawn', 'shortlisted', 'rejected', 'under_review', 'selected', 'not_selected'] as const) {
        expect(mayMove(action, status)).toBe(false);
      }
    }
  });

  it('form-checks a submitted application only', () => {
    expect(mayMove('formCheck', 'submitted')).toBe(true);
    expect(mayMove('formCheck', 'draft')).toBe(false);
    expect(mayMove('formCheck', 'shortlisted')).toBe(false);
    expect(mayMove('formCheck', 'withdrawn')).toBe(false);
  });
});

describe('eligibility (申报条件)', () => {
  const none: EligibilityRules = { batchId: 'b1', maxApplicationsPerCompany: null, requiredCertifications: null, excludePreviousWinners: null };

  it('looks up only what the batch’s rules ask for', () => {
    expect(factsNeeded(none)).toEqual({ batchCount: false, certifications: false, previousWins: false });
    expect(factsNeeded({ ...none, maxApplicationsPerCompany: 2 })).toEqual({ batchCount: true, certifications: false, previousWins: false });
    expect(factsNeeded({ ...none, batchId: null, maxApplicationsPerCompany: 2 }).batchCount).toBe(false);
    expect(factsNeeded({ ...none, requiredCertifications: [] }).certifications).toBe(false);
    expect(factsNeeded({ ...none, requiredCertifications: ['ISO27001'], excludePreviousWinners: true })).toEqual({ batchCount: false, certifications: true, previousWins: true });
  });

  it('limits the applications per company in a batch (the limit itself is refused)', () => {
    const rules = { ...none, maxApplicationsPerCompany: 2 };
    expect(eligibilityProblems(rules, { otherApplicationsInBatch: 1 })).toEqual([]);
    expect(eligibilityProblems(rules, { otherApplicationsInBatch: 2 })).toEqual(['本批次每家企业最多申报 2 个场景']);
  });

  it('names each required certification the company does not hold', () => {
    const rules = { ...none, requiredCertifications: ['ISO27001', '生成式人工智能服务备案'] };
    expect(eligibilityProblems(rules, { validCertifications: new Set(['ISO27001', '生成式人工智能服务备案']) })).toEqual([]);
    expect(eligibilityProblems(rules, { validCertifications: new Set(['ISO27001']) })).toEqual(['缺少本批次要求的资质：生成式人工智能服务备案']);
    expect(eligibilityProblems(rules, {})).toHaveLength(2);
  });

  it('refuses previous winners where the batch excludes them', () => {
    expect(eligibilityProblems({ ...none, excludePreviousWinners: true }, { previousWins: 0 })).toEqual([]);
    expect(eligibilityProblems({ ...none, excludePreviousWinners: true }, { previousWins: 1 })).toEqual(['本批次不接受此前已揭榜成功的企业申报']);
    expect(eligibilityProblems(none, { previousWins: 3, otherApplicationsInBatch: 9 })).toEqual([]);
  });

  it('reports every failed rule at once', () => {
    const rules: EligibilityRules = { batchId: 'b1', maxApplicationsPerCompany: 1, requiredCertifications: ['ISO27001'], excludePreviousWinners: true };
    expect(eligibilityProblems(rules, { otherApplicationsInBatch: 1, validCertifications: new Set(), previousWins: 1 })).toHaveLength(3);
  });
});
