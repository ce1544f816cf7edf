import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { of } from 'rxjs';
import { catchError } from 'rxjs/operators';
import { BatchSelectComponent } from './batch-select.component';
import { PlatformApi } from '@scenematch/portal/admin/data-access/platform.api';
import {
  StatsApi,
  type StatsFilters,
} from '@scenematch/portal/admin/data-access/stats.api';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { StatsOverviewComponent } from './stats-overview.component';
import {
  dateOf,
  dayOf,
  quarterOptions,
  statsFiltersFromParams,
} from './stats-format';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';
import { FileDownloads } from '@scenematch/portal/shared/ui/ui/file-downloads';
import { Reloadable } from '@scenematch/portal/shared/ui/ui/reloadable-list';
import { UrlFilters } from '@scenematch/portal/shared/ui/list/url-filters';

/** The organisers' dashboard: figures, trends and breakdowns for a period, batch and domain kept in the URL. */
@Component({
  selector: 'sm-stats-page',
  imports: [
    BatchSelectComponent,
    PageHeadComponent,
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzDatePickerModule,
    NzIconModule,
    NzResultModule,
    NzSelectModule,
    NzSkeletonModule,
    StatsOverviewComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './stats.page.html',
  styleUrls: ['../admin-page.less', './stats.page.less'],
})
export class StatsPage {
  private readonly api = inject(StatsApi);
  private readonly i18n = inject(LanguageService);

  private readonly url = new UrlFilters(statsFiltersFromParams);
  protected readonly filters = this.url.filters;
  protected readonly domains = toSignal(
    inject(PlatformApi)
      .domains()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );

  private readonly load = new Reloadable(
    (filters: StatsFilters) => this.api.overview(filters),
    this.url.filters$,
  );
  protected readonly overview = this.load.state;
  /** The figures once loaded; none while the next ones load. */
  protected readonly data = computed(() => {
    const o = this.overview();
    return o.state === 'done' ? o.value : null;
  });

  /** The range picker shows the period the API used (its defaults when the URL has none). */
  protected readonly range = computed(() => {
    const d = this.data();
    const f = this.filters();
    const from = f.from ?? d?.filters.from;
    const to = f.to ?? d?.filters.to;
    return from && to ? [dateOf(from), dateOf(to)] : [];
  });

  protected readonly quarters = quarterOptions(new Date());
  protected readonly quarter = signal(this.quarters[0]);
  /** The quarterly report download. */
  protected readonly report = new FileDownloads<'report'>();

  protected setRange(range: Array<Date | null> | null): void {
    const [from, to] = range ?? [];
    this.navigate({
      from: from ? dayOf(from) : null,
      to: to ? dayOf(to) : null,
    });
  }

  protected navigate(change: StatsFilters): void {
    this.url.set(change);
  }

  protected reset(): void {
    this.url.clear();
  }

  protected retry(): void {
    this.load.reload();
  }

  protected download(): void {
    this.report.run('report', this.api.report(this.quarter()), () =>
      this.i18n.t('stats.dashboard.downloadFailed'),
    );
  }
}
