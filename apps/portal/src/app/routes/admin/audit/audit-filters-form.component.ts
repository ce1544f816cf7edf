import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import type { AuditFilters } from '../../../core/data-access/audit.api';
import { auditFiltersOf, type AuditFilterForm } from './audit-filters';
import { ACTIONS, ENTITIES, OUTCOME_KEYS } from './audit-options';

/**
 * The audit log's filter card (action, user, object, outcome, date range): emits the API's
 * filters on 查询, and empty filters after 重置.
 */
@Component({
  selector: 'sm-audit-filters-form',
  imports: [
    ReactiveFormsModule,
    NzButtonModule,
    NzCardModule,
    NzDatePickerModule,
    NzFormModule,
    NzGridModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-filters-form.component.html',
  styleUrls: ['../admin-page.less', './audit.page.less'],
  styles: ':host { display: block; }',
})
export class AuditFiltersFormComponent {
  readonly searched = output<AuditFilters>();

  protected readonly actionOptions = ACTIONS;
  protected readonly entityOptions = ENTITIES;
  protected readonly outcomeKeys = OUTCOME_KEYS;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    action: [''],
    actor: [''],
    entityType: [''],
    entityId: [''],
    outcome: [''],
    dates: [[] as Date[]],
  });

  protected search(): void {
    this.searched.emit(auditFiltersOf(this.form.getRawValue() as AuditFilterForm));
  }

  protected reset(): void {
    this.form.reset();
    this.search();
  }
}
