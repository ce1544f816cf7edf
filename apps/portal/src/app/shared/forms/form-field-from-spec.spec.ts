import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { translocoTesting } from '../../../testing/transloco';
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
    await TestBed.configureTestingModule({
      imports: [HostComponent, translocoTesting()],
    }).compileComponents();
    const fixture = TestBed.createComponent(HostComponent);
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
