import { DEFAULT_RUBRIC, type ApplicationView } from '@scenematch/contracts';
import {
  applicationActions,
  beforeDeadline,
  chinaToday,
  formatQuote,
  formCheckBlocked,
  noticeRemaining,
  weightedTotalDisplay,
  weightShare,
} from './application-format';
import { translator } from '@scenematch/portal/testing/transloco';

const zh = translator('zh-CN');

const app = (
  status: ApplicationView['status'],
  deadline: string | null = null,
  companyId = 'org-1',
) => ({
  status,
  company: { id: companyId, name: '鹏知医疗' },
  scenario: {
    id: 's',
    title: '医学影像辅助诊断',
    agency: '市卫健委',
    deadline,
  },
});

describe('weightedTotalDisplay', () => {
  it('weights the scores by the rubric', () => {
    const total = weightedTotalDisplay(
      { solution: 90, team: 80, cases: 70, price: 60 },
      DEFAULT_RUBRIC,
    );
    // (40·90 + 20·80 + 20·70 + 20·60) / 100
    expect(total).toEqual({ text: '78.00', value: 78, complete: true });
  });

  it('counts criteria not scored yet as 0 and says it is incomplete', () => {
    const total = weightedTotalDisplay(
      { solution: 85, team: null },
      DEFAULT_RUBRIC,
    );
    expect(total).toEqual({ text: '34.00', value: 34, complete: false });
  });

  it('rounds to two decimals with uneven weights', () => {
    const rubric = [
      { code: 'a', name: 'A', weight: 1 },
      { code: 'b', name: 'B', weight: 2 },
    ];
    expect(weightedTotalDisplay({ a: 100, b: 0 }, rubric).text).toBe('33.33');
    expect(weightShare(rubric[1], rubric)).toBe('66.7%');
    expect(weightShare(DEFAULT_RUBRIC[0], DEFAULT_RUBRIC)).toBe('40%');
  });
});

describe('applicationActions', () => {
  const now = new Date('2025-06-10T04:00:00Z');

  it('lets the company edit, submit and withdraw a draft before the deadline', () => {
    expect(
      applicationActions(
        app('draft', '2025-06-10T17:00:00+08:00'),
        'org-1',
        now,
      ),
    ).toEqual(['edit', 'submit', 'withdraw']);
    expect(applicationActions(app('submitted'), 'org-1', now)).toEqual([
      'edit',
      'withdraw',
    ]);
  });

  it('offers nothing after the deadline, in later states or to consortium members', () => {
    expect(
      applicationActions(
        app('submitted', '2025-06-09T17:00:00+08:00'),
        'org-1',
        now,
      ),
    ).toEqual([]);
    expect(applicationActions(app('shortlisted'), 'org-1', now)).toEqual([]);
    expect(applicationActions(app('draft'), 'org-2', now)).toEqual([]);
  });

  it('counts deadlines in Beijing time', () => {
    // 17:00 UTC on the 9th is already the 10th in Beijing.
    const late = new Date('2025-06-09T17:00:00Z');
    expect(chinaToday(late)).toBe('2025-06-10');
    expect(beforeDeadline('2025-06-09T17:00:00+08:00', late)).toBe(false);
    expect(beforeDeadline(null, late)).toBe(true);
  });

  it('closes at the deadline’s very second, a point in time', () => {
    const deadline = '2025-06-10T17:00:00+08:00';
    expect(beforeDeadline(deadline, new Date('2025-06-10T08:59:59Z'))).toBe(
      true,
    );
    expect(beforeDeadline(deadline, new Date('2025-06-10T09:00:00Z'))).toBe(
      false,
    );
    expect(beforeDeadline(deadline, new Date('2025-06-10T09:00:01Z'))).toBe(
      false,
    );
  });
});

describe('formats', () => {
  it('shows a quote in 元 and 万元', () => {
    expect(formatQuote(1_200_000, zh)).toBe('¥1,200,000（120 万元）');
    expect(formatQuote(1_200_000, translator('en'))).toBe('¥1,200,000 (120 × 10k)');
  });

  it('counts down a notice period in days and hours', () => {
    const now = new Date('2025-06-10T00:00:00Z');
    expect(noticeRemaining('2025-06-12T05:00:00Z', now)).toEqual({
      days: 2,
      hours: 5,
    });
    expect(noticeRemaining('2025-06-09T00:00:00Z', now)).toBeNull();
  });
});

describe('formCheckBlocked (通过/不通过 before the deadline)', () => {
  const now = new Date('2026-12-06T10:00:00+08:00');

  it('keeps the buttons off before the deadline and says why', () => {
    const reason = formCheckBlocked(
      { status: 'published', deadline: '2026-12-20T17:00:00+08:00' },
      zh,
      now,
    );
    expect(reason).toContain('2026-12-20 17:00');
    expect(reason).toContain('后方可形式审查');
    // The deadline day itself is still open for bids.
    expect(
      formCheckBlocked(
        { status: 'published', deadline: '2026-12-06T17:00:00+08:00' },
        zh,
        now,
      ),
    ).not.toBeNull();
    expect(
      formCheckBlocked({ status: 'published', deadline: null }, zh, now),
    ).toContain('未设截止时间');
  });

  it('turns them on once the deadline has passed or the scenario has closed', () => {
    expect(
      formCheckBlocked(
        { status: 'published', deadline: '2026-12-05T17:00:00+08:00' },
        zh,
        now,
      ),
    ).toBeNull();
    expect(
      formCheckBlocked({ status: 'closed', deadline: '2026-12-20' }, zh, now),
    ).toBeNull();
    expect(
      formCheckBlocked({ status: 'evaluating', deadline: null }, zh, now),
    ).toBeNull();
  });
});
