import {
  ChangeDetectionStrategy,
  Component,
  inject,
  output,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { ScenarioBatchView } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom } from 'rxjs';
import {
  BatchesApi,
  type BatchRequest,
} from '@scenematch/portal/scenarios/data-access/batches.api';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import {
  FieldListComponent,
  type FieldRow,
} from '@scenematch/portal/shared/ui/admin-forms/field-list.component';
import { submitForm } from '@scenematch/portal/shared/ui/admin-forms/submit-form';
import { createBatchForm, fromBatchView, toBatchRequest } from './batch-form';
import { FormModalComponent } from '@scenematch/portal/shared/ui/forms/form-modal.component';

/** The batch's fields: number and issuer, name, the window, description. */
const BATCH_FIELDS: readonly FieldRow[] = [
  [
    {
      control: 'number',
      id: 'number',
      kind: 'number',
      label: 'scenarios.admin.batchNumber',
      required: true,
      fallback: 'scenarios.admin.batchErrors.number',
      min: 1,
      max: 999,
      testid: 'batch-number',
      span: 8,
    },
    {
      control: 'issuer',
      id: 'issuer',
      kind: 'text',
      label: 'scenarios.admin.batchIssuer',
      required: true,
      fallback: 'scenarios.admin.batchErrors.issuer',
      maxlength: 100,
      testid: 'batch-issuer',
      span: 16,
    },
  ],
  [
    {
      control: 'name',
      id: 'name',
      kind: 'text',
      label: 'scenarios.admin.batchName',
      required: true,
      fallback: 'scenarios.admin.batchErrors.name',
      maxlength: 100,
      testid: 'batch-name',
    },
  ],
  [
    {
      control: 'opensOn',
      id: 'opens',
      kind: 'date',
      label: 'scenarios.admin.batchOpensOn',
      testid: 'batch-opens',
      span: 12,
    },
    {
      control: 'closesOn',
      id: 'closes',
      kind: 'date',
      label: 'scenarios.admin.batchClosesOn',
      fallback: 'scenarios.admin.batchErrors.window',
      testid: 'batch-closes',
      span: 12,
    },
  ],
  [
    {
      control: 'description',
      id: 'description',
      kind: 'textarea',
      label: 'scenarios.admin.batchDescription',
      rows: 3,
      maxlength: 3000,
    },
  ],
];

/**
 * The modal that creates or edits a 榜单批次. A server's field errors land on their fields, the
 * rest above the buttons. Emits `saved` after a successful save.
 */
@Component({
  selector: 'sm-batch-form-dialog',
  imports: [
    FormModalComponent,
    FieldListComponent,
    ReactiveFormsModule,
    NzAlertModule,
    NzFormModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './batch-form-dialog.component.html',
  styleUrl: './admin-page.less',
})
export class BatchFormDialogComponent {
  private readonly api = inject(BatchesApi);
  private readonly message = inject(NzMessageService);
  private readonly lang = inject(LanguageService);

  readonly saved = output<void>();

  /** The batch being edited; 'new' for a new one; null when the form is closed. */
  protected readonly editing = signal<ScenarioBatchView | 'new' | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  readonly form = createBatchForm(inject(FormBuilder));
  protected readonly rows = BATCH_FIELDS;

  /** Opens an empty form with the next free number and the default issuer. */
  openCreate(number: number): void {
    this.form.reset({
      number,
      name: '',
      issuer: this.lang.t('scenarios.admin.defaultIssuer'),
      description: '',
      opensOn: null,
      closesOn: null,
    });
    this.form.enable();
    this.formError.set(null);
    this.editing.set('new');
  }

  openEdit(batch: ScenarioBatchView): void {
    this.form.reset(fromBatchView(batch));
    this.form.enable();
    // A released batch keeps its number (the API refuses the change).
    if (batch.status !== 'draft') this.form.controls.number.disable();
    this.formError.set(null);
    this.editing.set(batch);
  }

  protected closeForm(): void {
    if (!this.saving()) this.editing.set(null);
  }

  protected async save(): Promise<void> {
    const editing = this.editing();
    if (!editing) return;
    const state = { saving: this.saving, error: this.formError };
    await submitForm(this.form, state, async () => {
      const request = toBatchRequest(this.form.getRawValue());
      const body: Partial<BatchRequest> = { ...request };
      if (editing !== 'new' && editing.status !== 'draft') delete body.number;
      await firstValueFrom(
        editing === 'new'
          ? this.api.create(request)
          : this.api.update(editing.id, body),
      );
      this.editing.set(null);
      this.message.success(this.lang.t('scenarios.admin.batchSaved'));
      this.saved.emit();
    });
  }
}
