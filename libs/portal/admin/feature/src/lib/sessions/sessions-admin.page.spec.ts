import { TestBed } from '@angular/core/testing';
import { FormBuilder } from '@angular/forms';
import { Router } from '@angular/router';
import { sessionView } from '@scenematch/portal/testing/session-fixtures';
import { breakGroup, type SessionForm } from './session-form';
import { SessionsAdminPage } from './sessions-admin.page';
import { TranslocoService } from '@jsverse/transloco';
import { usePortalComponent } from '@scenematch/portal/testing/portal-harness';

describe('SessionsAdminPage', () => {
  const under = usePortalComponent(SessionsAdminPage, { routes: [] });

  type Page = {
    form: SessionForm;
    create(): Promise<void>;
    openCreate(): void;
    createError(): string | null;
  };
  const page = () => under.fixture.componentInstance as unknown as Page;

  function listed(): void {
    under.fixture.detectChanges();
    under.httpMock
      .expectOne((r) => r.url === '/api/sessions')
      .flush({
        items: [
          sessionView(),
          sessionView({
            id: 's-2',
            title: '智慧城市对接会',
            status: 'planning',
            venue: '',
          }),
        ],
        total: 2,
        page: 1,
        pageSize: 100,
      });
    under.fixture.detectChanges();
  }

  it('lists the sessions with their status, venue and counts', () => {
    listed();
    const rows = [
      ...under.element.querySelectorAll('[data-testid="session-row"]'),
    ];
    expect(
      rows.map((r) =>
        r.querySelector('[data-testid="session-status"]')?.textContent?.trim(),
      ),
    ).toEqual(['报名中', '筹备中']);
    expect(rows[0].textContent).toContain('人工智能创新服务中心');
    expect(
      rows[0].querySelector('[data-testid="session-participants"]')
        ?.textContent,
    ).toContain('企业 2 · 单位 1');
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe(
      '/admin/sessions/s-1',
    );
  });

  it('speaks English: headers, statuses and counts; names and venues stay as entered', () => {
    TestBed.inject(TranslocoService).setActiveLang('en');
    listed();
    const headers = [...under.element.querySelectorAll('th')].map((th) =>
      th.textContent?.trim(),
    );
    expect(headers).toEqual(
      expect.arrayContaining([
        'Name',
        'Starts',
        'Venue',
        'Status',
        'Registered',
      ]),
    );
    const rows = [
      ...under.element.querySelectorAll('[data-testid="session-row"]'),
    ];
    expect(
      rows.map((r) =>
        r.querySelector('[data-testid="session-status"]')?.textContent?.trim(),
      ),
    ).toEqual(['Registration open', 'Planning']);
    expect(
      rows[0].querySelector('[data-testid="session-participants"]')
        ?.textContent,
    ).toContain('Companies 2 · agencies 1');
    expect(
      rows[1]
        .querySelector('[data-testid="session-title"]')
        ?.textContent?.trim(),
    ).toBe('智慧城市对接会');
    expect(under.element.querySelector('h1')?.textContent).toBe(
      'Matchmaking sessions',
    );
  });

  it('creates a session and opens it; the API’s field errors land on the fields, breaks included', async () => {
    listed();
    const navigate = jest
      .spyOn(TestBed.inject(Router), 'navigate')
      .mockResolvedValue(true);
    page().openCreate();
    const form = page().form;
    form.patchValue({
      title: '  智慧医疗对接会 ',
      venue: '南山',
      startsAt: new Date('2026-12-10T01:00:00.000Z'),
      slotMinutes: 20,
      slots: 4,
      tables: 2,
      maxCompanies: 30,
    });
    form.controls.breaks.push(
      breakGroup(TestBed.inject(FormBuilder), { afterSlot: 1, minutes: 15 }),
    );
    form.updateValueAndValidity();
    expect(form.valid).toBe(true);

    let saving = page().create();
    let post = under.httpMock.expectOne('/api/sessions');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({
      title: '智慧医疗对接会',
      venue: '南山',
      description: undefined,
      startsAt: '2026-12-10T01:00:00.000Z',
      slotMinutes: 20,
      slots: 4,
      tables: 2,
      breaks: [{ afterSlot: 1, minutes: 15 }],
      maxCompanies: 30,
      maxAgencies: undefined,
      sessionType: 'supply_demand',
      admits: ['agency'],
      // An onsite session by default, asked about six months later.
      mode: 'onsite',
      onlineLink: '',
      tableLinks: [],
      followUpAfterDays: 182,
    });
    post.flush(
      {
        statusCode: 400,
        message: '参数校验失败',
        errors: [
          {
            field: 'breaks.0.afterSlot',
            message: '休息须安排在两个时段之间（不能在最后一个时段之后）',
          },
          { field: 'startsAt', message: '开始时间无效' },
          { field: 'role', message: '不允许的字段' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await saving;
    expect(form.controls.startsAt.errors).toEqual({ server: '开始时间无效' });
    expect(form.controls.breaks.at(0).controls.afterSlot.errors).toEqual({
      server: '休息须安排在两个时段之间（不能在最后一个时段之后）',
    });
    expect(page().createError()).toBe('不允许的字段');
    expect(navigate).not.toHaveBeenCalled();

    form.controls.startsAt.setValue(new Date('2026-12-11T01:00:00.000Z'));
    form.controls.breaks.at(0).controls.afterSlot.setValue(0);
    saving = page().create();
    post = under.httpMock.expectOne('/api/sessions');
    post.flush(sessionView({ id: 's-9', status: 'planning' }));
    await saving;
    expect(navigate).toHaveBeenCalledWith(['/admin/sessions', 's-9']);
  });

  it('refuses a break after the last slot before asking the API', async () => {
    listed();
    page().openCreate();
    const form = page().form;
    // The defaults of a new session stay after the form was opened.
    expect(form.getRawValue()).toMatchObject({
      slotMinutes: 20,
      slots: 8,
      tables: 10,
    });
    form.patchValue({ title: '对接会', startsAt: new Date(), slots: 3 });
    form.controls.breaks.push(
      breakGroup(TestBed.inject(FormBuilder), { afterSlot: 2, minutes: 15 }),
    );
    form.updateValueAndValidity();
    expect(form.controls.breaks.at(0).controls.afterSlot.errors).toEqual({
      fit: true,
    });
    await page().create();
    under.httpMock.expectNone('/api/sessions');
    form.controls.slots.setValue(4);
    expect(form.controls.breaks.at(0).controls.afterSlot.errors).toBeNull();
    expect(form.valid).toBe(true);
  });
});
