import type {
  HttpTestingController,
  TestRequest,
} from '@angular/common/http/testing';
import {
  ComponentFixture,
  DeferBlockBehavior,
  TestBed,
} from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { Router } from '@angular/router';
import type {
  DismissalView,
  Page,
  RecommendationPage,
} from '@scenematch/contracts';
import type {
  MatchExplanation,
  RecommendationView,
} from '@scenematch/portal/matching/data-access/matching.api';
import { toIsoDate } from '@scenematch/portal/shared/ui/forms/dates';
import { PRODUCT_DOMAINS } from '@scenematch/portal/testing/product-fixtures';
import { RecommendationsPage } from './recommendations.page';
import {
  configurePortalTestBed,
  settle,
} from '@scenematch/portal/testing/portal-harness';

function recommendation(
  id: string,
  title: string,
  score: number,
): RecommendationView {
  return {
    scenario: {
      id,
      title,
      domain: '智慧医疗',
      agency: '市卫生健康委',
      deadline: '2030-06-30',
      batch: '“城市+AI”应用场景清单（第一批）',
      status: 'published',
    },
    score,
    reasons: ['能力匹配：计算机视觉', '同领域案例 3 个'],
  };
}

function page(
  items: RecommendationView[],
  extra: Partial<RecommendationPage> = {},
): RecommendationPage {
  return {
    items,
    total: items.length,
    page: 1,
    pageSize: 10,
    minScore: 50,
    belowMinScore: 0,
    dismissed: 0,
    ...extra,
  };
}

function dismissals(items: DismissalView[] = []): Page<DismissalView> {
  return { items, total: items.length, page: 1, pageSize: 100 };
}

const explanation: MatchExplanation = {
  scenario: { id: 's-1', title: '医学影像辅助诊断' },
  enterprise: { id: 'org-enterprise', name: '深圳鹏知医疗智能科技有限公司' },
  score: 97,
  eligible: true,
  reasons: ['能力匹配：计算机视觉'],
  whyNot: [],
  components: { capability: 100, keywords: 100, domain: 100, evidence: 83 },
  capabilitySource: 'inferred',
  aiFactor: 100,
  fieldFactor: 100,
};

/** jsdom has no IntersectionObserver, which `@defer (on viewport)` sets up even when not triggered. */
class NoIntersectionObserver {
  observe(): void {
    // nothing to watch
  }
  unobserve(): void {
    // nothing to watch
  }
  disconnect(): void {
    // nothing to watch
  }
  takeRecords(): [] {
    return [];
  }
}

describe('RecommendationsPage', () => {
  beforeAll(() => {
    globalThis.IntersectionObserver ??=
      NoIntersectionObserver as unknown as typeof IntersectionObserver;
  });

  let fixture: ComponentFixture<RecommendationsPage>;
  let httpMock: HttpTestingController;
  let element: HTMLElement;

  async function respond(): Promise<void> {
    await settle();
    await fixture.whenStable();
  }

  /** The list request and the chart's request (pageSize 100). */
  function requests(): { list: TestRequest; chart: TestRequest } {
    const all = httpMock.match((r) => r.url === '/api/me/recommendations');
    const chart = all.find((r) => r.request.params.get('pageSize') === '100');
    const list = all.find((r) => r !== chart);
    if (!list || !chart)
      throw new Error(`expected two requests, got ${all.length}`);
    return { list, chart };
  }

  async function open(
    url: string,
    dismissed: DismissalView[] = [],
  ): Promise<void> {
    await TestBed.inject(Router).navigateByUrl(url);
    fixture = TestBed.createComponent(RecommendationsPage);
    element = fixture.nativeElement;
    fixture.detectChanges();
    httpMock.expectOne('/api/taxonomy/domains').flush(PRODUCT_DOMAINS);
    httpMock.expectOne('/api/taxonomy/capabilities').flush([]);
    flushDismissed(dismissed);
    await respond();
  }

  /** Opens the list and answers it with these recommendations (the chart with none). */
  async function openWith(items: RecommendationView[]): Promise<void> {
    await open('/me/recommendations');
    const { list, chart } = requests();
    list.flush(page(items));
    chart.flush(page([]));
    await respond();
  }

  /** Clicks the element with this test id (in the page, or in `root`: the overlays). */
  function click(testId: string, root: ParentNode = element): void {
    root.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.click();
  }

  function flushDismissed(items: DismissalView[] = []): void {
    httpMock
      .expectOne((r) => r.url === '/api/me/recommendations/dismissed')
      .flush(dismissals(items));
  }

  beforeEach(() => {
    httpMock = configurePortalTestBed({
      imports: [RecommendationsPage],
      // The chart waits for the viewport; it is not what these tests are about.
      deferBlockBehavior: DeferBlockBehavior.Manual,
      providers: [provideNoopAnimations()],
      role: 'enterprise',
    });
  });

  afterEach(() => httpMock.verify());

  it('asks for what the URL says and shows the ranked cards with score and reasons', async () => {
    await open('/me/recommendations?domain=smart-healthcare&minScore=60');
    const { list, chart } = requests();
    expect(list.request.params.get('domain')).toBe('smart-healthcare');
    expect(list.request.params.get('minScore')).toBe('60');
    expect(list.request.params.get('deadlineFrom')).toBe(toIsoDate(new Date()));
    // The chart counts every domain.
    expect(chart.request.params.has('domain')).toBe(false);
    list.flush(
      page([
        recommendation('s-1', '医学影像辅助诊断', 97),
        recommendation('s-2', '临床辅助决策', 92),
      ]),
    );
    chart.flush(page([recommendation('s-1', '医学影像辅助诊断', 97)]));
    await respond();

    const cards = element.querySelectorAll(
      '[data-testid="recommendation-card"]',
    );
    expect(cards).toHaveLength(2);
    expect(cards[0].textContent).toContain('医学影像辅助诊断');
    expect(cards[0].textContent).toContain('97');
    expect(cards[0].textContent).toContain('高度匹配');
    expect(cards[0].textContent).toContain('截止 2030-06-30');
    expect(
      cards[0].querySelectorAll('[data-testid="recommendation-reason"]'),
    ).toHaveLength(2);
    expect(
      cards[0]
        .querySelector('[data-testid="recommendation-apply"]')
        ?.getAttribute('href'),
    ).toBe('/scenarios/s-1');
  });

  it('writes a changed filter to the URL, starting again at page 1', async () => {
    await open('/me/recommendations?page=3');
    const { list, chart } = requests();
    list.flush({ ...page([]), total: 0, page: 3 });
    chart.flush(page([]));
    await respond();
    const router = TestBed.inject(Router);
    fixture.componentInstance['apply']({ openOnly: false });
    await respond();
    expect(router.url).toBe('/me/recommendations?open=0');
    const next = requests();
    expect(next.list.request.params.has('deadlineFrom')).toBe(false);
    next.list.flush(page([]));
    next.chart.flush(page([]));
    await respond();
  });

  it('explains a recommendation for the user’s own company', async () => {
    await openWith([recommendation('s-1', '医学影像辅助诊断', 97)]);

    click('recommendation-why');
    await respond();
    httpMock
      .expectOne('/api/scenarios/s-1/matches/org-enterprise')
      .flush(explanation);
    await respond();
    const drawer = document.querySelector('[data-testid="explanation-drawer"]');
    expect(drawer?.textContent).toContain('97');
    expect(
      drawer?.querySelectorAll('[data-testid="component-row"]'),
    ).toHaveLength(4);
    expect(drawer?.textContent).toContain('5.8 / 7 分');
    expect(drawer?.textContent).toContain('根据标题推断');
    expect(drawer?.textContent).toContain('能力匹配：计算机视觉');
  });

  it('explains how to get recommendations when there are none', async () => {
    await openWith([]);
    const empty = element.querySelector(
      '[data-testid="recommendations-empty"]',
    );
    expect(empty?.textContent).toContain('完善企业资料');
    expect(
      empty
        ?.querySelector('[data-testid="empty-profile"]')
        ?.getAttribute('href'),
    ).toBe('/me/profile');
    expect(
      empty
        ?.querySelector('[data-testid="empty-products"]')
        ?.getAttribute('href'),
    ).toBe('/me/products');
  });
  it('opens at the default minimum and offers 显示更多 for the rest, kept in the URL', async () => {
    await open('/me/recommendations');
    const { list, chart } = requests();
    expect(list.request.params.get('minScore')).toBe('50');
    list.flush(
      page([recommendation('s-1', '医学影像辅助诊断', 97)], {
        belowMinScore: 12,
      }),
    );
    chart.flush(page([]));
    await respond();
    const more = element.querySelector<HTMLElement>(
      '[data-testid="recommendations-show-more"]',
    );
    expect(more?.textContent).toContain('另有 12 个低于 50 分的场景');
    more?.click();
    await respond();
    expect(TestBed.inject(Router).url).toBe('/me/recommendations?minScore=0');
    const next = requests();
    expect(next.list.request.params.get('minScore')).toBe('0');
    next.list.flush(page([recommendation('s-1', '医学影像辅助诊断', 97)]));
    next.chart.flush(page([]));
    await respond();
    expect(
      element.querySelector('[data-testid="recommendations-show-more"]'),
    ).toBeNull();
    expect(
      element.querySelector('[data-testid="recommendations-show-fewer"]'),
    ).not.toBeNull();
  });

  it('shows who invited the company and why a card was ranked lower', async () => {
    await open('/me/recommendations');
    const { list, chart } = requests();
    list.flush(
      page([
        {
          ...recommendation('s-2', '中小学作业智能批改', 70),
          invitation: {
            by: '市教育局',
            at: '2026-12-01T02:00:00.000Z',
            message: '欢迎申报',
          },
        },
        {
          ...recommendation('s-3', '肺结节影像智能筛查', 88),
          lowered: {
            points: 27,
            because: [{ scenarioId: 's-1', title: '医学影像辅助诊断' }],
            shared: ['同属智慧医疗', '名称相近：影像'],
          },
        },
      ]),
    );
    chart.flush(page([]));
    await respond();
    const cards = element.querySelectorAll(
      '[data-testid="recommendation-card"]',
    );
    const invited = cards[0].querySelector(
      '[data-testid="recommendation-invited"]',
    );
    expect(invited?.textContent).toContain('已受邀');
    expect(invited?.textContent).toContain('市教育局');
    expect(invited?.textContent).toContain('留言：欢迎申报');
    const lowered = cards[1].querySelector(
      '[data-testid="recommendation-lowered"]',
    );
    expect(lowered?.textContent).toContain('排序下调 27');
    expect(lowered?.textContent).toContain('「医学影像辅助诊断」');
    expect(lowered?.textContent).toContain('名称相近：影像');
    expect(lowered?.textContent).toContain('（同属智慧医疗；名称相近：影像）');
  });

  it('dismisses a recommendation with a reason and a note, then reloads the list', async () => {
    await openWith([recommendation('s-1', '医学影像辅助诊断', 97)]);
    click('recommendation-dismiss');
    await respond();
    click('dismiss-reason-capability', document);
    const note = document.querySelector<HTMLTextAreaElement>(
      '[data-testid="dismiss-note"]',
    );
    if (!note) throw new Error('no note field');
    note.value = '  不做影像  ';
    note.dispatchEvent(new Event('input'));
    click('dismiss-confirm', document);
    await respond();
    const put = httpMock.expectOne('/api/me/recommendations/s-1/dismissal');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      reason: 'capability',
      note: '不做影像',
    });
    put.flush({});
    await respond();
    const next = requests();
    next.list.flush(page([], { dismissed: 1 }));
    next.chart.flush(page([]));
    flushDismissed([
      {
        scenario: {
          id: 's-1',
          title: '医学影像辅助诊断',
          domain: '智慧医疗',
          agency: '市卫生健康委',
          status: 'published',
        },
        reason: 'capability',
        note: '不做影像',
        dismissedAt: '2026-12-06T02:00:00.000Z',
      },
    ]);
    await respond();
    const item = element.querySelector('[data-testid="dismissed-item"]');
    expect(item?.textContent).toContain('医学影像辅助诊断');
    expect(item?.textContent).toContain('能力不符');

    // 恢复
    item
      ?.querySelector<HTMLElement>('[data-testid="dismissed-restore"]')
      ?.click();
    await respond();
    const del = httpMock.expectOne('/api/me/recommendations/s-1/dismissal');
    expect(del.request.method).toBe('DELETE');
    del.flush(null);
    await respond();
    const after = requests();
    after.list.flush(page([recommendation('s-1', '医学影像辅助诊断', 97)]));
    after.chart.flush(page([]));
    flushDismissed([]);
    await respond();
    expect(element.querySelector('[data-testid="dismissed-list"]')).toBeNull();
  });
});
