import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { configurePortalTestBed, settle } from '@scenematch/portal/testing/portal-harness';
import { ReasonModalComponent } from './reason-modal.component';
import { RowActions } from './ui/row-actions';
import { SERVER_ERROR } from './forms/server-errors';

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

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReasonModalComponent],
  template: `
    <sm-reason-modal
      [rowActions]="actions"
      title="停用账号"
      label="停用理由"
      (confirmed)="reasons.push($event)"
    />
  `,
})
class RowActionsHostComponent {
  readonly actions = new RowActions<{ id: string }>(() => undefined);
  readonly reasons: string[] = [];
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

  it('follows the row actions it gives a reason for: open, busy, their complaint about the reason, and 取消', async () => {
    configurePortalTestBed({ imports: [RowActionsHostComponent] });
    const fixture = TestBed.createComponent(RowActionsHostComponent);
    const refresh = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
      await settle();
      fixture.detectChanges();
    };
    const { actions } = fixture.componentInstance;
    await refresh();
    expect(document.querySelector('[data-testid="reason-input"]')).toBeNull();

    actions.ask({ id: 'u1' });
    await refresh();
    actions.busy.set('u1');
    actions.reasonError.set('理由太短');
    await refresh();
    expect(
      document.querySelector('[data-testid="reason-confirm"]')?.classList,
    ).toContain('ant-btn-loading');
    const modal = fixture.debugElement.query(By.directive(ReasonModalComponent))
      .componentInstance as ReasonModalComponent;
    expect(modal['reason'].errors).toEqual({ [SERVER_ERROR]: '理由太短' });

    actions.busy.set(null);
    await refresh();
    const cancel = [...document.querySelectorAll('.ant-modal button')].find(
      (b) => b.textContent?.trim() === '取消',
    ) as HTMLButtonElement;
    cancel.click();
    expect(actions.asking()).toBeNull();
    fixture.destroy();
  });
});
