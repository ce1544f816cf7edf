import { MEETING_OUTCOMES, type SessionReport } from '@scenematch/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import type { Translate } from '../../auth/auth-errors';
import { MEETING_OUTCOME_KEYS } from '../../sessions/session-keys';

const OUTCOME_COLORS: Record<(typeof MEETING_OUTCOMES)[number], string> = {
  signed: '#52c41a',
  intent: '#1677ff',
  follow_up: '#faad14',
  none: '#bfbfbf',
};

/** Meetings scheduled and held per slot, side by side; `labels` names the slots (their times). */
export function bySlotChartOptions(
  t: Translate,
  report: SessionReport,
  labels: readonly string[],
): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: report.bySlot.map((s) => labels[s.slot] ?? String(s.slot + 1)),
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: t('sessionsAdmin.outcomes.scheduledSeries'),
        type: 'bar',
        barMaxWidth: 24,
        itemStyle: { color: '#91caff' },
        data: report.bySlot.map((s) => s.scheduled),
      },
      {
        name: t('sessionsAdmin.outcomes.heldSeries'),
        type: 'bar',
        barMaxWidth: 24,
        itemStyle: { color: '#13a8a8' },
        data: report.bySlot.map((s) => s.held),
      },
    ],
  };
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
