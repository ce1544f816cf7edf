import type { QueueCountsView } from '@scenematch/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import type { Translate } from '../stats/stats-format';
import { queueLabel } from './job-keys';

const SERIES = [
  { key: 'waiting', name: 'admin.jobs.counts.waiting', color: '#1677ff' },
  { key: 'active', name: 'admin.jobs.counts.active', color: '#52c41a' },
  { key: 'delayed', name: 'admin.jobs.counts.delayed', color: '#faad14' },
  { key: 'failed', name: 'admin.jobs.counts.failed', color: '#ff4d4f' },
] as const;

/** Grouped bars: per queue, how many jobs wait, run, wait for a retry, and failed for good. */
export function queueCountsOptions(queues: QueueCountsView[], t: Translate): EChartsCoreOption {
  return {
    color: SERIES.map((s) => s.color),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0, itemWidth: 12, itemHeight: 10 },
    grid: { left: 8, right: 8, top: 16, bottom: 32, containLabel: true },
    xAxis: {
      type: 'category',
      data: queues.map((q) => queueLabel(q.queue, t)),
      axisTick: { show: false },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: SERIES.map((s) => ({
      name: t(s.name),
      type: 'bar',
      barMaxWidth: 22,
      label: { show: true, position: 'top', formatter: (p: { value: number }) => (p.value ? String(p.value) : '') },
      data: queues.map((q) => q[s.key]),
    })),
  };
}
