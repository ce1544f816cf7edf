import { ChangeDetectionStrategy, Component } from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { zh } from '@scenematch/portal/testing/transloco';
import { startPortalComponent } from '@scenematch/portal/testing/portal-harness';
import { FieldListComponent, type FieldRow } from './field-list.component';

const ROWS: readonly FieldRow[] = [
  [
    {
      control: 'name',
      id: 'name',
      kind: 'text',
      label: 'scenarios.admin.batchName',
      required: true,
      fallback: 'scenarios.admin.batchErrors.name',
      maxlength: 100,
      testid: 'f-name',
    },
  ],
  [
    {
      control: 'number',
      id: 'number',
      kind: 'number',
      label: 'scenarios.admin.batchNumber',
      min: 1,
      max: 9,
      testid: 'f-number',
      span: 8,
    },
    {
      control: 'notes',
      id: 'notes',
      kind: 'textarea',
      label: 'scenarios.admin.batchDescription',
      rows: 4,
      span: 16,
    },
  ],
];

@Component({
  imports: [ReactiveFormsModule, NzFormModule, FieldListComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form nz-form nzLayout="vertical" [formGroup]="form">
      <sm-field-list [group]="form" [rows]="rows" idPrefix="t-" />
    </form>
  `,
})
class HostComponent {
  readonly rows = ROWS;
  readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: Validators.required,
    }),
    number: new FormControl<number | null>(3),
    notes: new FormControl('', { nonNullable: true }),
  });
}

describe('FieldListComponent (字段表)', () => {
  it('draws each field with its label, id, test id and bounds, bound to its control', async () => {
    const { fixture } = startPortalComponent(HostComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    const labels = [...element.querySelectorAll('label')].map((l) => [
      l.getAttribute('for'),
      l.textContent?.trim(),
    ]);
    expect(labels).toEqual([
      ['t-name', zh('scenarios.admin.batchName')],
      ['t-number', zh('scenarios.admin.batchNumber')],
      ['t-notes', zh('scenarios.admin.batchDescription')],
    ]);
    const name = element.querySelector(
      '[data-testid="f-name"]',
    ) as HTMLInputElement;
    expect(name.id).toBe('t-name');
    expect(name.getAttribute('maxlength')).toBe('100');
    expect(element.querySelector('textarea')?.rows).toBe(4);
    expect(element.querySelectorAll('[nz-col]').length).toBe(2);

    name.value = '第一批';
    name.dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.form.controls.name.value).toBe('第一批');
    expect(
      element.querySelector<HTMLInputElement>('[data-testid="f-number"] input')
        ?.value,
    ).toBe('3');
  });
});
