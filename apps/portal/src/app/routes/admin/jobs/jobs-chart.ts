import type { QueueCountsView } from '@scenematch/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { JOB_TEXTS } from '../../../core/i18n/zh-cn.jobs';

const SERIES = [
  { key: 'waiting', color: '#1677ff' },
  { key: 'active', color: '#52c41a' },
  { key: 'delayed', color: '#faad14' },
  { key: 'failed', color: '#ff4d4f' },
] as const;

/** Grouped bars: per queue, how many jobs wait, run, wait for a retry, and failed for good. */
export function queueCountsOptions(queues: QueueCountsView[]): EChartsCoreOption {
  const t = JOB_TEXTS;
  return {
    color: SERIES.map((s) => s.color),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0, itemWidth: 12, itemHeight: 10 },
    grid: { left: 8, right: 8, top: 16, bottom: 32, containLabel: true },
    xAxis: {
      type: 'category',
      data: queues.map((q) => t.queues[q.queue] ?? q.queue),
      axisTick: { show: false },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: SERIES.map((s) => ({
      name: t.counts[s.key],
      type: 'bar',
      barMaxWidth: 22,
      label: { show: true, position: 'top', formatter: (p: { value: number }) => (p.value ? String(p.value) : '') },
      data: queues.map((q) => q[s.key]),
    })),
  };
}
