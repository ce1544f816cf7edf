import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import {
  type ApplicationView,
  type EvaluationRow,
} from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { type ApplicationFileView } from '@scenematch/portal/applications/data-access/applications.api';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { ApplicationFilesComponent } from '@scenematch/portal/shared/ui/application/application-files.component';
import { formatQuote } from '@scenematch/portal/shared/ui/application/application-format';
import { ApplicationStatusTagComponent } from '@scenematch/portal/shared/ui/application/application-status-tag.component';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';
import {
  DATA_TABLE,
  type TableColumn,
} from '@scenematch/portal/shared/ui/ui/data-table.component';

/** One row of either table: the application's id and company, and the view it comes from. */
type Row =
  | { id: string; company: string; check: ApplicationView; board?: never }
  | { id: string; company: string; board: EvaluationRow; check?: never };

/** What differs between the two tables besides their columns. */
const KINDS = {
  check: {
    empty: 'applications.evaluation.formCheckEmpty',
    rowTestId: 'check-row',
  },
  board: {
    empty: 'applications.evaluation.boardEmpty',
    rowTestId: 'board-row',
  },
} as const;

/**
 * The tables of the 评审看板, both listing companies with their attachments:
 * - `check` — 形式审查 of the submitted applications: quote, submission time, and 通过 (shortlist) /
 *   不通过 (reject) — off while `blocked` (before the deadline);
 * - `board` — status, review progress, aggregate score (with trimming), each expert's total
 *   (outliers in red), and 拟揭榜 until one application is `awarded`.
 */
@Component({
  selector: 'sm-evaluation-table',
  imports: [
    ApplicationFilesComponent,
    ApplicationStatusTagComponent,
    DATA_TABLE,
    NzAlertModule,
    NzTagModule,
    NzTooltipModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .gap {
      margin-left: 8px;
    }
    .check-blocked {
      margin-bottom: 12px;
    }
  `,
  template: `
    @if (kind() === 'check' && blocked(); as reason) {
      <nz-alert
        class="check-blocked"
        nzType="info"
        nzShowIcon
        [nzMessage]="reason"
        data-testid="form-check-blocked"
      />
    }
    <sm-data-table
      [rows]="rows()"
      [columns]="columns()"
      [paged]="false"
      tableSize="small"
      [emptyText]="texts().empty | transloco"
      [rowTestId]="texts().rowTestId"
      [rowAttrs]="rowAttrs"
    >
      <ng-template smCell="company" [smCellOf]="rows()" let-row>
        <span data-i18n-skip>{{ row.company }}</span>
        <sm-application-files [files]="filesOf(row.id)" [compact]="true" />
      </ng-template>
      <ng-template smCell="status" [smCellOf]="rows()" let-row>
        @if (row.board; as b) {
          <sm-application-status-tag [status]="b.status" />
        }
      </ng-template>
      <ng-template smCell="score" [smCellOf]="rows()" let-row>
        @if (row.board; as b) {
          <strong data-testid="board-score">{{
            b.count ? b.score.toFixed(2) : '—'
          }}</strong>
          @if (b.trimmed) {
            <nz-tag nzColor="blue" class="gap">{{
              'applications.evaluation.trimmed' | transloco
            }}</nz-tag>
          }
        }
      </ng-template>
      <ng-template smCell="experts" [smCellOf]="rows()" let-row>
        @for (x of row.board?.totals ?? []; track x.expertId; let i = $index) {
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
    </sm-data-table>
  `,
})
export class EvaluationTableComponent {
  private readonly i18n = inject(LanguageService);

  /** Which table: 形式审查 of `submitted`, or the 评审看板 of `evaluated`. */
  readonly kind = input.required<keyof typeof KINDS>();
  readonly submitted = input<readonly ApplicationView[]>([]);
  readonly evaluated = input<readonly EvaluationRow[]>([]);
  /** Attachments by application id. */
  readonly files = input.required<ReadonlyMap<string, ApplicationFileView[]>>();
  /** The id of the row whose action is under way. */
  readonly busy = input<string | null>(null);
  /** Why 通过/不通过 are off (before the deadline), or null. */
  readonly blocked = input<string | null>(null);
  /** Whether an application is already selected (one award per scenario). */
  readonly awarded = input(false);
  readonly shortlist = output<ApplicationView>();
  readonly reject = output<ApplicationView>();
  /** 拟揭榜 of an application: its id. */
  readonly award = output<string>();

  protected readonly texts = computed(() => KINDS[this.kind()]);
  protected readonly rows = computed((): Row[] =>
    this.kind() === 'check'
      ? this.submitted().map((a) => ({
          id: a.id,
          company: a.company.name,
          check: a,
        }))
      : this.evaluated().map((r) => ({
          id: r.applicationId,
          company: r.company,
          board: r,
        })),
  );
  protected readonly rowAttrs = (row: Row) => ({ 'data-id': row.id });
  protected readonly columns = computed((): TableColumn<Row>[] => {
    const t = (key: string, params?: Record<string, unknown>) =>
      this.i18n.t(key, params);
    const company = {
      key: 'company',
      title: t('applications.evaluation.company'),
    };
    return this.kind() === 'check'
      ? [
          company,
          {
            key: 'quote',
            title: t('applications.evaluation.quote'),
            value: (row) => (row.check ? formatQuote(row.check.quote, t) : ''),
          },
          {
            key: 'submittedAt',
            title: t('applications.evaluation.submittedAt'),
            width: '150px',
            value: (row) => beijingTime(row.check?.submittedAt),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: '200px',
            buttons: [
              {
                label: t('applications.evaluation.shortlist'),
                testid: 'check-shortlist',
                type: 'primary',
                icon: 'check',
                question: t('applications.evaluation.confirmShortlist'),
                busy: (row) => this.busy() === row.id,
                disabled: () => !!this.blocked(),
                pressed: (row) => row.check && this.shortlist.emit(row.check),
              },
              {
                label: t('applications.evaluation.reject'),
                testid: 'check-reject',
                danger: true,
                icon: 'stop',
                disabled: () => !!this.blocked(),
                pressed: (row) => row.check && this.reject.emit(row.check),
              },
            ],
          },
        ]
      : [
          company,
          {
            key: 'status',
            title: t('applications.evaluation.status'),
            width: '130px',
          },
          {
            key: 'progress',
            title: t('applications.evaluation.progress'),
            width: '110px',
            testId: 'board-progress',
            value: (row) =>
              t('applications.evaluation.progressValue', {
                count: row.board?.count,
                assigned: row.board?.assigned,
              }),
          },
          {
            key: 'score',
            title: t('applications.evaluation.score'),
            width: '150px',
          },
          { key: 'experts', title: t('applications.evaluation.experts') },
          {
            key: 'actions',
            title: t('common.actions'),
            width: '120px',
            buttons: [
              {
                label: t('applications.evaluation.award'),
                testid: 'board-award',
                type: 'primary',
                icon: 'flag',
                question: t('applications.evaluation.confirmAward'),
                shown: (row) =>
                  !this.awarded() &&
                  row.board?.status === 'under_review' &&
                  row.board.count > 0,
                busy: (row) => this.busy() === row.id,
                pressed: (row) => this.award.emit(row.id),
              },
            ],
          },
        ];
  });

  protected filesOf(id: string): ApplicationFileView[] {
    return this.files().get(id) ?? [];
  }
}
