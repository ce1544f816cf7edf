import type { Observable } from 'rxjs';
import type {
  RebuildStatus,
  RebuildView,
} from '@scenematch/portal/matching/data-access/matching.api';
import { pollWhile } from '@scenematch/portal/core/http/poll';

/** How often a running rebuild is asked for its progress. */
export const POLL_INTERVAL_MS = 1000;

/**
 * A running rebuild's state every `intervalMs` until it is no longer running; the last value
 * (completed or failed) is emitted too, then the stream completes (see pollWhile).
 */
export function pollRebuild(
  load: (id: string) => Observable<RebuildView>,
  id: string,
  intervalMs = POLL_INTERVAL_MS,
): Observable<RebuildView> {
  return pollWhile(
    () => load(id),
    (run) => run.status === 'running',
    intervalMs,
  );
}

/** 0–100 for the progress bar: shards done of shards (0 until the work is split). */
export function rebuildPercent(run: RebuildView): number {
  if (run.status === 'completed') return 100;
  if (run.shards <= 0) return 0;
  return Math.min(100, Math.floor((run.shardsDone / run.shards) * 100));
}

/** Milliseconds from start to finish (or to `now` while it runs); null if the dates are bad. */
export function rebuildDuration(
  run: RebuildView,
  now: Date = new Date(),
): number | null {
  const start = Date.parse(run.startedAt);
  const end = run.finishedAt ? Date.parse(run.finishedAt) : now.getTime();
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  return Math.max(0, end - start);
}

/** The runs with `run` in place of its older self, or first when it is new (newest first). */
export function upsertRun(
  runs: readonly RebuildView[],
  run: RebuildView,
): RebuildView[] {
  return runs.some((r) => r.id === run.id)
    ? runs.map((r) => (r.id === run.id ? run : r))
    : [run, ...runs];
}

/** Catalogue keys of a rebuild's states. */
export const STATUS_KEYS: Record<RebuildStatus, string> = {
  running: 'matching.admin.statuses.running',
  completed: 'matching.admin.statuses.completed',
  failed: 'matching.admin.statuses.failed',
};

export const STATUS_COLORS: Record<RebuildStatus, string> = {
  running: 'processing',
  completed: 'success',
  failed: 'error',
};

export const PROGRESS_STATUS: Record<
  RebuildStatus,
  'active' | 'success' | 'exception'
> = {
  running: 'active',
  completed: 'success',
  failed: 'exception',
};

/** How long a rebuild took, in the reader's words (— while it has not finished). */
export function durationText(
  run: RebuildView,
  t: (key: string, params?: Record<string, unknown>) => string,
): string {
  const ms = rebuildDuration(run);
  if (ms === null) return '—';
  if (ms < 1000) return t('matching.admin.durationMs', { ms });
  if (ms < 60_000)
    return t('matching.admin.durationSeconds', { s: (ms / 1000).toFixed(1) });
  return t('matching.admin.durationMinutes', {
    m: Math.floor(ms / 60_000),
    s: Math.round((ms % 60_000) / 1000),
  });
}
