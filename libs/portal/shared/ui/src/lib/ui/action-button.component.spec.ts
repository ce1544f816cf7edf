import { ChangeDetectionStrategy, Component } from '@angular/core';
import { startPortalComponent } from '@scenematch/portal/testing/portal-harness';
import { ActionButtonComponent } from './action-button.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ActionButtonComponent],
  template: `
    <sm-action-button
      type="primary"
      size="small"
      danger
      question="确定发布？"
      ok="发布"
      testid="go"
      (pressed)="pressed = pressed + 1"
      ><b data-testid="go-label">发布</b></sm-action-button
    >
  `,
})
class HostComponent {
  pressed = 0;
}

describe('ActionButtonComponent', () => {
  async function render(inputs: Record<string, unknown>) {
    const { fixture } = startPortalComponent(ActionButtonComponent);
    for (const [name, value] of Object.entries(inputs))
      fixture.componentRef.setInput(name, value);
    let pressed = 0;
    fixture.componentInstance.pressed.subscribe(() => pressed++);
    fixture.detectChanges();
    const button = (fixture.nativeElement as HTMLElement).querySelector(
      'button',
    ) as HTMLButtonElement;
    return { button, pressed: () => pressed };
  }

  it('emits on a click when nothing is to be confirmed', async () => {
    const { button, pressed } = await render({
      icon: 'stop',
      testid: 'action-delist',
      danger: true,
    });
    expect(button.dataset['testid']).toBe('action-delist');
    expect(button.classList).toContain('ant-btn-dangerous');
    expect(button.querySelector('nz-icon')).not.toBeNull();
    button.click();
    expect(pressed()).toBe(1);
  });

  it('asks first when there is a question', async () => {
    const { button, pressed } = await render({
      icon: 'send',
      testid: 'action-submit',
      type: 'primary',
      question: '确认提交？',
      disabled: true,
    });
    expect(button.classList).toContain('ant-btn-primary');
    expect(button.type).toBe('button');
    expect(button.disabled).toBe(true);
    button.click();
    expect(pressed()).toBe(0);
  });

  it('is a small button with the test id that asks before it emits', async () => {
    const { button, pressed } = await render({
      question: '确认重试？',
      testid: 'failed-retry',
      type: 'primary',
      size: 'small',
    });
    expect(button.dataset['testid']).toBe('failed-retry');
    expect(button.classList).toContain('ant-btn-primary');
    expect(button.classList).toContain('ant-btn-sm');
    expect(button.querySelector('nz-icon')).toBeNull();
    button.click();
    expect(pressed()).toBe(0);
  });

  it('can be disabled and of the default size', async () => {
    const { button } = await render({
      question: '确认？',
      testid: 'scenario-pilot',
      disabled: true,
    });
    expect(button.disabled).toBe(true);
    expect(button.classList).not.toContain('ant-btn-sm');
  });

  it('draws its content as the label, with its own OK text, danger, and goes ahead only through the popconfirm', async () => {
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
    expect(fixture.componentInstance.pressed).toBe(0);
    expect(document.body.textContent).toContain('确定发布？');
    [...document.querySelectorAll<HTMLButtonElement>('.ant-popover button')]
      .find((b) => b.textContent?.includes('发布'))
      ?.click();
    expect(fixture.componentInstance.pressed).toBe(1);
    fixture.destroy();
  });
});
