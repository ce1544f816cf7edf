import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  SCENARIO_LIST_COLUMNS,
  type ImportReport,
  type ScenarioBatchView,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzUploadModule, type NzUploadFile } from 'ng-zorro-antd/upload';
import { firstValueFrom } from 'rxjs';
import { injectBatchList } from '@scenematch/portal/shared/ui/scenario/batch-list';
import { saveFile, toCsv } from '@scenematch/portal/core/http/download';
import { ScenariosApi } from '@scenematch/portal/scenarios/data-access/scenarios.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { BATCH_STATUS_KEYS } from '@scenematch/portal/shared/ui/scenario/scenario-status-keys';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import { ImportExportCardComponent } from './import-export-card.component';
import { ImportReportComponent } from './import-report.component';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

const ACCEPTED = /\.(xlsx|csv)$/i;

export { OUTCOME_COLORS } from './import-results-table.component';

/** The import template: the list columns and nothing else, readable by Excel (UTF-8 BOM). */
export function importTemplateCsv(): string {
  return toCsv([[...SCENARIO_LIST_COLUMNS]]);
}

/**
 * 导入导出: a list file goes into a batch in two steps — a dry run shows what each row would
 * become (created, duplicate, error with reasons, new units), then 确认导入 saves it.
 */
@Component({
  selector: 'sm-import-page',
  imports: [
    PageHeadComponent,
    FormFieldComponent,
    TranslocoPipe,
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzGridModule,
    NzIconModule,
    NzSelectModule,
    ImportExportCardComponent,
    ImportReportComponent,
    NzUploadModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import.page.html',
  styleUrl: './import.page.less',
})
export class ImportPage {
  private readonly api = inject(ScenariosApi);
  private readonly message = inject(NzMessageService);

  private readonly lang = inject(LanguageService);
  /** The file's column names (Chinese in every language: they are the file format). */
  protected readonly columns = SCENARIO_LIST_COLUMNS.join('、');

  private readonly batches = injectBatchList();
  /** A closed batch takes no more scenarios. */
  protected readonly importBatches = computed(() =>
    this.batches()
      .filter((b) => b.status !== 'closed')
      .map((b) => ({ id: b.id, label: this.label(b) })),
  );
  protected readonly exportBatches = computed(() =>
    this.batches().map((b) => ({ id: b.id, label: this.label(b) })),
  );

  protected readonly batchId = signal<string | null>(null);
  protected readonly file = signal<File | null>(null);
  protected readonly fileList = computed<NzUploadFile[]>(() => {
    const f = this.file();
    return f
      ? [{ uid: 'chosen', name: f.name, size: f.size, status: 'done' }]
      : [];
  });
  protected readonly busy = signal<'preview' | 'commit' | null>(null);
  protected readonly report = signal<ImportReport | null>(null);
  protected readonly error = signal<string | null>(null);

  private label(b: ScenarioBatchView): string {
    return this.lang.t('scenarios.admin.batchOption', {
      batch: this.lang.t('scenarios.batchValue', { n: b.number, name: b.name }),
      status: this.lang.t(BATCH_STATUS_KEYS[b.status]),
    });
  }

  /** nz-upload hands the file over and uploads nothing itself (false): this page sends it. */
  protected readonly beforeUpload = (file: NzUploadFile): boolean => {
    const raw = file as unknown as File;
    if (!ACCEPTED.test(raw.name ?? '')) {
      this.message.error(this.lang.t('scenarios.admin.importWrongType'));
      return false;
    }
    this.file.set(raw);
    this.report.set(null);
    this.error.set(null);
    return false;
  };

  protected chooseBatch(id: string | null): void {
    this.batchId.set(id);
    // A preview was for the old batch (duplicates and numbers depend on it).
    this.report.set(null);
    this.error.set(null);
  }

  protected removeFile = (): boolean => {
    this.file.set(null);
    this.report.set(null);
    this.error.set(null);
    return true;
  };

  protected async run(dryRun: boolean): Promise<void> {
    const file = this.file();
    const batchId = this.batchId();
    if (!file || this.busy()) return;
    if (!batchId) {
      this.error.set(this.lang.t('scenarios.admin.importNeedsBatch'));
      return;
    }
    this.busy.set(dryRun ? 'preview' : 'commit');
    this.error.set(null);
    try {
      const report = await firstValueFrom(
        this.api.importList(file, batchId, dryRun),
      );
      this.report.set(report);
      if (!dryRun)
        this.message.success(
          this.lang.t('scenarios.admin.importDone', { n: report.created }),
        );
    } catch (error) {
      const e = toApiError(error);
      const details = e.errors?.map((f) => f.message).join('；');
      this.error.set(details || e.message);
    } finally {
      this.busy.set(null);
    }
  }

  protected reset(): void {
    this.file.set(null);
    this.report.set(null);
    this.error.set(null);
  }

  protected downloadTemplate(): void {
    saveFile({
      blob: new Blob([importTemplateCsv()], { type: 'text/csv;charset=utf-8' }),
      fileName: this.lang.t('scenarios.admin.importTemplateFile'),
    });
  }
}
