import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import {
  SCENARIO_LIST_COLUMNS,
  type ImportReport,
  type ImportRowResult,
} from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import {
  DATA_TABLE,
  type TableColumn,
} from '@scenematch/portal/shared/ui/ui/data-table.component';

export const OUTCOME_COLORS: Record<ImportRowResult['outcome'], string> = {
  created: 'success',
  duplicate: 'default',
  error: 'error',
};

const OUTCOME_KEYS: Record<ImportRowResult['outcome'], string> = {
  created: 'scenarios.admin.importOutcomes.created',
  duplicate: 'scenarios.admin.importOutcomes.duplicate',
  error: 'scenarios.admin.importOutcomes.error',
};

/**
 * The rows of an import report: row number, the file's 序号/名称/单位 (a new unit tagged), what
 * the row became (or would become, on a dry run) and its errors.
 */
@Component({
  selector: 'sm-import-results-table',
  imports: [DATA_TABLE, NzTagModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .row-errors {
      color: #cf1322;
    }
  `,
  template: `
    <sm-data-table
      [rows]="report().results"
      [columns]="columns()"
      [pageSize]="50"
      quietPaging
      tableSize="small"
      testId="import-rows"
      rowTestId="import-row"
      [rowAttrs]="rowAttrs"
      [trackBy]="trackBy"
    >
      <ng-template smCell="agency" [smCellOf]="report().results" let-row>
        <span data-i18n-skip>{{ row.agency ?? '' }}</span>
        @if (row.newAgency) {
          <nz-tag nzColor="orange">{{
            'scenarios.admin.importNewTag' | transloco
          }}</nz-tag>
        }
      </ng-template>
      <ng-template smCell="errors" [smCellOf]="report().results" let-row>
        <span class="row-errors">{{ row.errors.join('；') }}</span>
      </ng-template>
    </sm-data-table>
  `,
})
export class ImportResultsTableComponent {
  private readonly i18n = inject(LanguageService);

  readonly report = input.required<ImportReport>();

  protected readonly rowAttrs = (row: ImportRowResult) => ({
    'data-outcome': row.outcome,
    'data-row': row.row,
  });
  protected readonly trackBy = (row: ImportRowResult) => row.row;
  /** The file's own column names head its columns (Chinese in every language: the file format). */
  protected readonly columns = computed((): TableColumn<ImportRowResult>[] => {
    const dryRun = this.report().dryRun;
    return [
      {
        key: 'row',
        title: this.i18n.t('scenarios.admin.importRow'),
        width: '70px',
        value: (row) => row.row,
      },
      {
        key: 'seq',
        title: SCENARIO_LIST_COLUMNS[0],
        titleData: true,
        width: '70px',
        value: (row) => row.seqNo ?? '',
      },
      {
        key: 'title',
        title: SCENARIO_LIST_COLUMNS[2],
        titleData: true,
        value: (row) => row.title,
        data: true,
      },
      { key: 'agency', title: SCENARIO_LIST_COLUMNS[3], titleData: true },
      {
        key: 'outcome',
        title: this.i18n.t('scenarios.admin.importOutcome'),
        width: '90px',
        tag: (row) => ({
          color: OUTCOME_COLORS[row.outcome],
          text: this.i18n.t(
            !dryRun && row.outcome === 'created'
              ? 'scenarios.admin.importCreated'
              : OUTCOME_KEYS[row.outcome],
          ),
        }),
      },
      {
        key: 'errors',
        title: this.i18n.t('scenarios.admin.importErrors'),
        testId: 'import-row-errors',
        data: true,
      },
    ];
  });
}
