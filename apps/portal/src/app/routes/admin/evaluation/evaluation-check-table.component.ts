import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { type ApplicationView } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { type ApplicationFileView } from '../../../core/data-access/applications.api';
import { LanguageService } from '../../../core/i18n/language.service';
import { ApplicationFilesComponent } from '../../../shared/application/application-files.component';
import { formatQuote } from '../../../shared/application/application-format';
import { ConfirmButtonComponent } from '../../../shared/confirm/confirm-button.component';
import { beijingTime } from '../../../shared/text/beijing-time';
import {
  DATA_TABLE,
  type TableColumn,
} from '../../../shared/ui/data-table.component';

/**
 * 形式审查 of the submitted applications: company with its attachments, quote, submission time,
 * and 通过 (shortlist) / 不通过 (reject) — off while `blocked` (before the deadline).
 */
@Component({
  selector: 'sm-evaluation-check-table',
  imports: [
    ApplicationFilesComponent,
    ConfirmButtonComponent,
    DATA_TABLE,
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
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
    @if (blocked(); as reason) {
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
      [emptyText]="'applications.evaluation.formCheckEmpty' | transloco"
      rowTestId="check-row"
      [rowAttrs]="rowAttrs"
    >
      <ng-template smCell="company" [smCellOf]="rows()" let-row>
        <span data-i18n-skip>{{ row.company.name }}</span>
        <sm-application-files [files]="filesOf(row.id)" [compact]="true" />
      </ng-template>
      <ng-template smCell="actions" [smCellOf]="rows()" let-row>
        <sm-confirm-button
          type="primary"
          [question]="'applications.evaluation.confirmShortlist' | transloco"
          (confirmed)="shortlist.emit(row)"
          [busy]="busy() === row.id"
          [disabled]="!!blocked()"
          testid="check-shortlist"
          ><nz-icon nzType="check" />{{
            'applications.evaluation.shortlist' | transloco
          }}</sm-confirm-button
        >
        <button
          nz-button
          nzSize="small"
          nzDanger
          class="gap"
          (click)="reject.emit(row)"
          [disabled]="!!blocked()"
          data-testid="check-reject"
        >
          <nz-icon nzType="stop" />{{
            'applications.evaluation.reject' | transloco
          }}
        </button>
      </ng-template>
    </sm-data-table>
  `,
})
export class EvaluationCheckTableComponent {
  private readonly i18n = inject(LanguageService);

  readonly rows = input.required<readonly ApplicationView[]>();
  /** Attachments by application id. */
  readonly files = input.required<ReadonlyMap<string, ApplicationFileView[]>>();
  /** The id of the row whose action is under way. */
  readonly busy = input<string | null>(null);
  /** Why 通过/不通过 are off (before the deadline), or null. */
  readonly blocked = input<string | null>(null);
  readonly shortlist = output<ApplicationView>();
  readonly reject = output<ApplicationView>();

  protected readonly rowAttrs = (row: ApplicationView) => ({
    'data-id': row.id,
  });
  protected readonly columns = computed((): TableColumn<ApplicationView>[] => {
    const t = (key: string, params?: Record<string, unknown>) =>
      this.i18n.t(key, params);
    return [
      { key: 'company', title: t('applications.evaluation.company') },
      {
        key: 'quote',
        title: t('applications.evaluation.quote'),
        value: (row) => formatQuote(row.quote, t),
      },
      {
        key: 'submittedAt',
        title: t('applications.evaluation.submittedAt'),
        width: '150px',
        value: (row) => beijingTime(row.submittedAt),
      },
      { key: 'actions', title: t('common.actions'), width: '200px' },
    ];
  });

  protected filesOf(id: string): ApplicationFileView[] {
    return this.files().get(id) ?? [];
  }
}
