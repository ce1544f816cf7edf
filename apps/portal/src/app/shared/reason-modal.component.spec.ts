import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { configurePortalTestBed, settle } from '../../testing/portal-harness';
import { ReasonModalComponent } from './reason-modal.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReasonModalComponent],
  template: `
    <sm-reason-modal
      [open]="open()"
      title="退回场景"
      label="退回理由"
      okText="退回"
      danger
      [busy]="busy()"
      (confirmed)="reasons.push($event)"
      (cancelled)="cancelled = cancelled + 1"
    >
      <p smReasonLead data-testid="lead">将退回给发布单位。</p>
      <p data-testid="in-form">请写明需修改之处。</p>
    </sm-reason-modal>
  `,
})
class HostComponent {
  readonly open = signal(true);
  readonly busy = signal(false);
  readonly reasons: string[] = [];
  cancelled = 0;
}

describe('ReasonModalComponent', () => {
  afterEach(() => TestBed.resetTestingModule());

  async function render() {
    configurePortalTestBed({ imports: [HostComponent] });
    const fixture = TestBed.createComponent(HostComponent);
    const refresh = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
      await settle();
      fixture.detectChanges();
    };
    await refresh();
    const find = <T extends HTMLElement>(id: string) =>
      document.querySelector<T>(`[data-testid="${id}"]`);
    return { fixture, host: fixture.componentInstance, refresh, find };
  }

  it('puts the lead above the form and other content in it, and confirms a trimmed reason', async () => {
    const { fixture, host, refresh, find } = await render();
    const modal = document.querySelector('.ant-modal') as HTMLElement;
    expect(modal.textContent).toContain('退回场景');
    const form = modal.querySelector('form') as HTMLFormElement;
    expect(form.contains(find('lead'))).toBe(false);
    expect(form.contains(find('in-form'))).toBe(true);
    const confirm = find<HTMLButtonElement>('reason-confirm');
    expect(confirm?.textContent?.trim()).toBe('退回');
    expect(confirm?.classList).toContain('ant-btn-dangerous');

    // Too short: nothing is confirmed.
    confirm?.click();
    await refresh();
    expect(host.reasons).toEqual([]);

    const input = find<HTMLTextAreaElement>(
      'reason-input',
    ) as HTMLTextAreaElement;
    input.value = '  材料不全  ';
    input.dispatchEvent(new Event('input'));
    await refresh();
    confirm?.click();
    expect(host.reasons).toEqual(['材料不全']);

    const cancel = [...modal.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === '取消',
    );
    cancel?.click();
    expect(host.cancelled).toBe(1);
    fixture.destroy();
  });

  it('does not confirm again while busy', async () => {
    const { fixture, host, refresh, find } = await render();
    const input = find<HTMLTextAreaElement>(
      'reason-input',
    ) as HTMLTextAreaElement;
    input.value = '材料不全';
    input.dispatchEvent(new Event('input'));
    host.busy.set(true);
    await refresh();
    const confirm = find<HTMLButtonElement>('reason-confirm');
    expect(confirm?.classList).toContain('ant-btn-loading');
    confirm?.click();
    expect(host.reasons).toEqual([]);
    fixture.destroy();
  });
});
