import type { RebuildView } from '@scenematch/portal/matching/data-access/matching.api';
import { MatchingAdminPage } from './matching-admin.page';
import { usePortalComponent } from '@scenematch/portal/testing/portal-harness';

function run(overrides: Partial<RebuildView> = {}): RebuildView {
  return {
    id: 'run-2',
    status: 'running',
    shards: 4,
    shardsDone: 1,
    scenarios: 25,
    companies: 30,
    pairsKept: 0,
    startedAt: '2025-09-15T08:00:00.000Z',
    finishedAt: null,
    error: null,
    ...overrides,
  };
}

const done = run({
  id: 'run-1',
  status: 'completed',
  shardsDone: 4,
  pairsKept: 518,
  finishedAt: '2025-09-15T07:00:01.000Z',
  startedAt: '2025-09-15T07:00:00.000Z',
});

describe('MatchingAdminPage', () => {
  const under = usePortalComponent(MatchingAdminPage, { fakeTimers: true });

  const { text } = under;

  function render(): void {
    under.fixture.detectChanges();
  }

  it('follows a running rebuild every second and stops once it has completed', () => {
    under.httpMock.expectOne('/api/matching/rebuilds').flush([run(), done]);
    render();
    expect(text('rebuild-status')).toBe('计算中');
    expect(text('rebuild-shards')).toBe('已算完 1 / 4 批');
    expect(
      under.element.querySelector<HTMLButtonElement>(
        '[data-testid="rebuild-start"]',
      )?.disabled,
    ).toBe(true);

    jest.advanceTimersByTime(1000);
    under.httpMock
      .expectOne('/api/matching/rebuilds/run-2')
      .flush(run({ shardsDone: 3, pairsKept: 300 }));
    render();
    expect(text('rebuild-shards')).toBe('已算完 3 / 4 批');
    expect(text('rebuild-pairs')).toBe('300');

    jest.advanceTimersByTime(1000);
    under.httpMock.expectOne('/api/matching/rebuilds/run-2').flush(
      run({
        status: 'completed',
        shardsDone: 4,
        pairsKept: 520,
        finishedAt: '2025-09-15T08:00:02.000Z',
      }),
    );
    render();
    expect(text('rebuild-status')).toBe('已完成');
    expect(text('rebuild-pairs')).toBe('520');
    expect(
      under.element.querySelectorAll('[data-testid="rebuild-row"]'),
    ).toHaveLength(2);

    jest.advanceTimersByTime(10_000);
    under.httpMock.expectNone('/api/matching/rebuilds/run-2');
    expect(
      under.element.querySelector<HTMLButtonElement>(
        '[data-testid="rebuild-start"]',
      )?.disabled,
    ).toBe(false);
  });

  it('does not poll when nothing runs, and starts polling the run it starts', () => {
    under.httpMock.expectOne('/api/matching/rebuilds').flush([done]);
    render();
    jest.advanceTimersByTime(5000);
    under.httpMock.expectNone((r) =>
      r.url.startsWith('/api/matching/rebuilds/'),
    );

    under.fixture.componentInstance['start']();
    const post = under.httpMock.expectOne('/api/matching/rebuilds');
    expect(post.request.method).toBe('POST');
    post.flush(run({ shards: 0, shardsDone: 0 }));
    render();
    expect(text('rebuild-shards')).toBe('正在准备计算…');
    expect(
      under.element.querySelectorAll('[data-testid="rebuild-row"]'),
    ).toHaveLength(2);

    jest.advanceTimersByTime(1000);
    under.httpMock
      .expectOne('/api/matching/rebuilds/run-2')
      .flush(run({ status: 'failed', error: '工作进程超时' }));
    render();
    expect(text('rebuild-status')).toBe('失败');
    expect(under.element.textContent).toContain('工作进程超时');
    jest.advanceTimersByTime(5000);
    under.httpMock.expectNone('/api/matching/rebuilds/run-2');
  });

  it('stops polling when the page is left', () => {
    under.httpMock.expectOne('/api/matching/rebuilds').flush([run()]);
    render();
    under.fixture.destroy();
    jest.advanceTimersByTime(5000);
    under.httpMock.expectNone('/api/matching/rebuilds/run-2');
  });
});
