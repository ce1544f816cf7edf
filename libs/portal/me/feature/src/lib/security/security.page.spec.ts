import { TestBed } from '@angular/core/testing';
import { configurePortalTestBed } from '@scenematch/portal/testing/portal-harness';
import { zh } from '@scenematch/portal/testing/transloco';
import { SecurityPage } from './security.page';

describe('SecurityPage password form (修改密码)', () => {
  it('labels the password inputs and says what is missing or does not match', async () => {
    configurePortalTestBed({ imports: [SecurityPage], role: 'company' });
    const fixture = TestBed.createComponent(SecurityPage);
    fixture.detectChanges();
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;

    for (const [id, label, autocomplete] of [
      ['current-password', 'me.security.currentPassword', 'current-password'],
      ['new-password', 'me.security.newPassword', 'new-password'],
      ['confirm-password', 'me.security.confirmPassword', 'new-password'],
    ]) {
      const input = root.querySelector<HTMLInputElement>(
        `[data-testid="${id}"]`,
      );
      expect(input?.id).toBe(id);
      expect(input?.type).toBe('password');
      expect(input?.getAttribute('autocomplete')).toBe(autocomplete);
      expect(root.querySelector(`label[for="${id}"]`)?.textContent).toContain(
        zh(label),
      );
    }

    const type = (id: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(
        `[data-testid="${id}"]`,
      );
      if (!input) throw new Error(`no ${id}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
    };
    type('current-password', '');
    type('new-password', 'Str0ng#Passw0rd');
    type('confirm-password', 'Other#Passw0rd1');
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();

    const text = root.textContent ?? '';
    expect(text).toContain(
      zh('me.security.required').replace(
        '{{label}}',
        zh('me.security.currentPassword'),
      ),
    );
    expect(text).toContain(zh('me.security.confirmMismatch'));
  });
});
