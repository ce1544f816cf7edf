import { ChangeDetectionStrategy, Component } from '@angular/core';
import { zh } from '@scenematch/portal/testing/transloco';
import { startPortalComponent } from '@scenematch/portal/testing/portal-harness';
import { StatusTagComponent } from './status-tag.component';

@Component({
  imports: [StatusTagComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sm-application-status-tag status="submitted" />
    <sm-product-status-tag status="listed" />
    <sm-status-tag status="published" />
    <sm-status-tag status="unheard-of" />
  `,
})
class HostComponent {}

describe('StatusTagComponent', () => {
  it('labels and colours the state of the kind its element names', async () => {
    const { fixture } = startPortalComponent(HostComponent);
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    const tag = (testid: string) =>
      root.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`);

    expect(tag('application-status')[0].textContent?.trim()).toBe(
      zh('applications.statuses.submitted'),
    );
    expect(tag('product-status')[0].dataset['status']).toBe('listed');
    expect(tag('status-tag')[0].textContent?.trim()).toBe(
      zh('scenarios.statuses.published'),
    );
    expect(tag('status-tag')[1].textContent?.trim()).toBe('unheard-of');
  });
});
