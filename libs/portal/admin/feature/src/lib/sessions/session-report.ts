import { MEETING_OUTCOMES, type SessionReport } from '@scenematch/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import type { Translate } from '@scenematch/portal/auth/ui/auth-errors';
import { MEETING_OUTCOME_KEYS } from '@scenematch/portal/sessions/ui/session-keys';

const OUTCOME_COLORS: Record<(typeof MEETING_OUTCOMES)[number], string> = {
  signed: '#52c41a',
  intent: '#1677ff',
  follow_up: '#faad14',
  none: '#bfbfbf',
};

/** One series of a grouped bar chart: its legend name, bar colour and a figure per category. */
export interface BarSeries {
  name: string;
  color: string;
  data: number[];
}

/**
 * The report's grouped bars: for each category its series side by side, counts on the y axis;
 * `top` leaves room for the legend, `axisLabel` sets how long category names wrap.
 */
export function groupedBarsOptions(
  categories: string[],
  series: readonly BarSeries[],
  layout: { top: number; barMaxWidth: number; axisLabel?: object },
): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: layout.top, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: categories,
      ...(layout.axisLabel && { axisLabel: layout.axisLabel }),
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({
      name: s.name,
      type: 'bar',
      barMaxWidth: layout.barMaxWidth,
      itemStyle: { color: s.color },
      data: s.data,
    })),
  };
}

/** Meetings scheduled and held per slot, side by side; `labels` names the slots (their times). */
export function bySlotChartOptions(
  t: Translate,
  report: SessionReport,
  labels: readonly string[],
): EChartsCoreOption {
  return groupedBarsOptions(
    report.bySlot.map((s) => labels[s.slot] ?? String(s.slot + 1)),
    [
      {
        name: t('sessionsAdmin.outcomes.scheduledSeries'),
        color: '#91caff',
        data: report.bySlot.map((s) => s.scheduled),
      },
      {
        name: t('sessionsAdmin.outcomes.heldSeries'),
        color: '#13a8a8',
        data: report.bySlot.map((s) => s.held),
      },
    ],
    { top: 32, barMaxWidth: 24 },
  );
}

/** The recorded outcomes as a pie (outcomes nobody chose are left out). */
export function outcomesChartOptions(t: Translate, report: SessionReport): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', formatter: t('sessionsAdmin.outcomes.pieTooltip') },
    legend: { bottom: 0 },
    series: [
      {
        name: t('sessionsAdmin.outcomes.outcomesChart'),
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        label: { formatter: '{b} {c}' },
        data: MEETING_OUTCOMES.filter((o) => report.outcomes[o] > 0).map(
          (o) => ({
            name: t(MEETING_OUTCOME_KEYS[o]),
            value: report.outcomes[o],
            itemStyle: { color: OUTCOME_COLORS[o] },
          }),
        ),
      },
    ],
  };
}
