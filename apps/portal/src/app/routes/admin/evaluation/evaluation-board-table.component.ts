import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { type EvaluationRow } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { type ApplicationFileView } from '../../../core/data-access/applications.api';
import { LanguageService } from '../../../core/i18n/language.service';
import { ApplicationFilesComponent } from '../../../shared/application/application-files.component';
import { ApplicationStatusTagComponent } from '../../../shared/application/application-status-tag.component';
import { ConfirmButtonComponent } from '../../../shared/confirm/confirm-button.component';
import {
  DATA_TABLE,
  type TableColumn,
} from '../../../shared/ui/data-table.component';

/**
 * The 评审看板 rows: company with its attachments, status, review progress, aggregate score (with
 * trimming), each expert's total (outliers in red), and 拟揭榜 until one application is selected.
 */
@Component({
  selector: 'sm-evaluation-board-table',
  imports: [
    ApplicationFilesComponent,
    ApplicationStatusTagComponent,
    ConfirmButtonComponent,
    DATA_TABLE,
    NzIconModule,
    NzTagModule,
    NzTooltipModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .gap {
      margin-left: 8px;
    }
  `,
  template: `
    <sm-data-table
      [rows]="rows()"
      [columns]="columns()"
      [paged]="false"
      tableSize="small"
      [emptyText]="'applications.evaluation.boardEmpty' | transloco"
      rowTestId="board-row"
      [rowAttrs]="rowAttrs"
      [trackBy]="trackBy"
    >
      <ng-template smCell="company" [smCellOf]="rows()" let-row>
        <span data-i18n-skip>{{ row.company }}</span>
        <sm-application-files
          [files]="filesOf(row.applicationId)"
          [compact]="true"
        />
      </ng-template>
      <ng-template smCell="status" [smCellOf]="rows()" let-row>
        <sm-application-status-tag [status]="row.status" />
      </ng-template>
      <ng-template smCell="score" [smCellOf]="rows()" let-row>
        <strong data-testid="board-score">{{
          row.count ? row.score.toFixed(2) : '—'
        }}</strong>
        @if (row.trimmed) {
          <nz-tag nzColor="blue" class="gap">{{
            'applications.evaluation.trimmed' | transloco
          }}</nz-tag>
        }
      </ng-template>
      <ng-template smCell="experts" [smCellOf]="rows()" let-row>
        @for (x of row.totals; track x.expertId; let i = $index) {
          <nz-tag
            [nzColor]="x.outlier ? 'red' : 'default'"
            nz-tooltip
            [nzTooltipTitle]="
              x.outlier
                ? ('applications.evaluation.outlierHint' | transloco)
                : null
            "
            data-testid="board-expert-total"
          >
            #{{ i + 1 }} {{ x.total.toFixed(1) }}
            @if (x.outlier) {
              · {{ 'applications.evaluation.outlier' | transloco }}
            }
          </nz-tag>
        }
      </ng-template>
      <ng-template smCell="actions" [smCellOf]="rows()" let-row>
        @if (!awarded() && row.status === 'under_review' && row.count > 0) {
          <sm-confirm-button
            type="primary"
            [question]="'applications.evaluation.confirmAward' | transloco"
            (confirmed)="award.emit(row.applicationId)"
            [busy]="busy() === row.applicationId"
            testid="board-award"
            ><nz-icon nzType="flag" />{{
              'applications.evaluation.award' | transloco
            }}</sm-confirm-button
          >
        }
      </ng-template>
    </sm-data-table>
  `,
})
export class EvaluationBoardTableComponent {
  private readonly i18n = inject(LanguageService);

  readonly rows = input.required<readonly EvaluationRow[]>();
  /** Attachments by application id. */
  readonly files = input.required<ReadonlyMap<string, ApplicationFileView[]>>();
  /** The id of the application whose award is under way. */
  readonly busy = input<string | null>(null);
  /** Whether an application is already selected (one award per scenario). */
  readonly awarded = input(false);
  /** 拟揭榜 of an application: its id. */
  readonly award = output<string>();

  protected readonly rowAttrs = (row: EvaluationRow) => ({
    'data-id': row.applicationId,
  });
  protected readonly trackBy = (row: EvaluationRow) => row.applicationId;
  protected readonly columns = computed((): TableColumn<EvaluationRow>[] => [
    { key: 'company', title: this.i18n.t('applications.evaluation.company') },
    {
      key: 'status',
      title: this.i18n.t('applications.evaluation.status'),
      width: '130px',
    },
    {
      key: 'progress',
      title: this.i18n.t('applications.evaluation.progress'),
      width: '110px',
      testId: 'board-progress',
      value: (row) =>
        this.i18n.t('applications.evaluation.progressValue', {
          count: row.count,
          assigned: row.assigned,
        }),
    },
    {
      key: 'score',
      title: this.i18n.t('applications.evaluation.score'),
      width: '150px',
    },
    { key: 'experts', title: this.i18n.t('applications.evaluation.experts') },
    { key: 'actions', title: this.i18n.t('common.actions'), width: '120px' },
  ]);

  protected filesOf(id: string): ApplicationFileView[] {
    return this.files().get(id) ?? [];
  }
}
