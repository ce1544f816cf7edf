import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import {
  ComponentFixture,
  DeferBlockBehavior,
  TestBed,
} from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, Router } from '@angular/router';
import type { Page } from '@scenematch/contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { AuthStore } from '../../../core/auth/auth.store';
import type {
  MatchExplanation,
  RecommendationView,
} from '../../../core/data-access/matching.api';
import { PORTAL_ICONS } from '../../../core/icons';
import { toIsoDate } from '../../../shared/forms/dates';
import { tokens, userView } from '../../../testing/fixtures';
import { PRODUCT_DOMAINS } from '../../../testing/product-fixtures';
import { RecommendationsPage } from './recommendations.page';

@Component({ template: '' })
class StubPage {}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

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

function page(items: RecommendationView[]): Page<RecommendationView> {
  return { items, total: items.length, page: 1, pageSize: 10 };
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

  async function open(url: string): Promise<void> {
    await TestBed.inject(Router).navigateByUrl(url);
    fixture = TestBed.createComponent(RecommendationsPage);
    element = fixture.nativeElement;
    fixture.detectChanges();
    httpMock.expectOne('/api/taxonomy/domains').flush(PRODUCT_DOMAINS);
    httpMock.expectOne('/api/taxonomy/capabilities').flush([]);
    await respond();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [RecommendationsPage],
      // The chart waits for the viewport; it is not what these tests are about.
      deferBlockBehavior: DeferBlockBehavior.Manual,
      providers: [
        provideRouter([{ path: '**', component: StubPage }]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideNzIcons(PORTAL_ICONS),
        provideNoopAnimations(),
      ],
    });
    httpMock = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setSession(
      tokens('access', 'refresh', userView('enterprise')),
    );
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
    await open('/me/recommendations');
    const { list, chart } = requests();
    list.flush(page([recommendation('s-1', '医学影像辅助诊断', 97)]));
    chart.flush(page([]));
    await respond();

    element
      .querySelector<HTMLElement>('[data-testid="recommendation-why"]')
      ?.click();
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
    await open('/me/recommendations');
    const { list, chart } = requests();
    list.flush(page([]));
    chart.flush(page([]));
    await respond();
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
});
