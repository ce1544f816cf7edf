import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  configurePortalTestBed,
  settle,
} from '@scenematch/portal/testing/portal-harness';
import { FormModalComponent } from './form-modal.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormModalComponent],
  template: `
    <sm-form-modal
      [open]="open()"
      title="新建活动"
      [saving]="saving()"
      saveTestId="event-save"
      [error]="error()"
      errorTestId="event-error"
      (cancelled)="cancelled = cancelled + 1"
      (saved)="saved = saved + 1"
    >
      <form data-testid="event-form">
        <input data-testid="event-title" [value]="value()" />
      </form>
    </sm-form-modal>
  `,
})
class HostComponent {
  readonly open = signal(false);
  readonly saving = signal(false);
  readonly error = signal<string | null>(null);
  readonly value = signal('路演');
  cancelled = 0;
  saved = 0;
}

describe('FormModalComponent', () => {
  afterEach(() => TestBed.resetTestingModule());

  async function render() {
    configurePortalTestBed({ imports: [HostComponent] });
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    const host = fixture.componentInstance;
    const refresh = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
      await settle();
      fixture.detectChanges();
    };
    const find = <T extends HTMLElement>(id: string) =>
      document.querySelector<T>(`[data-testid="${id}"]`);
    return { fixture, host, refresh, find };
  }

  it('shows the projected form with 取消 and 保存 only while open, and says which was pressed', async () => {
    const { fixture, host, refresh, find } = await render();
    expect(find('event-form')).toBeNull();

    host.open.set(true);
    await refresh();
    const modal = document.querySelector('.ant-modal') as HTMLElement;
    expect(modal.textContent).toContain('新建活动');
    expect(modal.querySelector('[data-testid="event-form"]')).not.toBeNull();
    expect(find<HTMLInputElement>('event-title')?.value).toBe('路演');
    expect(find('event-error')).toBeNull();

    host.value.set('对接会');
    await refresh();
    expect(find<HTMLInputElement>('event-title')?.value).toBe('对接会');

    find<HTMLButtonElement>('event-save')?.click();
    expect(host.saved).toBe(1);
    const cancel = [...modal.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === '取消',
    );
    cancel?.click();
    expect(host.cancelled).toBe(1);

    host.open.set(false);
    await refresh();
    host.open.set(true);
    await refresh();
    expect(find<HTMLInputElement>('event-title')?.value).toBe('对接会');
    fixture.destroy();
  });

  it('puts the message for the whole form above it, and spins 保存 while saving', async () => {
    const { fixture, host, refresh, find } = await render();
    host.open.set(true);
    host.saving.set(true);
    host.error.set('活动已存在');
    await refresh();
    const error = find('event-error');
    const form = find('event-form');
    expect(error?.textContent).toContain('活动已存在');
    expect(form && error?.compareDocumentPosition(form)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(find('event-save')?.classList).toContain('ant-btn-loading');
    fixture.destroy();
  });
});
