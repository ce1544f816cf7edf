import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import type { FieldOption, FieldSpec } from '@scenematch/portal/shared/ui/forms/field-spec';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import {
  filtersOfForm,
  formOfFilters,
  OUTCOMES,
  type AuditFilterForm,
  type AuditListFilters,
} from './audit-filters';
import { ACTIONS, ENTITIES, OUTCOME_KEYS } from './audit-options';

/** One filter field (a select when it has options, else a text input) and its width. */
interface AuditFilterField extends FieldSpec {
  readonly control: 'action' | 'actor' | 'entityType' | 'outcome' | 'entityId';
  /** Columns out of 24 on large screens. */
  readonly lg: number;
}

/** Filter options as a field's options: values with catalogue-key labels. */
function keyedOptions(
  options: ReadonlyArray<{ value: string; key: string }>,
): FieldOption[] {
  return options.map(({ value, key }) => ({ value, label: key }));
}

/**
 * The audit log's filter card (action, user, object, outcome, date range): shows the `filters`
 * (the URL's), emits the filters typed on 查询, and empty filters after 重置.
 */
@Component({
  selector: 'sm-audit-filters-form',
  imports: [
    ReactiveFormsModule,
    FormFieldComponent,
    NzButtonModule,
    NzCardModule,
    NzDatePickerModule,
    NzFormModule,
    NzGridModule,
    NzIconModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-filters-form.component.html',
  styleUrls: ['../admin-page.less', './audit.page.less'],
  styles: ':host { display: block; }',
})
export class AuditFiltersFormComponent {
  /** The filters in force: the card follows them (a link, the back button). */
  readonly filters =
    input.required<Omit<AuditListFilters, 'page' | 'pageSize'>>();
  readonly searched = output<Omit<AuditListFilters, 'page' | 'pageSize'>>();

  /** The filter fields before the date range: selects (with options) and text inputs. */
  protected readonly fields: readonly AuditFilterField[] = [
    {
      control: 'action',
      id: 'audit-action',
      label: 'admin.audit.filters.action',
      placeholder: 'admin.audit.filters.actionPlaceholder',
      testid: 'audit-filter-action',
      lg: 6,
      kind: 'select',
      options: keyedOptions(ACTIONS),
      clearable: true,
      search: true,
    },
    {
      control: 'actor',
      id: 'audit-actor',
      label: 'admin.audit.filters.actor',
      placeholder: 'admin.audit.filters.actorPlaceholder',
      testid: 'audit-filter-actor',
      lg: 6,
    },
    {
      control: 'entityType',
      id: 'audit-entity',
      label: 'admin.audit.filters.entity',
      placeholder: 'admin.audit.filters.entityPlaceholder',
      testid: 'audit-filter-entity',
      lg: 4,
      kind: 'select',
      options: keyedOptions(ENTITIES),
      clearable: true,
    },
    {
      control: 'outcome',
      id: 'audit-outcome',
      label: 'admin.audit.filters.outcome',
      placeholder: 'admin.audit.filters.outcomePlaceholder',
      testid: 'audit-filter-outcome',
      lg: 4,
      kind: 'select',
      options: OUTCOMES.map((value) => ({
        value,
        label: OUTCOME_KEYS[value],
      })),
      clearable: true,
    },
    {
      control: 'entityId',
      id: 'audit-entity-id',
      label: 'admin.audit.filters.entityId',
      testid: 'audit-filter-entity-id',
      lg: 4,
    },
  ];
  protected readonly form = inject(FormBuilder).nonNullable.group({
    action: [''],
    actor: [''],
    entityType: [''],
    entityId: [''],
    outcome: [''],
    dates: [[] as Date[]],
  });

  /** The filters the card last showed or sent (paging and its own 查询 leave the card as it is). */
  private shown = '';

  constructor() {
    effect(() => {
      const form = formOfFilters(this.filters());
      const key = JSON.stringify(form);
      if (key === this.shown) return;
      this.shown = key;
      this.form.reset(form);
    });
  }

  protected search(): void {
    const filters = filtersOfForm(this.form.getRawValue() as AuditFilterForm);
    this.shown = JSON.stringify(formOfFilters(filters));
    this.searched.emit(filters);
  }

  protected reset(): void {
    this.form.reset();
    this.search();
  }
}
