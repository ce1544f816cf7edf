import { TestBed } from '@angular/core/testing';
import { FormNoticesComponent } from './form-notices.component';

describe('FormNoticesComponent (表单提示)', () => {
  it('shows each notice in order, a list as a list, and skips empty entries', async () => {
    const fixture = TestBed.createComponent(FormNoticesComponent);
    fixture.componentRef.setInput('notices', [
      false,
      {
        type: 'warning',
        message: '已退回',
        description: '材料不全',
        testid: 'returned',
      },
      null,
      {
        type: 'error',
        message: '不符合本批次的申报条件',
        description: ['需为本市企业', '需有入库产品'],
        testid: 'rules',
      },
    ]);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const alerts = element.querySelectorAll('nz-alert');
    expect(alerts).toHaveLength(2);
    expect(
      element.querySelector('[data-testid="returned"]')?.textContent,
    ).toContain('材料不全');
    const items = Array.from(
      element.querySelectorAll('[data-testid="rules"] li'),
      (li) => li.textContent?.trim(),
    );
    expect(items).toEqual(['需为本市企业', '需有入库产品']);
  });
});
