import { of, Subject, throwError } from 'rxjs';
import type { AgendaRunView } from '@scenematch/contracts';
import {
  meetingView,
  runView,
  SLOT_TIMES,
} from '@scenematch/portal/testing/session-fixtures';
import {
  buildAgendaGrid,
  checkinRate,
  gapPercent,
  idleGapsText,
  meetingKind,
  pollAgendaRun,
  runPercent,
  runSummary,
} from './session-agenda';
import { reportView } from '@scenematch/portal/testing/session-fixtures';
import { translator } from '@scenematch/portal/testing/transloco';

const zh = translator('zh-CN');
const en = translator('en');

describe('buildAgendaGrid', () => {
  it('puts each scheduled meeting in its slot row and table column, with the slot times', () => {
    const a = meetingView({ id: 'a', slot: 0, table: 1 });
    const b = meetingView({ id: 'b', slot: 2, table: 0 });
    const grid = buildAgendaGrid(SLOT_TIMES, 2, [a, b]);
    expect(grid.map((r) => r.slot)).toEqual([0, 1, 2]);
    expect(grid[1].startsAt).toBe('2026-12-10T01:35:00.000Z');
    expect(grid.map((r) => r.cells.map((c) => c?.id ?? null))).toEqual([
      [null, 'a'],
      [null, null],
      ['b', null],
    ]);
  });

  it('leaves the place of a cancelled meeting free and drops meetings outside the grid', () => {
    const cancelled = meetingView({ id: 'x', status: 'cancelled', cancelReason: '对方缺席' });
    const replacement = meetingView({ id: 'y' });
    const outside = meetingView({ id: 'z', slot: 5, table: 0 });
    const wide = meetingView({ id: 'w', slot: 1, table: 3 });
    const grid = buildAgendaGrid(SLOT_TIMES, 2, [cancelled, replacement, outside, wide]);
    expect(grid[0].cells[0]?.id).toBe('y');
    expect(grid.flatMap((r) => r.cells).filter(Boolean)).toHaveLength(1);
    const onlyCancelled = buildAgendaGrid(SLOT_TIMES, 2, [cancelled]);
    expect(onlyCancelled[0].cells).toEqual([null, null]);
  });
});

describe('agenda figures', () => {
  it('shows the gap as a percentage and the progress as 0–100', () => {
    expect(gapPercent(0)).toBe('0.00%');
    expect(gapPercent(0.0123)).toBe('1.23%');
    expect(gapPercent(0.25)).toBe('25.0%');
    expect(gapPercent(null)).toBe('—');
    expect(runPercent(runView({ progress: 0.456 }))).toBe(46);
    expect(runPercent(runView({ status: 'completed', progress: 0.9 }))).toBe(100);
    expect(runPercent(runView({ progress: 3 }))).toBe(100);
  });

  it('tells mutual, one-sided and matched meetings apart', () => {
    expect(meetingKind({ mutual: true, requested: true })).toBe('mutual');
    expect(meetingKind({ mutual: false, requested: true })).toBe('requested');
    expect(meetingKind({ mutual: false, requested: false })).toBe('matched');
  });

  it('computes the check-in rate of registered participants', () => {
    expect(checkinRate(reportView())).toBe(67);
    expect(
      checkinRate(
        reportView({ participants: { enterprises: 0, agencies: 0, checkedIn: 0, noShows: 0 } }),
      ),
    ).toBe(0);
  });
});

describe('pollAgendaRun', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('asks every interval until the run has completed, emitting the last state too', () => {
    const states: AgendaRunView['status'][] = ['queued', 'running', 'completed', 'running'];
    const load = jest.fn(() => of(runView({ status: states[load.mock.calls.length - 1] })));
    const seen: string[] = [];
    let done = false;
    pollAgendaRun(load, 'run-1', 1000).subscribe({
      next: (r) => seen.push(r.status),
      complete: () => (done = true),
    });
    jest.advanceTimersByTime(999);
    expect(load).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    jest.advanceTimersByTime(2000);
    expect(seen).toEqual(['queued', 'running', 'completed']);
    expect(done).toBe(true);
    jest.advanceTimersByTime(5000);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('does not overtake a slow answer, and gives up after repeated failures', () => {
    const slow = new Subject<AgendaRunView>();
    const load = jest.fn(() => slow);
    pollAgendaRun(load, 'run-1', 1000).subscribe();
    jest.advanceTimersByTime(5000);
    expect(load).toHaveBeenCalledTimes(1);

    const failing = jest.fn(() => throwError(() => new Error('down')));
    let failed = false;
    pollAgendaRun(failing, 'run-1', 1000).subscribe({ error: () => (failed = true) });
    jest.advanceTimersByTime(10_000);
    expect(failed).toBe(true);
    expect(failing).toHaveBeenCalledTimes(4);
  });
});

describe('runSummary (the agenda run in an organiser\'s words)', () => {
  const meeting = (requested: boolean, mutual = false) => ({ requested, mutual }) as never;

  it('says the agenda is optimal and how many requests it placed', () => {
    const summary = runSummary(
      zh,
      { status: 'completed', gap: 0 },
      { meetings: [meeting(true), meeting(true, true), meeting(false)], unplaced: [{} as never] },
    );
    expect(summary).toEqual({ quality: '已达最优安排', requests: '已安排 3 个洽谈请求中的 2 个' });
  });

  it('names the distance to the best when not optimal, and no requests plainly', () => {
    expect(runSummary(zh, { status: 'completed', gap: 0.0123 }, { meetings: [meeting(false)], unplaced: [] })).toEqual({
      quality: '接近最优（与理论最佳相差 1.23%）',
      requests: '暂无洽谈请求，按匹配度安排',
    });
    expect(runSummary(zh, { status: 'running', gap: null }, null).quality).toBe('—');
  });

  it('says the same in English', () => {
    expect(runSummary(en, { status: 'completed', gap: 0 }, { meetings: [meeting(true), meeting(false)], unplaced: [{} as never] })).toEqual({
      quality: 'Optimal',
      requests: '1 of 2 requests scheduled',
    });
  });
});

describe('idleGapsText (waiting between meetings)', () => {
  it('gives the idle slots left and how many the solver removed', () => {
    expect(idleGapsText(zh, { status: 'completed', idleGaps: 12, idleGapsBefore: 87 })).toBe('共 12 个（调整时段前 87 个）');
    expect(idleGapsText(zh, { status: 'completed', idleGaps: 0, idleGapsBefore: 0 })).toBe('共 0 个');
    expect(idleGapsText(en, { status: 'completed', idleGaps: 12, idleGapsBefore: 87 })).toBe('12 in total (87 before reordering slots)');
  });

  it('shows a dash while running or for runs that did not report it', () => {
    expect(idleGapsText(zh, { status: 'running', idleGaps: null, idleGapsBefore: null })).toBe('—');
    expect(idleGapsText(zh, { status: 'completed', idleGaps: null, idleGapsBefore: null })).toBe('—');
  });
});
