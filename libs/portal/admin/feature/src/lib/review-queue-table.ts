import { computed, type Signal, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import type { ScenarioStatus, ScenarioView } from '@scenematch/contracts';
import { combineLatest, from, type Observable, of } from 'rxjs';
import {
  catchError,
  concatMap,
  debounceTime,
  distinctUntilChanged,
  map,
  toArray,
} from 'rxjs/operators';
import type { Translate } from '@scenematch/portal/shared/ui/text/beijing-time';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';
import type { TableColumn } from '@scenematch/portal/shared/ui/ui/data-table.component';
import type { ScenarioListQuery } from '@scenematch/portal/scenarios/data-access/scenarios.api';

export type QueueFilter = 'pending' | 'submitted' | 'approved';

export const QUEUE_STATUSES: Record<QueueFilter, ScenarioStatus[]> = {
  pending: ['submitted', 'approved'],
  submitted: ['submitted'],
  approved: ['approved'],
};

/** What the queue shows: the tab, the page, the keyword, the unit and the domain. */
export type QueueArgs = [
  QueueFilter,
  number,
  string,
  string | null,
  string | null,
];

/**
 * The queue's arguments as they change (the keyword once typing pauses). Call it in an injection
 * context (a page's field).
 */
export function queueArgs(
  filter: Signal<QueueFilter>,
  pageIndex: Signal<number>,
  q: Signal<string>,
  agency: Signal<string | null>,
  domain: Signal<string | null>,
): Observable<QueueArgs> {
  return combineLatest([
    toObservable(filter),
    toObservable(pageIndex),
    toObservable(q).pipe(
      debounceTime(300),
      map((text) => text.trim()),
      distinctUntilChanged(),
    ),
    toObservable(agency),
    toObservable(domain),
  ]);
}

/** The scenarios query of one page of the queue, newest first. */
export function queueQuery(
  [filter, page, q, agency, domain]: QueueArgs,
  pageSize: number,
): ScenarioListQuery {
  return {
    status: QUEUE_STATUSES[filter],
    sort: 'newest',
    page,
    pageSize,
    ...(q ? { q } : {}),
    ...(agency ? { agency } : {}),
    ...(domain ? { domain: [domain] } : {}),
  };
}

/** The queue's tabs: the filter and its catalogue key. */
export const QUEUE_FILTERS: ReadonlyArray<{
  value: QueueFilter;
  label: string;
}> = [
  { value: 'pending', label: 'scenarios.admin.queueFilters.pending' },
  { value: 'submitted', label: 'scenarios.admin.queueFilters.submitted' },
  { value: 'approved', label: 'scenarios.admin.queueFilters.approved' },
];

/** The columns of 场景审核 (status and actions are the page's cell templates). */
export function reviewQueueColumns(t: Translate): TableColumn<ScenarioView>[] {
  return [
    {
      key: 'title',
      title: t('agency.fields.title'),
      value: (r) => r.title,
      link: (r) => ['/scenarios', r.id],
      testId: 'queue-title',
      data: true,
    },
    {
      key: 'agency',
      title: t('scenarios.agency'),
      value: (r) => r.agency.name,
      data: true,
    },
    {
      key: 'domain',
      title: t('scenarios.domain'),
      width: '110px',
      value: (r) => r.domain.name,
      data: true,
    },
    {
      key: 'batch',
      title: t('scenarios.batch'),
      value: (r) =>
        r.batch
          ? t('scenarios.batchValue', {
              n: r.batch.number,
              name: r.batch.name,
            })
          : t('common.none'),
      data: true,
    },
    { key: 'status', title: t('scenarios.status'), width: '130px' },
    {
      key: 'submittedAt',
      title: t('scenarios.admin.submittedAt'),
      width: '150px',
      value: (r) => beijingTime(r.submittedAt),
    },
    { key: 'actions', title: t('common.actions'), width: '170px' },
  ];
}

/** Acts on the rows one after the other; each answers whether its action succeeded. */
export function inTurn<T>(
  rows: readonly T[],
  act: (row: T) => Observable<unknown>,
): Observable<boolean[]> {
  return from(rows).pipe(
    concatMap((row) =>
      act(row).pipe(
        map(() => true),
        catchError(() => of(false)),
      ),
    ),
    toArray(),
  );
}

/** The ticked rows of a page: ids kept across reloads, and only the rows still on the page count. */
export class RowSelection<T extends { id: string }> {
  private readonly ids = signal<ReadonlySet<string>>(new Set());

  constructor(private readonly rows: () => readonly T[]) {}

  readonly selected = computed(() => {
    const ids = this.ids();
    return this.rows().filter((r) => ids.has(r.id));
  });
  readonly all = computed(
    () =>
      this.rows().length > 0 && this.selected().length === this.rows().length,
  );
  readonly some = computed(() => this.selected().length > 0 && !this.all());
  readonly has = (row: T): boolean => this.ids().has(row.id);

  toggle(id: string, on: boolean): void {
    const next = new Set(this.ids());
    if (on) next.add(id);
    else next.delete(id);
    this.ids.set(next);
  }

  toggleAll(on: boolean): void {
    this.ids.set(new Set(on ? this.rows().map((r) => r.id) : []));
  }

  clear(): void {
    this.ids.set(new Set());
  }
}
