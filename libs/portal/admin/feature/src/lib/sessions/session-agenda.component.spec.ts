import { By } from '@angular/platform-browser';
import {
  agendaView,
  meetingView,
  participantView,
  runView,
  sessionView,
} from '@scenematch/portal/testing/session-fixtures';
import { AgendaManualFormComponent } from './agenda-manual-form.component';
import { SessionAgendaComponent } from './session-agenda.component';
import { usePortalComponent } from '@scenematch/portal/testing/portal-harness';

const BASE = '/api/sessions/s-1';

describe('SessionAgendaComponent', () => {
  const under = usePortalComponent(SessionAgendaComponent, {
    fakeTimers: true,
  });

  const { byTestId, text, texts: allText } = under;

  function start(session = sessionView()): void {
    under.fixture.componentRef.setInput('session', session);
    under.fixture.detectChanges();
  }

  function flushParticipants(): void {
    under.httpMock
      .expectOne((r) => r.url === `${BASE}/participants`)
      .flush({
        items: [
          participantView(),
          participantView({
            id: 'p-2',
            kind: 'agency',
            organisation: { id: 'a-1', name: '市卫生健康委' },
          }),
        ],
        total: 2,
        page: 1,
        pageSize: 100,
      });
  }

  it('generates the agenda, follows the run every second and shows the filled grid once it has completed', () => {
    start();
    under.httpMock.expectOne(`${BASE}/agenda`).flush(agendaView());
    flushParticipants();
    under.fixture.detectChanges();
    expect(byTestId('agenda-empty')).not.toBeNull();
    expect(allText('agenda-slot-time')).toHaveLength(3);
    jest.advanceTimersByTime(3000);
    under.httpMock.expectNone((r) => r.url.includes('/agenda/runs/'));

    under.fixture.componentInstance['generate']();
    const post = under.httpMock.expectOne(`${BASE}/agenda`);
    expect(post.request.method).toBe('POST');
    post.flush(runView({ status: 'queued', progress: 0, message: '排队中' }));
    under.fixture.detectChanges();
    expect(text('agenda-run-status')).toBe('排队中');
    expect(text('agenda-run-message')).toBe('排队中');
    expect(byTestId('agenda-generate')?.hasAttribute('disabled')).toBe(true);

    jest.advanceTimersByTime(1000);
    under.httpMock
      .expectOne(`${BASE}/agenda/runs/run-1`)
      .flush(runView({ progress: 0.5, message: '正在求解（HiGHS）' }));
    under.fixture.detectChanges();
    expect(text('agenda-run-message')).toBe('正在求解（HiGHS）');
    expect(byTestId('agenda-progress')?.textContent).toContain('50%');

    jest.advanceTimersByTime(1000);
    const completed = {
      status: 'completed',
      progress: 1,
      message: '完成',
      method: 'highs-mip',
      meetings: 2,
      totalValue: 250,
      lpBound: 252.5,
      gap: 0.0099,
      idleGaps: 1,
      idleGapsBefore: 4,
    } as const;
    under.httpMock
      .expectOne(`${BASE}/agenda/runs/run-1`)
      .flush(runView({ ...completed, finishedAt: '2026-11-02T00:00:03.000Z' }));
    const meetings = [
      meetingView({
        id: 'm-1',
        slot: 0,
        table: 1,
        mutual: true,
        requested: true,
      }),
      meetingView({
        id: 'm-2',
        slot: 2,
        table: 0,
        enterprise: { id: 'e-2', name: '云启智能' },
      }),
    ];
    under.httpMock.expectOne(`${BASE}/agenda`).flush(
      agendaView({
        meetings,
        unplaced: [
          {
            enterprise: { id: 'e-3', name: '深蓝数据' },
            agency: { id: 'a-1', name: '市卫生健康委' },
            scenario: null,
            reason: '双方共同可参加的时段都已排满',
            detail: '',
          },
        ],
        run: runView(completed),
      }),
    );
    under.fixture.detectChanges();
    expect(text('agenda-run-status')).toBe('已完成');
    expect(text('run-meetings')).toBe('2');
    // In an organiser's words: 1 of the 2 requests placed (m-1 was asked for; the other is unplaced).
    expect(text('run-quality')).toBe('接近最优（与理论最佳相差 0.99%）');
    expect(text('run-requests')).toBe('已安排 2 个洽谈请求中的 1 个');
    expect(text('run-idle-gaps')).toBe('共 1 个（调整时段前 4 个）');
    // The solver's figures are still there, folded away.
    expect(text('run-gap')).toBe('0.99%');
    expect(text('run-method')).toBe('highs-mip');
    const rows = [
      ...under.element.querySelectorAll('[data-testid="agenda-slot"]'),
    ];
    const cells = rows.map((r) =>
      [...r.querySelectorAll('[data-testid="agenda-cell"]')].map(
        (c) =>
          c
            .querySelector('[data-testid="agenda-meeting"]')
            ?.getAttribute('data-id') ?? null,
      ),
    );
    expect(cells).toEqual([
      [null, 'm-1'],
      [null, null],
      ['m-2', null],
    ]);
    expect(allText('meeting-kind')).toEqual(['双向', '匹配']);
    expect(allText('unplaced-reason')).toEqual([
      '双方共同可参加的时段都已排满',
    ]);

    // The poll has ended.
    jest.advanceTimersByTime(10_000);
    under.httpMock.expectNone(`${BASE}/agenda/runs/run-1`);
  });

  it('follows a run that is already going when the tab opens, and stops polling when it is left', () => {
    start(sessionView({ status: 'scheduled' }));
    under.httpMock
      .expectOne(`${BASE}/agenda`)
      .flush(agendaView({ run: runView() }));
    flushParticipants();
    under.fixture.detectChanges();
    jest.advanceTimersByTime(1000);
    under.httpMock
      .expectOne(`${BASE}/agenda/runs/run-1`)
      .flush(runView({ progress: 0.6 }));
    under.fixture.destroy();
    jest.advanceTimersByTime(5000);
    under.httpMock.expectNone(`${BASE}/agenda/runs/run-1`);
  });

  it('pins a meeting, and offers no generation once the session runs', () => {
    start(sessionView({ status: 'open_for_registration' }));
    under.httpMock
      .expectOne(`${BASE}/agenda`)
      .flush(agendaView({ meetings: [meetingView()] }));
    flushParticipants();
    under.fixture.detectChanges();
    byTestId('meeting-pin')?.click();
    const patch = under.httpMock.expectOne(`${BASE}/meetings/m-1`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ pinned: true });
    patch.flush(meetingView({ pinned: true }));
    under.fixture.detectChanges();
    expect(text('meeting-pin')).toContain('已固定');

    under.fixture.componentRef.setInput(
      'session',
      sessionView({ status: 'running' }),
    );
    under.fixture.detectChanges();
    expect(byTestId('agenda-generate')?.hasAttribute('disabled')).toBe(true);
    expect(byTestId('agenda-generate-closed')).not.toBeNull();
    expect(byTestId('meeting-pin')?.hasAttribute('disabled')).toBe(true);
  });

  it('adds a meeting by hand and shows the API’s field errors on the fields', () => {
    start();
    under.httpMock.expectOne(`${BASE}/agenda`).flush(agendaView());
    flushParticipants();
    under.fixture.detectChanges();
    const page = under.fixture.debugElement.query(
      By.directive(AgendaManualFormComponent),
    ).componentInstance as unknown as {
      manual: {
        setValue(v: unknown): void;
        controls: Record<string, { errors: Record<string, unknown> | null }>;
      };
      addMeeting(): void;
    };
    page.manual.setValue({
      enterpriseId: 'e-1',
      agencyId: 'a-1',
      slot: 1,
      table: 0,
    });
    page.addMeeting();
    const post = under.httpMock.expectOne(`${BASE}/meetings`);
    expect(post.request.body).toEqual({
      enterpriseId: 'e-1',
      agencyId: 'a-1',
      slot: 1,
      table: 0,
    });
    post.flush(
      {
        statusCode: 400,
        message: '参数校验失败',
        errors: [{ field: 'slot', message: '鹏知医疗 在时段 2 无法参加' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    under.fixture.detectChanges();
    expect(page.manual.controls['slot'].errors).toEqual({
      server: '鹏知医疗 在时段 2 无法参加',
    });
    expect(byTestId('manual-error')).toBeNull();
  });
});
