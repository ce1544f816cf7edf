import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { RebuildView } from '@scenematch/portal/matching/data-access/matching.api';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';
import {
  DATA_TABLE,
  type TableColumn,
} from '@scenematch/portal/shared/ui/ui/data-table.component';
import {
  durationText,
  PROGRESS_STATUS,
  rebuildPercent,
  STATUS_COLORS,
  STATUS_KEYS,
} from './rebuild-progress';

/** The latest rebuilds: start, status (with the error of a failed one), progress, counts, duration. */
@Component({
  selector: 'sm-rebuild-runs-table',
  imports: [DATA_TABLE, NzProgressModule, NzTagModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .error {
      margin-top: 4px;
      color: #cf1322;
      font-size: 12px;
    }
  `,
  template: `
    <sm-data-table
      [rows]="runs()"
      [columns]="columns()"
      [paged]="false"
      [emptyText]="'matching.admin.empty' | transloco"
      testId="rebuilds-table"
      rowTestId="rebuild-row"
      [rowAttrs]="rowAttrs"
    >
      <ng-template smCell="status" [smCellOf]="runs()" let-run>
        <nz-tag [nzColor]="statusColors[run.status]">{{
          statusKeys[run.status] | transloco
        }}</nz-tag>
        @if (run.error) {
          <div class="error" data-i18n-skip>{{ run.error }}</div>
        }
      </ng-template>
      <ng-template smCell="progress" [smCellOf]="runs()" let-run>
        <nz-progress
          nzSize="small"
          [nzPercent]="percent(run)"
          [nzStatus]="progressStatus[run.status]"
        />
      </ng-template>
    </sm-data-table>
  `,
})
export class RebuildRunsTableComponent {
  private readonly lang = inject(LanguageService);

  readonly runs = input.required<RebuildView[]>();

  protected readonly statusKeys = STATUS_KEYS;
  protected readonly statusColors = STATUS_COLORS;
  protected readonly progressStatus = PROGRESS_STATUS;
  protected readonly percent = rebuildPercent;
  protected readonly rowAttrs = (run: RebuildView) => ({
    'data-status': run.status,
  });
  protected readonly columns = computed((): TableColumn<RebuildView>[] => {
    const t = (key: string, params?: Record<string, unknown>) =>
      this.lang.t(key, params);
    return [
      {
        key: 'startedAt',
        title: t('matching.admin.startedAt'),
        value: (run) => beijingTime(run.startedAt),
      },
      { key: 'status', title: t('matching.admin.status') },
      { key: 'progress', title: t('matching.admin.progress'), width: '220px' },
      {
        key: 'scenarios',
        title: t('matching.admin.scenarios'),
        align: 'right',
        value: (run) => run.scenarios,
      },
      {
        key: 'companies',
        title: t('matching.admin.companies'),
        align: 'right',
        value: (run) => run.companies,
      },
      {
        key: 'pairsKept',
        title: t('matching.admin.pairsKept'),
        align: 'right',
        value: (run) => run.pairsKept,
      },
      {
        key: 'duration',
        title: t('matching.admin.duration'),
        value: (run) => durationText(run, t),
      },
    ];
  });
}
