import { Location } from '@angular/common';
import type { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import {
  batchView,
  CAPABILITIES,
  DOMAINS,
  scenarioView,
} from '@scenematch/portal/testing/scenario-fixtures';
import { ScenarioFormPage } from './scenario-form.page';
import {
  configurePortalTestBed,
  settle,
} from '@scenematch/portal/testing/portal-harness';

describe('ScenarioFormPage', () => {
  let fixture: ComponentFixture<ScenarioFormPage>;
  let httpMock: HttpTestingController;
  let element: HTMLElement;

  async function create(id?: string): Promise<void> {
    fixture = TestBed.createComponent(ScenarioFormPage);
    if (id) fixture.componentRef.setInput('id', id);
    element = fixture.nativeElement;
    fixture.detectChanges();
    httpMock.expectOne('/api/batches').flush([batchView()]);
    httpMock.expectOne('/api/taxonomy/domains').flush(DOMAINS);
    httpMock.expectOne('/api/taxonomy/capabilities').flush(CAPABILITIES);
    await fixture.whenStable();
  }

  beforeEach(() => {
    httpMock = configurePortalTestBed({
      imports: [ScenarioFormPage],
      role: 'agency',
    });
  });

  afterEach(() => httpMock.verify());

  async function click(testId: string): Promise<void> {
    const button = element.querySelector<HTMLElement>(
      `[data-testid="${testId}"]`,
    );
    if (!button) throw new Error(`no ${testId}`);
    button.click();
    await settle();
    await fixture.whenStable();
  }

  async function respond(): Promise<void> {
    await settle();
    await fixture.whenStable();
  }

  it('does not send a form that breaks the rules and says why', async () => {
    await create();
    fixture.componentInstance.form.patchValue({
      title: '病',
      contactPhone: 'abc',
    });
    await click('save-draft');
    httpMock.expectNone('/api/scenarios');
    expect(element.textContent).toContain('场景名称应为 2–100 个字符');
    expect(element.textContent).toContain('请选择应用领域');
    expect(element.textContent).toContain('联系电话格式不正确');
  });

  it('asks for a 10-character description before 保存并提交, without sending anything', async () => {
    await create();
    fixture.componentInstance.form.patchValue({
      title: '病房夜间巡检机器人',
      domain: '智慧医疗',
      description: '太短',
    });
    await click('save-submit');
    httpMock.expectNone('/api/scenarios');
    expect(element.textContent).toContain(
      '提交审核前请填写场景描述（至少 10 字）',
    );
  });

  it('creates the draft, submits it, and maps a refused submission onto the fields', async () => {
    await create();
    fixture.componentInstance.form.patchValue({
      title: '病房夜间巡检机器人',
      domain: '智慧医疗',
      description: '夜间病房巡视人手不足，需要巡检机器人',
      capabilities: ['计算机视觉'],
      budgetMin: 50,
      budgetMax: 80,
      batchId: 'batch-1',
    });
    await click('save-submit');

    const post = httpMock.expectOne({ method: 'POST', url: '/api/scenarios' });
    expect(post.request.body).toMatchObject({
      title: '病房夜间巡检机器人',
      domain: '智慧医疗',
      capabilities: ['计算机视觉'],
      budgetMin: 500000,
      budgetMax: 800000,
      batchId: 'batch-1',
    });
    post.flush(scenarioView({ id: 'new-1' }), {
      status: 201,
      statusText: 'Created',
    });
    await respond();

    httpMock.expectOne('/api/scenarios/new-1/submit').flush(
      {
        statusCode: 400,
        message: '场景信息不完整，不能提交审核',
        errors: [
          { field: 'deadline', message: '截止日期已过，请修改后再提交' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await respond();

    const form = fixture.componentInstance.form;
    expect(form.controls.deadline.errors).toEqual({
      server: '截止日期已过，请修改后再提交',
    });
    expect(
      element.querySelector('[data-testid="form-error"]')?.textContent,
    ).toContain('场景信息不完整，不能提交审核');
    // The draft exists now: the page edits it from here on (no second POST).
    expect(TestBed.inject(Location).path()).toBe(
      '/agency/scenarios/new-1/edit',
    );
    const next = new Date();
    form.controls.deadline.setValue(
      new Date(next.getFullYear() + 1, next.getMonth(), 1),
    );
    await click('save-submit');
    const patch = httpMock.expectOne({
      method: 'PATCH',
      url: '/api/scenarios/new-1',
    });
    expect(Object.keys(patch.request.body)).toEqual(['deadline']);
    patch.flush(scenarioView({ id: 'new-1' }));
    await respond();
    httpMock
      .expectOne('/api/scenarios/new-1/submit')
      .flush(scenarioView({ id: 'new-1', status: 'submitted' }));
    await respond();
    expect(TestBed.inject(Router).url).toBe('/agency/scenarios');
  });

  it('shows a duplicate title (409) on the title field', async () => {
    await create();
    fixture.componentInstance.form.patchValue({
      title: '医学影像辅助诊断',
      domain: '智慧医疗',
    });
    await click('save-draft');
    httpMock.expectOne('/api/scenarios').flush(
      {
        statusCode: 409,
        message: '本单位在该榜单中已有同名场景',
        errors: [{ field: 'title', message: '本单位在该榜单中已有同名场景' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await respond();
    expect(fixture.componentInstance.form.controls.title.errors).toEqual({
      server: '本单位在该榜单中已有同名场景',
    });
    expect(element.textContent).toContain('本单位在该榜单中已有同名场景');
  });

  it('revises a published scenario by sending only the changed fields', async () => {
    const router = TestBed.inject(Router);
    await create('pub-1');
    httpMock.expectOne('/api/scenarios/pub-1').flush(
      scenarioView({
        id: 'pub-1',
        status: 'published',
        description: '夜间病房巡视人手不足',
        budgetMax: 800000,
        batch: { id: 'batch-1', number: 1, name: '第一批' },
      }),
    );
    await respond();
    expect(element.querySelector('[data-testid="save-submit"]')).toBeNull();
    expect(element.textContent).toContain('本次修改将作为新版本公开留痕');
    expect(fixture.componentInstance.form.controls.batchId.disabled).toBe(true);

    fixture.componentInstance.form.patchValue({ budgetMax: 100 });
    await click('save-revision');
    const patch = httpMock.expectOne({
      method: 'PATCH',
      url: '/api/scenarios/pub-1',
    });
    expect(patch.request.body).toEqual({ budgetMax: 1000000 });
    patch.flush(scenarioView({ id: 'pub-1', status: 'published' }));
    await respond();
    expect(router.url).toBe('/agency/scenarios');
  });

  it('does not let a unit edit another unit’s scenario', async () => {
    await create('other-1');
    httpMock.expectOne('/api/scenarios/other-1').flush(
      scenarioView({
        id: 'other-1',
        agency: { id: 'org-x', name: '其他单位' },
      }),
    );
    await respond();
    expect(
      element.querySelector('[data-testid="form-not-found"]'),
    ).not.toBeNull();
  });
});
