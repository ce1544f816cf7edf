import {
  agendaView,
  meetingView,
  reportView,
  sessionView,
} from '@scenematch/portal/testing/session-fixtures';
import { SessionOutcomesComponent } from './session-outcomes.component';
import { usePortalComponent } from '@scenematch/portal/testing/portal-harness';

const BASE = '/api/sessions/s-1';

describe('SessionOutcomesComponent', () => {
  const under = usePortalComponent(SessionOutcomesComponent);

  const { byTestId } = under;

  function start(status: 'scheduled' | 'running' | 'closed'): void {
    under.fixture.componentRef.setInput('session', sessionView({ status }));
    under.fixture.detectChanges();
    under.httpMock.expectOne(`${BASE}/agenda`).flush(
      agendaView({
        meetings: [
          meetingView({ id: 'm-1' }),
          meetingView({
            id: 'm-2',
            slot: 1,
            status: 'cancelled',
            cancelReason: '对方缺席',
          }),
          meetingView({
            id: 'm-3',
            slot: 2,
            outcome: 'intent',
            outcomeNote: '约定再谈',
          }),
        ],
      }),
    );
    under.httpMock.expectOne(`${BASE}/report`).flush(reportView());
    under.fixture.detectChanges();
  }

  it('saves an outcome and a note for a scheduled meeting, then reads the report again', async () => {
    start('running');
    const rows = under.element.querySelectorAll('[data-testid="outcome-row"]');
    expect(rows).toHaveLength(2); // the cancelled meeting has no outcome to record
    expect(byTestId('outcomes-closed')).toBeNull();
    expect(byTestId('report-held')?.textContent).toContain('1 / 2');
    expect(byTestId('report-checkin')?.textContent).toContain('67%');
    expect(byTestId('report-placed')?.textContent).toContain('共 1 个请求');
    const save = byTestId('outcome-save', rows[0]) as HTMLButtonElement;
    expect(save.disabled).toBe(true); // nothing changed yet

    const page = under.fixture.componentInstance as unknown as {
      setDraft(m: unknown, change: { outcome?: string }): void;
    };
    page.setDraft(meetingView({ id: 'm-1' }), { outcome: 'signed' });
    const note = byTestId('outcome-note', rows[0]) as HTMLInputElement;
    note.value = '  签订试点协议 ';
    note.dispatchEvent(new Event('input'));
    under.fixture.detectChanges();
    expect(save.disabled).toBe(false);
    save.click();
    const patch = under.httpMock.expectOne(`${BASE}/meetings/m-1`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({
      outcome: 'signed',
      outcomeNote: '签订试点协议',
    });
    patch.flush(
      meetingView({ outcome: 'signed', outcomeNote: '签订试点协议' }),
    );
    under.httpMock.expectOne(`${BASE}/report`).flush(
      reportView({
        meetings: { scheduled: 2, held: 2, cancelled: 1, withOutcome: 2 },
        outcomes: { intent: 1, signed: 1, follow_up: 0, none: 0 },
      }),
    );
    under.fixture.detectChanges();
    expect(rows[0].getAttribute('data-outcome')).toBe('signed');
    expect(byTestId('report-outcomes')?.textContent).toContain('签约 1');
    expect(byTestId('report-held')?.textContent).toContain('2 / 2');
    expect(
      (byTestId('outcome-save', rows[0]) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('asks for an outcome before saving a note alone', () => {
    start('closed');
    const page = under.fixture.componentInstance as unknown as {
      setDraft(m: unknown, change: { outcome?: string; note?: string }): void;
      save(m: unknown): void;
    };
    page.setDraft(meetingView({ id: 'm-1' }), { note: '只写了备注' });
    page.save(meetingView({ id: 'm-1' }));
    under.httpMock.expectNone(`${BASE}/meetings/m-1`);
  });

  it('keeps outcomes read-only before the session runs and says why', () => {
    start('scheduled');
    expect(byTestId('outcomes-closed')?.textContent).toContain(
      '对接会开始后才能记录洽谈成果（当前状态：日程已发布）',
    );
    for (const button of under.element.querySelectorAll<HTMLButtonElement>(
      '[data-testid="outcome-save"]',
    ))
      expect(button.disabled).toBe(true);
    const page = under.fixture.componentInstance as unknown as {
      setDraft(m: unknown, change: { outcome?: string; note?: string }): void;
      save(m: unknown): void;
    };
    page.setDraft(meetingView({ id: 'm-1' }), { outcome: 'signed' });
    page.save(meetingView({ id: 'm-1' }));
    under.httpMock.expectNone(`${BASE}/meetings/m-1`);
  });
});
