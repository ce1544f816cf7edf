import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import type { ImportReport } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ImportResultsTableComponent } from './import-results-table.component';

/**
 * An import's report: on a dry run the counts, new units, rows and 确认导入 (or start over);
 * after the import what was created.
 */
@Component({
  selector: 'sm-import-report',
  imports: [
    ImportResultsTableComponent,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzResultModule,
    NzTagModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './import.page.less',
  template: `
    @let r = report();
    <nz-card
      class="block"
      [nzTitle]="
        r.dryRun
          ? ('scenarios.admin.importPreviewTitle' | transloco)
          : ('scenarios.admin.importResultTitle' | transloco)
      "
      [attr.data-testid]="r.dryRun ? 'import-preview-report' : 'import-result'"
    >
      @if (!report().dryRun) {
        @let done = report();
        <nz-result
          [nzStatus]="done.created > 0 ? 'success' : 'info'"
          [nzTitle]="
            done.created > 0
              ? ('scenarios.admin.importDone' | transloco: { n: done.created })
              : ('scenarios.admin.importNothing' | transloco)
          "
          [nzSubTitle]="
            'scenarios.admin.importCounts'
              | transloco
                : {
                    rows: done.rows,
                    created: done.created,
                    duplicates: done.duplicates,
                    errors: done.errors,
                  }
          "
          data-testid="import-done"
        />
      } @else {
        <div class="counts" data-testid="import-counts">
          {{
            'scenarios.admin.importCounts'
              | transloco
                : {
                    rows: r.rows,
                    created: r.created,
                    duplicates: r.duplicates,
                    errors: r.errors,
                  }
          }}
        </div>
      }

      @if (r.newAgencies.length) {
        <div class="new-units" data-testid="import-new-units">
          <span class="muted"
            >{{ 'scenarios.admin.importNewUnits' | transloco
            }}{{ 'agency.colon' | transloco }}</span
          >
          @for (u of r.newAgencies; track u) {
            <nz-tag nzColor="orange" data-i18n-skip>{{ u }}</nz-tag>
          }
        </div>
      }

      <sm-import-results-table [report]="r" />

      @if (report().dryRun) {
        @let p = report();
        <div class="buttons">
          <button nz-button type="button" (click)="startOver.emit()">
            {{ 'scenarios.admin.importReset' | transloco }}
          </button>
          <button
            nz-button
            nzType="primary"
            type="button"
            [disabled]="p.created === 0 || busy() !== null"
            [nzLoading]="busy() === 'commit'"
            (click)="confirm.emit()"
            data-testid="import-confirm"
          >
            <nz-icon nzType="check" />{{
              'scenarios.admin.importConfirmCount' | transloco: { n: p.created }
            }}
          </button>
        </div>
      }
    </nz-card>
  `,
})
export class ImportReportComponent {
  readonly report = input.required<ImportReport>();
  /** The import step under way. */
  readonly busy = input<'preview' | 'commit' | null>(null);
  /** 重新选择: drop the file and its report. */
  readonly startOver = output<void>();
  /** 确认导入: import the previewed file for real. */
  readonly confirm = output<void>();
}
