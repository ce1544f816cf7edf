import { startPortalComponent } from '../../../testing/portal-harness';
import { ActionButtonComponent } from './action-button.component';

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
      label: 'products.product.actions.delist',
      testid: 'action-delist',
      danger: true,
    });
    expect(button.dataset['testid']).toBe('action-delist');
    expect(button.classList).toContain('ant-btn-dangerous');
    button.click();
    expect(pressed()).toBe(1);
  });

  it('asks first when there is a question', async () => {
    const { button, pressed } = await render({
      icon: 'send',
      label: 'products.product.actions.submit',
      testid: 'action-submit',
      type: 'primary',
      confirm: 'products.product.confirmSubmit',
      disabled: true,
    });
    expect(button.classList).toContain('ant-btn-primary');
    expect(button.type).toBe('button');
    expect(button.disabled).toBe(true);
    button.click();
    expect(pressed()).toBe(0);
  });
});
