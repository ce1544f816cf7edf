import type { FailedJobView, StuckOutboxView } from '@scenematch/contracts';
import type {
  TableButton,
  TableColumn,
} from '@scenematch/portal/shared/ui/ui/data-table.component';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';
import type { Translate } from '../stats/stats-format';
import { ID_KEYS, jobAge } from './job-keys';

/** The failed-jobs table's columns, titles translated by `t`, with the row's `buttons`. */
export function failedColumns(
  t: Translate,
  buttons: TableButton<FailedJobView>[],
): TableColumn<FailedJobView>[] {
  return [
    { key: 'job', title: t('admin.jobs.columns.job') },
    { key: 'reason', title: t('admin.jobs.columns.reason') },
    { key: 'ids', title: t('admin.jobs.columns.ids') },
    {
      key: 'attempts',
      title: t('admin.jobs.columns.attempts'),
      width: '64px',
      value: (j) => `${j.attemptsMade}/${j.attempts}`,
    },
    {
      key: 'failedAt',
      title: t('admin.jobs.columns.failedAt'),
      width: '150px',
      value: (j) => beijingTime(j.failedAt),
    },
    { key: 'actions', title: t('common.actions'), width: '140px', buttons },
  ];
}

/** The stuck-outbox table's columns, titles, states and ages translated by `t`, with the row's `buttons`. */
export function stuckColumns(
  t: Translate,
  buttons: TableButton<StuckOutboxView>[],
): TableColumn<StuckOutboxView>[] {
  return [
    { key: 'job', title: t('admin.jobs.columns.job') },
    {
      key: 'state',
      title: t('admin.jobs.columns.state'),
      width: '80px',
      tag: (r) => ({
        text: t(r.state === 'failed' ? 'admin.jobs.states.failed' : 'admin.jobs.states.not_relayed'),
        color: r.state === 'failed' ? 'error' : 'warning',
      }),
    },
    {
      key: 'age',
      title: t('admin.jobs.columns.age'),
      width: '100px',
      value: (r) => jobAge(r.ageSeconds, t),
    },
    { key: 'ids', title: t('admin.jobs.columns.ids') },
    {
      key: 'enqueueCount',
      title: t('admin.jobs.columns.enqueueCount'),
      width: '72px',
      value: (r) => r.enqueueCount,
    },
    { key: 'lastError', title: t('admin.jobs.columns.lastError') },
    { key: 'actions', title: t('common.actions'), width: '110px', buttons },
  ];
}

/** A job's ids with their names in the reader's language; an unknown id shows its key. */
export function idEntries(
  ids: Record<string, string>,
  t: Translate,
): Array<{ label: string; value: string }> {
  return Object.entries(ids).map(([key, value]) => ({
    label: ID_KEYS[key] ? t(ID_KEYS[key]) : key,
    value,
  }));
}
