import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { FormModalComponent } from './form-modal.component';
import { PORTAL_ICONS } from '../../core/icons';
import { translocoTesting } from '../../../testing/transloco';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormModalComponent],
  template: `
    <sm-form-modal
      [open]="open()"
      title="新建"
      [error]="error()"
      errorTestId="form-error"
      saveTestId="form-save"
      (cancelled)="cancelled = cancelled + 1"
      (saved)="saved = saved + 1"
    >
      <ng-template
        ><p data-testid="form-body">{{ body }}</p></ng-template
      >
    </sm-form-modal>
  `,
})
class HostComponent {
  readonly open = signal(false);
  readonly error = signal<string | null>(null);
  readonly body = '表单';
  cancelled = 0;
  saved = 0;
}

describe('FormModalComponent', () => {
  const byTestId = (id: string) =>
    document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  it('creates its body only while open, shows the error above it and reports a save', async () => {
    TestBed.configureTestingModule({
      imports: [HostComponent, translocoTesting()],
      providers: [provideNzIcons(PORTAL_ICONS)],
    });
    const fixture = TestBed.createComponent(HostComponent);
    const host = fixture.componentInstance;
    fixture.detectChanges();
    expect(byTestId('form-body')).toBeNull();

    host.open.set(true);
    host.error.set('出错了');
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(byTestId('form-body')?.textContent).toBe('表单');
    expect(byTestId('form-error')?.textContent).toContain('出错了');

    byTestId('form-save')?.click();
    expect(host.saved).toBe(1);
    fixture.destroy();
  });
});
