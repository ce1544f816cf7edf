import { Observable, of, throwError } from 'rxjs';
import type { RebuildView } from '@scenematch/portal/matching/data-access/matching.api';
import {
  pollRebuild,
  rebuildDuration,
  rebuildPercent,
  upsertRun,
} from './rebuild-progress';

function run(overrides: Partial<RebuildView> = {}): RebuildView {
  return {
    id: 'run-1',
    status: 'running',
    shards: 4,
    shardsDone: 1,
    scenarios: 25,
    companies: 30,
    pairsKept: 100,
    startedAt: '2025-09-15T08:00:00.000Z',
    finishedAt: null,
    error: null,
    ...overrides,
  };
}

describe('pollRebuild', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('asks every second while the run is running and stops once it has completed', () => {
    const answers: RebuildView[] = [
      run({ shardsDone: 1 }),
      run({ shardsDone: 3 }),
      run({
        status: 'completed',
        shardsDone: 4,
        finishedAt: '2025-09-15T08:00:03.000Z',
      }),
      run({ status: 'completed', shardsDone: 4 }),
    ];
    const load = jest.fn((id: string) => {
      expect(id).toBe('run-1');
      return of(answers[load.mock.calls.length - 1]);
    });
    const seen: RebuildView[] = [];
    let completed = false;
    pollRebuild(load, 'run-1', 1000).subscribe({
      next: (r) => seen.push(r),
      complete: () => (completed = true),
    });

    jest.advanceTimersByTime(999);
    expect(load).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(load).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(2000);
    expect(seen.map((r) => r.status)).toEqual([
      'running',
      'running',
      'completed',
    ]);
    expect(completed).toBe(true);

    jest.advanceTimersByTime(10_000);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('stops on a failed run too, and emits it', () => {
    const load = jest.fn(() => of(run({ status: 'failed', error: 'boom' })));
    const seen: RebuildView[] = [];
    pollRebuild(load, 'run-1', 1000).subscribe((r) => seen.push(r));
    jest.advanceTimersByTime(5000);
    expect(load).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([run({ status: 'failed', error: 'boom' })]);
  });

  it('retries a failed request, then gives up with the error', () => {
    const load = jest.fn(
      (): Observable<RebuildView> => throwError(() => new Error('offline')),
    );
    let failure: unknown = null;
    pollRebuild(load, 'run-1', 1000).subscribe({ error: (e) => (failure = e) });
    jest.advanceTimersByTime(1000);
    expect(load).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(3000);
    expect(load).toHaveBeenCalledTimes(4);
    expect(failure).toEqual(new Error('offline'));
    jest.advanceTimersByTime(5000);
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('stops asking when unsubscribed (the page is left)', () => {
    const load = jest.fn(() => of(run()));
    const subscription = pollRebuild(load, 'run-1', 1000).subscribe();
    jest.advanceTimersByTime(2000);
    subscription.unsubscribe();
    jest.advanceTimersByTime(5000);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('rebuild progress figures', () => {
  it('turns shards into a percentage', () => {
    expect(rebuildPercent(run({ shards: 0, shardsDone: 0 }))).toBe(0);
    expect(rebuildPercent(run({ shards: 3, shardsDone: 1 }))).toBe(33);
    expect(rebuildPercent(run({ shards: 3, shardsDone: 5 }))).toBe(100);
    expect(
      rebuildPercent(run({ status: 'completed', shards: 0, shardsDone: 0 })),
    ).toBe(100);
  });

  it('measures the duration up to now while running', () => {
    expect(
      rebuildDuration(
        run({ finishedAt: '2025-09-15T08:00:02.500Z' }),
        new Date('2030-01-01'),
      ),
    ).toBe(2500);
    expect(rebuildDuration(run(), new Date('2025-09-15T08:00:10.000Z'))).toBe(
      10_000,
    );
    expect(rebuildDuration(run({ startedAt: 'nonsense' }))).toBeNull();
  });

  it('replaces a known run in place and puts a new one first', () => {
    const older = run({ id: 'run-0', status: 'completed' });
    const runs = [run(), older];
    expect(upsertRun(runs, run({ shardsDone: 4 }))).toEqual([
      run({ shardsDone: 4 }),
      older,
    ]);
    expect(upsertRun([older], run()).map((r) => r.id)).toEqual([
      'run-1',
      'run-0',
    ]);
  });
});
