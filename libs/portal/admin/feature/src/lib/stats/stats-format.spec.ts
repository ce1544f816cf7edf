import { Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { convertToParamMap } from '@angular/router';
import type { StatsOverview } from '@scenematch/contracts';
import {
  batchHealthEmpty,
  funnelOptions,
  quarterOptions,
  statsFigures,
  statsFiltersFromParams,
  trendOptions,
} from './stats-format';
import { translator } from '@scenematch/portal/testing/transloco';
import { startPortalComponent } from '@scenematch/portal/testing/portal-harness';
import { StatsChartComponent } from './stats-chart.component';
import { StatsOverviewComponent } from './stats-overview.component';

const t = translator('zh-CN');

const overview = {
  filters: {
    from: '2025-07-01',
    to: '2025-09-30',
    batchId: null,
    domain: null,
    minMatches: 3,
    strongScore: 70,
  },
  scenarios: { published: 1234, byDomain: [], byStatus: [], byBatch: [] },
  applications: { submitted: 3, shortlisted: 2, withdrawn: 1 },
  awards: { proposed: 1, inNotice: 0, confirmed: 1, overturned: 0 },
  pilots: 1,
  acceptances: 1,
  funnel: [
    { key: 'published', label: '已发布', count: 4 },
    { key: 'applied', label: '有申报', count: 2 },
    { key: 'awarded', label: '已揭榜', count: 1 },
    { key: 'accepted', label: '已验收', count: 1 },
  ],
  coverage: { open: 4, covered: 1, ratio: 0.25 },
  sessions: {
    total: 2,
    held: 1,
    participants: { total: 4, enterprises: 3, agencies: 1, checkedIn: 2 },
    meetingsHeld: 2,
    outcomes: [],
    followUps: [],
  },
  served: {
    companies: 5,
    companiesViaApplications: 2,
    companiesViaMeetings: 2,
    companiesViaMatches: 5,
    agencies: 1,
  },
  months: [
    {
      month: '2025-07',
      scenariosPublished: 2,
      applicationsSubmitted: 1,
      awardsConfirmed: 0,
      meetingsHeld: 0,
    },
    {
      month: '2025-08',
      scenariosPublished: 1,
      applicationsSubmitted: 2,
      awardsConfirmed: 0,
      meetingsHeld: 2,
    },
  ],
} as unknown as StatsOverview;

describe('stats-format', () => {
  it('reads the filters from the URL and drops malformed values', () => {
    expect(
      statsFiltersFromParams(
        convertToParamMap({
          from: '2025-07-01',
          to: 'soon',
          batchId: 'x',
          domain: 'smart-healthcare',
        }),
      ),
    ).toEqual({
      from: '2025-07-01',
      to: null,
      batchId: null,
      domain: 'smart-healthcare',
    });
  });

  it('offers the quarters up to the current one in China, newest first', () => {
    // 2025-12-31 17:00 UTC is already 2026-01-01 in China.
    expect(quarterOptions(new Date('2025-12-31T17:00:00Z'))).toEqual([
      '2026Q1',
      '2025Q4',
      '2025Q3',
      '2025Q2',
      '2025Q1',
    ]);
    expect(quarterOptions(new Date('2025-02-01T00:00:00Z'))).toEqual([
      '2025Q1',
    ]);
  });

  it('shows the figures with separators and the coverage as a percentage', () => {
    const figures = statsFigures(overview, t);
    expect(figures.find((f) => f.key === 'published')?.value).toBe('1,234');
    expect(figures.find((f) => f.key === 'coverage')).toMatchObject({
      value: '25.0%',
      hint: '4 个在榜场景中 1 个至少有 3 家企业匹配度 ≥ 70 分',
    });
  });

  it('draws one trend line per measure over the months, and the funnel in its order', () => {
    const trend = trendOptions(overview, t) as {
      xAxis: { data: string[] };
      series: Array<{ name: string; data: number[] }>;
    };
    expect(trend.xAxis.data).toEqual(['2025-07', '2025-08']);
    expect(trend.series.map((s) => [s.name, s.data])).toEqual([
      ['发布场景', [2, 1]],
      ['提交申报', [1, 2]],
      ['揭榜成功', [0, 0]],
      ['洽谈场次', [0, 2]],
    ]);
    const funnel = funnelOptions(overview, t) as {
      yAxis: { data: string[]; inverse: boolean };
      xAxis: { max: number };
      series: Array<{
        type: string;
        label: { formatter: (p: { value: number }) => string };
        data: Array<{ name: string; value: number }>;
      }>;
    };
    expect(funnel.yAxis.data).toEqual(['已发布', '有申报', '已揭榜', '已验收']);
    expect(funnel.yAxis.inverse).toBe(true);
    expect(funnel.series[0].data.map((d) => d.value)).toEqual([4, 2, 1, 1]);
    expect(funnel.series[0].label.formatter({ value: 2 })).toBe('2（50%）');
  });

  it('draws an empty stage with no bar, never as wide as a real one', () => {
    const funnel = funnelOptions({
      ...overview,
      funnel: [
        { key: 'published', label: '已发布', count: 25 },
        { key: 'applied', label: '有申报', count: 0 },
        { key: 'awarded', label: '已揭榜', count: 0 },
        { key: 'accepted', label: '已验收', count: 0 },
      ],
    }, t) as {
      xAxis: { max: number };
      series: Array<{
        type: string;
        label: { formatter: (p: { value: number }) => string };
        data: Array<{ value: number }>;
      }>;
    };
    // Bars on one value axis from 0: a 0 is drawn 0 long; the top stage spans the axis.
    expect(funnel.series[0].type).toBe('bar');
    expect(funnel.xAxis.max).toBe(25);
    expect(funnel.series[0].data.map((d) => d.value)).toEqual([25, 0, 0, 0]);
    expect(funnel.series[0].label.formatter({ value: 0 })).toBe('0（0%）');
  });
});

describe('batch health when its table is empty', () => {
  it('does not say "no open scenario" under a summary that counts open scenarios', () => {
    // 在榜场景 114 个，需关注 0 个 with 只看需关注 on: the table explains, it does not contradict.
    const text = batchHealthEmpty(114, 0, true, t);
    expect(text).not.toContain('没有在榜场景');
    expect(text).toContain('114 个在榜场景均无需关注');
    expect(batchHealthEmpty(0, 0, true, t)).toBe('没有在榜场景');
    expect(batchHealthEmpty(0, 0, false, t)).toBe('没有在榜场景');
  });

  it('speaks English to an English reader, funnel and chart series included', () => {
    const en = translator('en');
    expect(batchHealthEmpty(114, 0, true, en)).toContain('None of the 114 open scenarios');
    const funnel = funnelOptions(overview, en) as { yAxis: { data: string[] } };
    expect(funnel.yAxis.data).toEqual(['Published', 'Applied for', 'Awarded', 'Accepted']);
    const trend = trendOptions(overview, en) as { series: Array<{ name: string }> };
    expect(trend.series.map((s) => s.name)).toEqual(['Scenarios published', 'Applications', 'Awards confirmed', 'Meetings held']);
  });
});

@Component({ selector: 'sm-stats-chart', template: '<canvas></canvas>' })
class ChartStubComponent {
  readonly options = input.required<unknown>();
  readonly height = input(300);
}

describe('StatsOverviewComponent', () => {
  function render(value: StatsOverview) {
    TestBed.overrideComponent(StatsOverviewComponent, {
      remove: { imports: [StatsChartComponent] },
      add: { imports: [ChartStubComponent] },
    });
    const { fixture } = startPortalComponent(StatsOverviewComponent);
    fixture.componentRef.setInput('overview', value);
    fixture.detectChanges();
    const cards = [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>(
        'nz-card[data-testid^="chart-"]',
      ),
    ];
    return {
      cards: cards.map((c) => [
        c.dataset['testid'],
        c.querySelector('.ant-card-head-title')?.textContent?.trim(),
        c.querySelector('sm-stats-chart') ? 'chart' : c.querySelector('.empty')?.textContent?.trim(),
      ]),
      hints: cards.filter((c) => c.querySelector('.ant-card-extra nz-icon')).map((c) => c.dataset['testid']),
    };
  }

  it('draws the trend, domain, funnel and outcome cards, each titled, the funnel with its hint', () => {
    const { cards, hints } = render({
      ...overview,
      scenarios: {
        ...overview.scenarios,
        byDomain: [{ key: 'health', label: '智慧医疗', count: 3 }],
      },
    });
    expect(cards).toEqual([
      ['chart-trend', t('stats.dashboard.charts.trend'), 'chart'],
      ['chart-domains', t('stats.dashboard.charts.domains'), 'chart'],
      ['chart-funnel', t('stats.dashboard.charts.funnel'), 'chart'],
      ['chart-outcomes', t('stats.dashboard.charts.outcomes'), 'chart'],
    ]);
    expect(hints).toEqual(['chart-funnel']);
  });

  it('says there is no data in place of an empty domain or outcome chart', () => {
    const empty = t('stats.dashboard.charts.empty');
    const { cards } = render({
      ...overview,
      scenarios: { ...overview.scenarios, byDomain: [] },
      sessions: { ...overview.sessions, meetingsHeld: 0 },
    });
    expect(cards.map((c) => c[2])).toEqual(['chart', empty, 'chart', empty]);
  });
});
