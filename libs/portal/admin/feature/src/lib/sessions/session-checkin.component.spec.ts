import {
  participantView,
  sessionView,
} from '@scenematch/portal/testing/session-fixtures';
import { SessionCheckinComponent } from './session-checkin.component';
import { transitionButtons } from './session-overview.component';
import { translator } from '@scenematch/portal/testing/transloco';
import { usePortalComponent } from '@scenematch/portal/testing/portal-harness';

const BASE = '/api/sessions/s-1';

describe('SessionCheckinComponent', () => {
  const under = usePortalComponent(SessionCheckinComponent);

  const { byTestId, text } = under;

  const health = participantView({
    id: 'p-2',
    kind: 'agency',
    organisation: { id: 'a-1', name: '市卫生健康委' },
    checkinCode: 'HEALTH2345',
  });

  function start(
    status: 'scheduled' | 'running' | 'open_for_registration',
  ): void {
    under.fixture.componentRef.setInput('session', sessionView({ status }));
    under.fixture.detectChanges();
    under.httpMock
      .expectOne((r) => r.url === `${BASE}/participants`)
      .flush({
        items: [
          participantView(),
          health,
          participantView({ id: 'p-3', status: 'cancelled' }),
        ],
        total: 3,
        page: 1,
        pageSize: 100,
      });
    under.fixture.detectChanges();
  }

  function scan(code: string): void {
    const input = byTestId('checkin-code') as HTMLInputElement;
    input.value = code;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
  }

  it('checks a participant in by the code the scanner types with Enter, and counts it', () => {
    start('running');
    expect(text('checkin-count')).toBe('已签到 0 / 已报名 2');
    scan(' health2345 ');
    const post = under.httpMock.expectOne(`${BASE}/check-in`);
    expect(post.request.body).toEqual({ code: 'health2345' });
    post.flush({ ...health, checkedInAt: '2026-12-10T00:50:00.000Z' });
    under.fixture.detectChanges();
    expect(byTestId('checkin-result')?.getAttribute('data-ok')).toBe('true');
    expect(text('checkin-verdict')).toBe('签到成功');
    expect(text('checkin-name')).toBe('市卫生健康委');
    expect(text('checkin-kind')).toBe('发榜单位');
    expect(text('checkin-count')).toBe('已签到 1 / 已报名 2');
    expect((byTestId('checkin-code') as HTMLInputElement).value).toBe('');

    // The same code again: said so, not counted twice.
    scan('HEALTH2345');
    under.httpMock
      .expectOne(`${BASE}/check-in`)
      .flush({ ...health, checkedInAt: '2026-12-10T00:50:00.000Z' });
    under.fixture.detectChanges();
    expect(text('checkin-verdict')).toBe('已签到（重复扫码）');
    expect(text('checkin-count')).toBe('已签到 1 / 已报名 2');

    scan('WRONGCODE1');
    under.httpMock.expectOne(`${BASE}/check-in`).flush(
      {
        statusCode: 400,
        message: '参数校验失败',
        errors: [{ field: 'code', message: '签到码不属于本场对接会' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    under.fixture.detectChanges();
    expect(byTestId('checkin-result')?.getAttribute('data-ok')).toBe('false');
    expect(text('checkin-verdict')).toBe('签到失败');
    expect(text('checkin-error')).toBe('签到码不属于本场对接会');
  });

  it('lists the registered participants with their kind, name and state', () => {
    start('running');
    const rows = [
      ...under.fixture.nativeElement.querySelectorAll(
        '[data-testid="checkin-participants"] [data-testid="checkin-row"]',
      ),
    ] as HTMLElement[];
    expect(rows.map((r) => r.dataset['id'])).toEqual(['p-1', 'p-2']);
    const cell = (row: HTMLElement, id: string) =>
      row.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();
    expect(cell(rows[1], 'checkin-row-name')).toBe('市卫生健康委');
    expect(rows[1].textContent).toContain('发榜单位');
    expect(cell(rows[1], 'checkin-row-state')).toBeTruthy();
  });

  it('marks a participant absent only once the session runs', () => {
    start('scheduled');
    const noShow = byTestId('checkin-row-noshow') as HTMLButtonElement;
    expect(noShow.disabled).toBe(true);
    (byTestId('checkin-row-checkin') as HTMLButtonElement).click();
    under.httpMock
      .expectOne(`${BASE}/participants/p-1/check-in`)
      .flush(participantView({ checkedInAt: '2026-12-10T00:55:00.000Z' }));
    under.fixture.detectChanges();
    expect(text('checkin-count')).toBe('已签到 1 / 已报名 2');
  });

  it('keeps the desk closed before the agenda is published', () => {
    start('open_for_registration');
    expect(byTestId('checkin-closed')).not.toBeNull();
    expect((byTestId('checkin-code') as HTMLInputElement).disabled).toBe(true);
  });
});

describe('transitionButtons', () => {
  it('offers only the next states SESSION_TRANSITIONS allows, with their words', () => {
    expect(
      transitionButtons(translator('zh-CN'), 'planning').map((b) => b.label),
    ).toEqual(['开放报名']);
    expect(
      transitionButtons(translator('zh-CN'), 'open_for_registration').map(
        (b) => [b.to, b.label],
      ),
    ).toEqual([
      ['planning', '退回筹备'],
      ['scheduled', '发布日程'],
    ]);
    expect(
      transitionButtons(translator('zh-CN'), 'scheduled').map((b) => b.label),
    ).toEqual(['撤回日程', '开始对接会']);
    expect(
      transitionButtons(translator('zh-CN'), 'running').map((b) => b.label),
    ).toEqual(['结束']);
    expect(transitionButtons(translator('zh-CN'), 'closed')).toEqual([]);
  });
});
