import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ConfirmButtonComponent } from './confirm-button.component';
import { startPortalComponent } from '../../../testing/portal-harness';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConfirmButtonComponent],
  template: `
    <sm-confirm-button
      type="primary"
      size="small"
      danger
      question="确定发布？"
      ok="发布"
      testid="go"
      (confirmed)="confirmed = confirmed + 1"
      ><b data-testid="go-label">发布</b></sm-confirm-button
    >
  `,
})
class HostComponent {
  confirmed = 0;
}

describe('ConfirmButtonComponent with its own OK text, danger', () => {
  it('draws one button with its test id and content, and confirms only through the popconfirm', async () => {
    const { fixture } = startPortalComponent(HostComponent);
    fixture.detectChanges();
    const element: HTMLElement = fixture.nativeElement;
    const button = element.querySelector<HTMLButtonElement>(
      'button[data-testid="go"]',
    );
    expect(button?.classList).toContain('ant-btn-primary');
    expect(button?.classList).toContain('ant-btn-dangerous');
    expect(button?.querySelector('[data-testid="go-label"]')).not.toBeNull();

    button?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(fixture.componentInstance.confirmed).toBe(0);
    expect(document.body.textContent).toContain('确定发布？');
    [...document.querySelectorAll<HTMLButtonElement>('.ant-popover button')]
      .find((b) => b.textContent?.includes('发布'))
      ?.click();
    expect(fixture.componentInstance.confirmed).toBe(1);
    fixture.destroy();
  });
});
