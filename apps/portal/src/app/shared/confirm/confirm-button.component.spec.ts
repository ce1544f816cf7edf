import { ConfirmButtonComponent } from './confirm-button.component';
import { startPortalComponent } from '../../../testing/portal-harness';

describe('ConfirmButtonComponent', () => {
  async function render(inputs: Record<string, unknown>) {
    const { fixture } = startPortalComponent(ConfirmButtonComponent);
    for (const [name, value] of Object.entries(inputs))
      fixture.componentRef.setInput(name, value);
    let confirmed = 0;
    fixture.componentInstance.confirmed.subscribe(() => confirmed++);
    fixture.detectChanges();
    const button = (fixture.nativeElement as HTMLElement).querySelector(
      'button',
    ) as HTMLButtonElement;
    return { button, confirmed: () => confirmed };
  }

  it('is a small button with the test id that asks before it emits', async () => {
    const { button, confirmed } = await render({
      question: '确认重试？',
      testid: 'failed-retry',
      type: 'primary',
    });
    expect(button.dataset['testid']).toBe('failed-retry');
    expect(button.classList).toContain('ant-btn-primary');
    expect(button.classList).toContain('ant-btn-sm');
    button.click();
    expect(confirmed()).toBe(0);
  });

  it('can be disabled and of the default size', async () => {
    const { button } = await render({
      question: '确认？',
      testid: 'scenario-pilot',
      size: 'default',
      disabled: true,
    });
    expect(button.disabled).toBe(true);
    expect(button.classList).not.toContain('ant-btn-sm');
  });
});
