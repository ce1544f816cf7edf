import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { ScenarioBatchView } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule, NzModalService } from 'ng-zorro-antd/modal';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import {
  BatchesApi,
  type BatchRequest,
} from '../../core/data-access/batches.api';
import { ScenariosApi } from '../../core/data-access/scenarios.api';
import { toApiError } from '../../core/http/api-error';
import { TEXTS } from '../../core/i18n/zh-cn';
import { SCENARIO_TEXTS } from '../../core/i18n/zh-cn.scenarios';
import {
  applyServerErrors,
  revealErrors,
} from '../../shared/forms/server-errors';
import { ReloadableList } from '../../shared/ui/reloadable-list';
import { createBatchForm, fromBatchView, toBatchRequest } from './batch-form';
import {
  DATA_TABLE,
  type TableColumn,
} from '../../shared/ui/data-table.component';
import { FormFieldComponent } from '../../shared/forms/form-field.component';

const BATCH_STATUS_COLORS: Record<ScenarioBatchView['status'], string> = {
  draft: 'processing',
  published: 'success',
  closed: 'default',
};

/** 榜单批次: prepare numbered lists, release them (with their approved scenarios) and close them. */
@Component({
  selector: 'sm-batches-page',
  imports: [
    DATA_TABLE,
    FormFieldComponent,
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzDatePickerModule,
    NzFormModule,
    NzGridModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzModalModule,
    NzTagModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './batches.page.html',
  styleUrl: './admin-page.less',
})
export class BatchesPage {
  private readonly api = inject(BatchesApi);
  private readonly scenarios = inject(ScenariosApi);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);

  protected readonly t = SCENARIO_TEXTS.admin;
  protected readonly common = TEXTS.common;
  protected readonly colors = BATCH_STATUS_COLORS;
  protected readonly edit = SCENARIO_TEXTS.scenarios.actions.edit;

  protected readonly batches = new ReloadableList(() => this.api.list());
  protected readonly rows = this.batches.items;
  protected readonly columns: TableColumn<ScenarioBatchView>[] = [
    {
      key: 'number',
      title: this.t.batchNumber,
      width: '90px',
      value: (b) => this.t.batchNumberValue(b.number),
    },
    { key: 'name', title: this.t.batchName, value: (b) => b.name },
    { key: 'issuer', title: this.t.batchIssuer, value: (b) => b.issuer },
    {
      key: 'window',
      title: this.t.batchWindow,
      width: '220px',
      value: (b) => this.t.windowValue(b.opensOn, b.closesOn),
    },
    {
      key: 'status',
      title: this.t.batchStatus,
      width: '140px',
      tag: (b) => ({
        text: this.t.batchStatuses[b.status],
        color: this.colors[b.status],
      }),
      testId: 'batch-status',
    },
    {
      key: 'count',
      title: this.t.batchScenarios,
      width: '80px',
      value: (b) => b.scenarioCount,
      testId: 'batch-count',
    },
    { key: 'actions', title: this.common.actions, width: '220px' },
  ];
  protected readonly rowAttrs = (b: ScenarioBatchView) => ({
    'data-number': b.number,
  });

  protected readonly busy = signal<string | null>(null);
  /** The batch being edited; 'new' for a new one; null when the form is closed. */
  protected readonly editing = signal<ScenarioBatchView | 'new' | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  readonly form = createBatchForm(inject(FormBuilder));

  protected openCreate(): void {
    const next = Math.max(0, ...this.rows().map((b) => b.number)) + 1;
    this.form.reset({
      number: next,
      name: '',
      issuer: this.t.defaultIssuer,
      description: '',
      opensOn: null,
      closesOn: null,
    });
    this.form.enable();
    this.formError.set(null);
    this.editing.set('new');
  }

  protected openEdit(batch: ScenarioBatchView): void {
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
    if (!editing || this.saving()) return;
    this.formError.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const request = toBatchRequest(this.form.getRawValue());
    const body: Partial<BatchRequest> = { ...request };
    if (editing !== 'new' && editing.status !== 'draft') delete body.number;
    this.saving.set(true);
    try {
      await firstValueFrom(
        editing === 'new'
          ? this.api.create(request)
          : this.api.update(editing.id, body),
      );
      this.saving.set(false);
      this.editing.set(null);
      this.message.success(this.t.batchSaved);
      this.batches.reload();
    } catch (error) {
      this.saving.set(false);
      const e = toApiError(error);
      const unmatched = applyServerErrors(this.form, e.errors);
      this.formError.set(
        unmatched.length
          ? unmatched.map((u) => u.message).join('；')
          : e.errors?.length
            ? null
            : e.message,
      );
    }
  }

  /** Asks with the number of approved scenarios that go live with the batch, then releases it. */
  protected async confirmPublish(batch: ScenarioBatchView): Promise<void> {
    if (this.busy()) return;
    this.busy.set(batch.id);
    let approved = 0;
    try {
      approved = (
        await firstValueFrom(
          this.scenarios.list({
            batch: batch.id,
            status: ['approved'],
            pageSize: 1,
          }),
        )
      ).total;
    } catch {
      // The count is information only; the release itself reports how many went live.
    }
    this.busy.set(null);
    this.modal.confirm({
      nzTitle: `${this.t.publishBatchTitle}：${batch.name}`,
      nzContent: this.t.publishBatchContent(approved),
      nzOkText: this.t.publishBatchOk,
      nzCancelText: this.common.cancel,
      nzOnOk: () => this.publish(batch),
    });
  }

  private async publish(batch: ScenarioBatchView): Promise<void> {
    this.busy.set(batch.id);
    try {
      const result = await firstValueFrom(this.api.publish(batch.id));
      this.message.success(this.t.batchPublished(result.published));
    } catch (error) {
      this.message.error(toApiError(error).message);
    } finally {
      this.busy.set(null);
      this.batches.reload();
    }
  }

  protected confirmClose(batch: ScenarioBatchView): void {
    this.modal.confirm({
      nzTitle: `${this.t.closeBatchTitle}：${batch.name}`,
      nzContent: this.t.closeBatchContent,
      nzOkText: this.t.closeBatchOk,
      nzOkDanger: true,
      nzCancelText: this.common.cancel,
      nzOnOk: () => this.close(batch),
    });
  }

  private async close(batch: ScenarioBatchView): Promise<void> {
    this.busy.set(batch.id);
    try {
      const result = await firstValueFrom(this.api.close(batch.id));
      this.message.success(this.t.batchClosed(result.closed));
    } catch (error) {
      this.message.error(toApiError(error).message);
    } finally {
      this.busy.set(null);
      this.batches.reload();
    }
  }
}
