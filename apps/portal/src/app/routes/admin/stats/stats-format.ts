import type { ParamMap } from '@angular/router';
import type { MeetingOutcome, StatsFunnelStep, StatsOverview } from '@scenematch/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import type { StatsFilters } from '../../../core/data-access/stats.api';

/** Looks a catalogue key up in the reader's language (LanguageService.t in components). */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The funnel's stages, worded here from their keys (the API's labels are Chinese). */
const FUNNEL_KEYS: Record<StatsFunnelStep['key'], string> = {
  published: 'stats.dashboard.funnelSteps.published',
  applied: 'stats.dashboard.funnelSteps.applied',
  awarded: 'stats.dashboard.funnelSteps.awarded',
  accepted: 'stats.dashboard.funnelSteps.accepted',
};
/** Meeting outcomes, and `pending` for a meeting whose outcome is not recorded yet. */
const OUTCOME_KEYS: Record<MeetingOutcome | 'pending', string> = {
  intent: 'stats.dashboard.outcomes.intent',
  signed: 'stats.dashboard.outcomes.signed',
  follow_up: 'stats.dashboard.outcomes.follow_up',
  none: 'stats.dashboard.outcomes.none',
  pending: 'stats.dashboard.outcomes.pending',
};
const SERIES_KEYS = {
  scenariosPublished: 'stats.dashboard.series.scenariosPublished',
  applicationsSubmitted: 'stats.dashboard.series.applicationsSubmitted',
  awardsConfirmed: 'stats.dashboard.series.awardsConfirmed',
  meetingsHeld: 'stats.dashboard.series.meetingsHeld',
} as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The dashboard's filters as the URL holds them (`?from=&to=&batchId=&domain=`); malformed values are dropped. */
export function statsFiltersFromParams(
  params: ParamMap,
): Required<StatsFilters> {
  const date = (key: string) => {
    const value = params.get(key);
    return value && ISO_DATE.test(value) ? value : null;
  };
  const batchId = params.get('batchId');
  return {
    from: date('from'),
    to: date('to'),
    batchId: batchId && UUID.test(batchId) ? batchId : null,
    domain: params.get('domain') || null,
  };
}

/** Quarters from the first one with data (2025Q1) to the current one, newest first. */
export function quarterOptions(
  today: Date,
  first = { year: 2025, quarter: 1 },
): string[] {
  const china = new Date(today.getTime() + 8 * 3600_000);
  let year = china.getUTCFullYear();
  let quarter = Math.floor(china.getUTCMonth() / 3) + 1;
  const result: string[] = [];
  while (
    year > first.year ||
    (year === first.year && quarter >= first.quarter)
  ) {
    result.push(`${year}Q${quarter}`);
    quarter -= 1;
    if (quarter === 0) [year, quarter] = [year - 1, 4];
  }
  return result;
}

/** A `Date` picked in the browser as the calendar day it shows. */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `YYYY-MM-DD` as a local `Date` for the range picker. */
export function dateOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export interface StatsFigure {
  key: string;
  label: string;
  value: string;
  hint?: string;
}

/** The figure cards above the charts, in reading order. */
export function statsFigures(o: StatsOverview, t: Translate): StatsFigure[] {
  const p = o.sessions.participants;
  const count = (n: number) => n.toLocaleString('zh-CN');
  return [
    {
      key: 'published',
      label: t('stats.dashboard.figures.published'),
      value: count(o.scenarios.published),
    },
    {
      key: 'applications',
      label: t('stats.dashboard.figures.applications'),
      value: count(o.applications.submitted),
    },
    {
      key: 'shortlisted',
      label: t('stats.dashboard.figures.shortlisted'),
      value: count(o.applications.shortlisted),
    },
    {
      key: 'awards-proposed',
      label: t('stats.dashboard.figures.awardsProposed'),
      value: count(o.awards.proposed),
    },
    {
      key: 'awards-confirmed',
      label: t('stats.dashboard.figures.awardsConfirmed'),
      value: count(o.awards.confirmed),
    },
    { key: 'pilots', label: t('stats.dashboard.figures.pilots'), value: count(o.pilots) },
    { key: 'acceptances', label: t('stats.dashboard.figures.acceptances'), value: count(o.acceptances) },
    {
      key: 'coverage',
      label: t('stats.dashboard.figures.coverage'),
      value: `${(o.coverage.ratio * 100).toFixed(1)}%`,
      hint: t('stats.dashboard.figures.coverageHint', {
        covered: o.coverage.covered,
        open: o.coverage.open,
        n: o.filters.minMatches,
        score: o.filters.strongScore,
      }),
    },
    {
      key: 'sessions',
      label: t('stats.dashboard.figures.sessions'),
      value: count(o.sessions.total),
      hint: t('stats.dashboard.figures.sessionsHint', { held: o.sessions.held }),
    },
    {
      key: 'participants',
      label: t('stats.dashboard.figures.participants'),
      value: count(p.total),
      hint: t('stats.dashboard.figures.participantsHint', {
        e: p.enterprises,
        a: p.agencies,
        c: p.checkedIn,
      }),
    },
    {
      key: 'meetings',
      label: t('stats.dashboard.figures.meetings'),
      value: count(o.sessions.meetingsHeld),
    },
    {
      key: 'companies',
      label: t('stats.dashboard.figures.companies'),
      value: count(o.served.companies),
      hint: t('stats.dashboard.figures.companiesHint', {
        a: o.served.companiesViaApplications,
        m: o.served.companiesViaMeetings,
        x: o.served.companiesViaMatches,
      }),
    },
    { key: 'agencies', label: t('stats.dashboard.figures.agencies'), value: count(o.served.agencies) },
  ];
}

const COLORS = [
  '#1677ff',
  '#52c41a',
  '#faad14',
  '#722ed1',
  '#13c2c2',
  '#eb2f96',
];

export function trendOptions(o: StatsOverview, t: Translate): EChartsCoreOption {
  const keys = [
    'scenariosPublished',
    'applicationsSubmitted',
    'awardsConfirmed',
    'meetingsHeld',
  ] as const;
  return {
    color: COLORS,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: o.months.map((m) => m.month),
      boundaryGap: false,
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: keys.map((key) => ({
      name: t(SERIES_KEYS[key]),
      type: 'line',
      smooth: true,
      data: o.months.map((m) => m[key]),
    })),
  };
}

export function domainOptions(o: StatsOverview, t: Translate): EChartsCoreOption {
  const rows = [...o.scenarios.byDomain].reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((r) => r.label) },
    series: [
      {
        name: t('stats.dashboard.series.scenarios'),
        type: 'bar',
        data: rows.map((r) => r.count),
        barMaxWidth: 24,
        itemStyle: { color: '#1677ff', borderRadius: [0, 4, 4, 0] },
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/**
 * The funnel as one bar per stage, top stage first: a bar is as long as its count (a stage with
 * none has no bar), the stage's name sits on the axis where it always fits, and each count carries
 * its share of the first stage. ECharts' funnel shape drew empty stages as wide as real ones and
 * its inside labels spilled out of narrow stages.
 */
export function funnelOptions(o: StatsOverview, t: Translate): EChartsCoreOption {
  const stage = (s: StatsFunnelStep) => (FUNNEL_KEYS[s.key] ? t(FUNNEL_KEYS[s.key]) : s.label);
  const top = o.funnel[0]?.count ?? 0;
  const share = (count: number) =>
    top > 0 ? `${Math.round((count / top) * 100)}%` : '—';
  return {
    color: COLORS,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
    },
    grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, max: Math.max(1, top) },
    yAxis: {
      type: 'category',
      inverse: true,
      data: o.funnel.map(stage),
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value: number }) =>
            t('stats.dashboard.charts.funnelLabel', { value: p.value, share: share(p.value) }),
        },
        data: o.funnel.map((s, i) => ({
          name: stage(s),
          value: s.count,
          itemStyle: {
            color: COLORS[i % COLORS.length],
            borderRadius: [0, 4, 4, 0],
          },
        })),
      },
    ],
  };
}

export function outcomeOptions(o: StatsOverview, t: Translate): EChartsCoreOption {
  return {
    color: ['#faad14', '#52c41a', '#1677ff', '#bfbfbf', '#d9d9d9'],
    tooltip: { trigger: 'item', formatter: t('stats.dashboard.charts.outcomeTooltip') },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        top: 0,
        bottom: 28,
        label: { formatter: '{b} {c}' },
        data: o.sessions.outcomes.map((x) => ({
          name: x.key in OUTCOME_KEYS ? t(OUTCOME_KEYS[x.key as keyof typeof OUTCOME_KEYS]) : x.label,
          value: x.count,
        })),
      },
    ],
  };
}

/**
 * What the batch-health table says when it has no row: "no open scenario" only when there is none;
 * with open scenarios hidden by the flagged-only switch it says that none needs attention (the summary above
 * counts them, the table must not contradict it).
 */
export function batchHealthEmpty(
  open: number,
  flagged: number,
  onlyFlagged: boolean,
  t: Translate,
): string {
  return onlyFlagged && open > 0 && flagged === 0
    ? t('stats.health.noneFlagged', { open })
    : t('stats.health.empty');
}
