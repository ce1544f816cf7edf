import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { ScenarioStatus } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSelectModule } from 'ng-zorro-antd/select';
import {
  ScenariosApi,
  type ExportFormat,
} from '@scenematch/portal/scenarios/data-access/scenarios.api';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { FileDownloads } from '@scenematch/portal/shared/ui/ui/file-downloads';

/** Every state staff may export a batch in (drafts and cancelled ones are not part of a list). */
const EXPORT_STATUSES: ScenarioStatus[] = [
  'submitted',
  'approved',
  'published',
  'closed',
  'evaluating',
  'awarded',
  'piloting',
  'accepted',
];

/** 导出: the list of one batch (or of all) as an Excel or CSV file. */
@Component({
  selector: 'sm-import-export-card',
  imports: [
    FormsModule,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzSelectModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './import.page.less',
  template: `
    <nz-card
      class="block"
      [nzTitle]="'scenarios.admin.exportTitle' | transloco"
      data-testid="export-card"
    >
      <p class="muted">{{ 'scenarios.admin.exportLead' | transloco }}</p>
      <div class="export-row">
        <nz-select
          class="export-batch"
          [ngModel]="exportBatchId()"
          (ngModelChange)="exportBatchId.set($event)"
          [nzPlaceHolder]="'scenarios.admin.exportBatchPlaceholder' | transloco"
          nzAllowClear
          data-testid="export-batch"
        >
          @for (b of batches(); track b.id) {
            <nz-option [nzValue]="b.id" [nzLabel]="b.label" />
          }
        </nz-select>
        <button
          nz-button
          [nzLoading]="exporting.busy() === 'xlsx'"
          (click)="export('xlsx')"
          data-testid="admin-export-xlsx"
        >
          <nz-icon nzType="file-excel" />{{
            'scenarios.exportXlsx' | transloco
          }}
        </button>
        <button
          nz-button
          [nzLoading]="exporting.busy() === 'csv'"
          (click)="export('csv')"
          data-testid="admin-export-csv"
        >
          <nz-icon nzType="download" />{{ 'scenarios.exportCsv' | transloco }}
        </button>
      </div>
    </nz-card>
  `,
})
export class ImportExportCardComponent {
  private readonly api = inject(ScenariosApi);
  private readonly lang = inject(LanguageService);

  /** The batches to choose from, labelled. */
  readonly batches = input<ReadonlyArray<{ id: string; label: string }>>([]);

  protected readonly exportBatchId = signal<string | null>(null);
  protected readonly exporting = new FileDownloads<ExportFormat>();

  protected export(format: ExportFormat): void {
    const batch = this.exportBatchId();
    this.exporting.run(
      format,
      this.api.exportList(batch ? { batch, status: EXPORT_STATUSES } : {}, format),
      () => this.lang.t('scenarios.exportFailed'),
    );
  }
}
