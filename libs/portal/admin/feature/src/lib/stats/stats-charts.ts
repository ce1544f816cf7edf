import type {
  MeetingOutcome,
  StatsFunnelStep,
  StatsOverview,
} from '@scenematch/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import type { Translate } from './translate';

/* The dashboard's charts as ECharts options, worded in the reader's language. */

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

const COLORS = [
  '#1677ff',
  '#52c41a',
  '#faad14',
  '#722ed1',
  '#13c2c2',
  '#eb2f96',
];

export function trendOptions(
  o: StatsOverview,
  t: Translate,
): EChartsCoreOption {
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

export function domainOptions(
  o: StatsOverview,
  t: Translate,
): EChartsCoreOption {
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
export function funnelOptions(
  o: StatsOverview,
  t: Translate,
): EChartsCoreOption {
  const stage = (s: StatsFunnelStep) =>
    FUNNEL_KEYS[s.key] ? t(FUNNEL_KEYS[s.key]) : s.label;
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
            t('stats.dashboard.charts.funnelLabel', {
              value: p.value,
              share: share(p.value),
            }),
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

export function outcomeOptions(
  o: StatsOverview,
  t: Translate,
): EChartsCoreOption {
  return {
    color: ['#faad14', '#52c41a', '#1677ff', '#bfbfbf', '#d9d9d9'],
    tooltip: {
      trigger: 'item',
      formatter: t('stats.dashboard.charts.outcomeTooltip'),
    },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        top: 0,
        bottom: 28,
        label: { formatter: '{b} {c}' },
        data: o.sessions.outcomes.map((x) => ({
          name:
            x.key in OUTCOME_KEYS
              ? t(OUTCOME_KEYS[x.key as keyof typeof OUTCOME_KEYS])
              : x.label,
          value: x.count,
        })),
      },
    ],
  };
}
