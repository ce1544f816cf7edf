import { ChangeDetectionStrategy, Component } from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { startPortalComponent } from '@scenematch/portal/testing/portal-harness';
import { zh } from '@scenematch/portal/testing/transloco';
import type { FieldSpec } from './field-spec';
import { FormFieldComponent } from './form-field.component';

@Component({
  imports: [ReactiveFormsModule, FormFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form">
      @for (f of fields; track f.control) {
        <sm-form-field [spec]="f" [group]="form" />
      }
    </form>
  `,
})
class HostComponent {
  readonly form = new FormGroup({
    painPoints: new FormControl('abc'),
    contactPhone: new FormControl(''),
  });
  readonly fields: readonly FieldSpec[] = [
    {
      control: 'painPoints',
      kind: 'textarea',
      testid: 'field-pain-points',
      id: 'sf-pain',
      label: 'agency.fields.painPoints',
      placeholder: 'agency.placeholders.painPoints',
      rows: 3,
      maxlength: 9,
    },
    {
      control: 'contactPhone',
      testid: 'field-contact-phone',
      id: 'sf-phone',
      label: 'agency.fields.contactPhone',
      type: 'tel',
    },
  ];
}

describe('FormFieldComponent from a FieldSpec', () => {
  it('renders a textarea or an input bound to the surrounding form', async () => {
    const { fixture } = startPortalComponent(HostComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;

    const area = root.querySelector<HTMLTextAreaElement>(
      '[data-testid="field-pain-points"]',
    );
    expect(area?.tagName).toBe('TEXTAREA');
    expect(area?.id).toBe('sf-pain');
    expect(area?.rows).toBe(3);
    expect(area?.value).toBe('abc');
    expect(area?.getAttribute('maxlength')).toBe('9');
    expect(area?.getAttribute('placeholder')).toBeTruthy();
    expect(root.querySelector('label[for="sf-pain"]')).not.toBeNull();

    const phone = root.querySelector<HTMLInputElement>(
      '[data-testid="field-contact-phone"]',
    );
    expect(phone?.tagName).toBe('INPUT');
    expect(phone?.type).toBe('tel');
    expect(phone?.hasAttribute('placeholder')).toBe(false);
    expect(phone?.hasAttribute('maxlength')).toBe(false);
    if (!phone) throw new Error('no phone field');
    phone.value = '123';
    phone.dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.form.value.contactPhone).toBe('123');
  });
});

@Component({
  imports: [ReactiveFormsModule, FormFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form">
      <sm-form-field [spec]="name" [group]="form" />
      <sm-form-field [spec]="domains" [group]="form" [options]="options" />
    </form>
  `,
})
class IconSelectHostComponent {
  readonly form = new FormGroup({
    name: new FormControl('', { validators: Validators.required }),
    domains: new FormControl<string[]>([]),
  });
  readonly name: FieldSpec = {
    control: 'name',
    id: 't-name',
    label: 'products.form.fields.name',
    icon: 'user',
    type: 'text',
    required: true,
    requiredMessage: 'products.form.errors.required',
    testid: 'name',
    errorTestid: 'name-error',
  };
  readonly domains: FieldSpec = {
    control: 'domains',
    id: 't-domains',
    kind: 'select',
    label: 'products.form.fields.domains',
    multiple: true,
    testid: 'domains',
  };
  readonly options = [{ value: '智慧交通', label: '智慧交通' }];
}

describe('FormFieldComponent from a FieldSpec: icon input and select', () => {
  it('puts the icon before the input and names the label in the required message', async () => {
    const { fixture } = startPortalComponent(IconSelectHostComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;

    const input = root.querySelector<HTMLInputElement>('[data-testid="name"]');
    expect(input?.closest('nz-input-wrapper')).not.toBeNull();
    expect(input?.type).toBe('text');
    expect(root.querySelector('label[for="t-name"]')?.textContent).toContain(
      zh('products.form.fields.name'),
    );

    fixture.componentInstance.form.controls.name.markAsTouched();
    fixture.componentInstance.form.controls.name.updateValueAndValidity();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(
      root.querySelector('[data-testid="name-error"]')?.textContent?.trim(),
    ).toBe(
      zh('products.form.errors.required').replace(
        '{{label}}',
        zh('products.form.fields.name'),
      ),
    );

    // A select fed with data (not catalogue keys) is left out of the language checks.
    const select = root.querySelector('[data-testid="domains"]');
    expect(select?.hasAttribute('data-i18n-skip')).toBe(true);
  });
});
