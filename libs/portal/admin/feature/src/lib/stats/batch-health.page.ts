import { formatBeijing } from '@scenematch/contracts';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  BATCH_HEALTH_DAYS,
  BATCH_HEALTH_MIN_APPLICATIONS,
  type BatchHealth,
} from '@scenematch/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import {
  DATA_TABLE,
  type TableColumn,
} from '@scenematch/portal/shared/ui/ui/data-table.component';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { map } from 'rxjs/operators';
import { BatchSelectComponent } from './batch-select.component';
import { StatsApi } from '@scenematch/portal/admin/data-access/stats.api';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { batchHealthEmpty } from './stats-format';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';
import { Reloadable } from '@scenematch/portal/shared/ui/ui/reloadable-list';
import { UrlFilters } from '@scenematch/portal/shared/ui/list/url-filters';
import { listParams } from '@scenematch/portal/shared/ui/list/url-params';

type HealthRow = BatchHealth['scenarios'][number];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 批次健康: open scenarios short of applications near their deadline, whom to invite, and capability gaps. */
@Component({
  selector: 'sm-batch-health-page',
  imports: [
    BatchSelectComponent,
    PageHeadComponent,
    FormsModule,
    RouterLink,
    NzCardModule,
    NzResultModule,
    NzSwitchModule,
    DATA_TABLE,
    NzTagModule,
    NzTooltipModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './batch-health.page.html',
  styleUrls: ['../admin-page.less', './stats.page.less'],
})
export class BatchHealthPage {
  private readonly api = inject(StatsApi);
  private readonly i18n = inject(LanguageService);
  protected readonly flaggedHint = {
    days: BATCH_HEALTH_DAYS,
    min: BATCH_HEALTH_MIN_APPLICATIONS,
  };

  /** The batch in the URL (a valid id), or null for every open batch. */
  private readonly url = new UrlFilters((params) => ({
    batchId: listParams(params).matching('batchId', UUID),
  }));
  protected readonly batchId = computed(() => this.url.filters().batchId);
  protected readonly onlyFlagged = signal(true);

  protected readonly health = new Reloadable(
    (batchId: string | null) => this.api.batchHealth(batchId),
    this.url.filters$.pipe(map((f) => f.batchId)),
  ).state;
  /** The report once loaded; none while the next one loads. */
  protected readonly data = computed(() => {
    const h = this.health();
    return h.state === 'done' ? h.value : null;
  });
  protected readonly rows = computed(() => {
    const d = this.data();
    if (!d) return [];
    return this.onlyFlagged()
      ? d.scenarios.filter((s) => s.flagged)
      : d.scenarios;
  });

  protected readonly rowAttrs = (s: HealthRow) => ({
    'data-flagged': String(s.flagged),
  });
  protected readonly columns = computed((): TableColumn<HealthRow>[] => {
    const t = (key: string, params?: Record<string, unknown>) =>
      this.i18n.t(key, params);
    return [
      { key: 'scenario', title: t('stats.health.columns.scenario') },
      {
        key: 'agency',
        title: t('stats.health.columns.agency'),
        value: (s) => s.agency,
        data: true,
      },
      {
        key: 'deadline',
        title: t('stats.health.columns.deadline'),
        value: (s) =>
          s.deadline ? formatBeijing(s.deadline) : t('stats.health.noDeadline'),
      },
      {
        key: 'daysLeft',
        title: t('stats.health.columns.daysLeft'),
        value: (s) =>
          s.daysLeft === null
            ? '—'
            : t(
                s.daysLeft === 0
                  ? 'stats.health.dueToday'
                  : 'stats.health.daysLeft',
                { n: s.daysLeft },
              ),
      },
      {
        key: 'applications',
        title: t('stats.health.columns.applications'),
        value: (s) => s.applications,
      },
      {
        key: 'suggestions',
        title: t('stats.health.columns.suggestions'),
        testId: 'health-suggestions',
      },
    ];
  });

  protected readonly emptyText = computed(() => {
    const d = this.data();
    return d
      ? batchHealthEmpty(d.open, d.flagged, this.onlyFlagged(), (key, params) =>
          this.i18n.t(key, params),
        )
      : '';
  });

  protected selectBatch(batchId: string | null): void {
    this.url.set({ batchId: batchId || null });
  }
}
