import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import type { DomainCount, HealthView } from '@scenematch/contracts';
import { of } from 'rxjs';
import { catchError, map } from 'rxjs/operators';
import {
  PlatformApi,
  type DomainView,
} from '@scenematch/portal/admin/data-access/platform.api';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { StatsApi } from '@scenematch/portal/admin/data-access/stats.api';
import type { PublicStats } from '@scenematch/contracts';
import { FacetBarChartComponent } from '@scenematch/portal/shared/ui/charts/facet-bar-chart.component';

/** Number of application domains in each domain group (a domain without one in `otherGroup`), largest first. */
export function domainsByGroup(
  domains: readonly DomainView[],
  otherGroup: string,
): DomainCount[] {
  const counts = new Map<string, number>();
  for (const d of domains)
    counts.set(d.group || otherGroup, (counts.get(d.group || otherGroup) ?? 0) + 1);
  return [...counts]
    .map(([group, count]) => ({ code: group, name: group, count }))
    .sort((a, b) => b.count - a.count);
}

type LoadState<T> =
  | { state: 'loading' }
  | { state: 'done'; value: T }
  | { state: 'failed' };

/** Landing page: what the platform does, the three-step flow and live figures from the API. */
@Component({
  selector: 'sm-home-page',
  imports: [
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzGridModule,
    NzIconModule,
    NzSkeletonModule,
    NzTagModule,
    NzTooltipModule,
    FacetBarChartComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.page.html',
  styleUrl: './home.page.less',
})
export class HomePage {
  private readonly platform = inject(PlatformApi);
  protected readonly i18n = inject(LanguageService);
  /** The three steps; full keys, so that the catalogue test finds them. */
  protected readonly steps = [
    { key: 'publish', title: 'home.steps.publish.title', text: 'home.steps.publish.text' },
    { key: 'apply', title: 'home.steps.apply.title', text: 'home.steps.apply.text' },
    { key: 'match', title: 'home.steps.match.title', text: 'home.steps.match.text' },
  ] as const;

  private readonly health = toSignal(
    this.platform
      .health()
      .pipe(
        map(
          (value): LoadState<HealthView | null> => ({ state: 'done', value }),
        ),
      ),
    { initialValue: { state: 'loading' } as LoadState<HealthView | null> },
  );

  protected readonly domains = toSignal(
    this.platform.domains().pipe(
      map((value): LoadState<DomainView[]> => ({ state: 'done', value })),
      catchError(() => of<LoadState<DomainView[]>>({ state: 'failed' })),
    ),
    { initialValue: { state: 'loading' } as LoadState<DomainView[]> },
  );

  /** The figure strip: counts anyone may see, from `GET /api/stats/public`. */
  protected readonly publicStats = toSignal(
    inject(StatsApi)
      .publicStats()
      .pipe(
        map((value): LoadState<PublicStats> => ({ state: 'done', value })),
        catchError(() => of<LoadState<PublicStats>>({ state: 'failed' })),
      ),
    { initialValue: { state: 'loading' } as LoadState<PublicStats> },
  );
  protected readonly figures = computed(() => {
    const s = this.publicStats();
    if (s.state !== 'done') return [];
    const v = s.value;
    // Each figure says what it counts; the two that have a whole say it too (the domain card
    // beside lists the whole taxonomy, the session list shows sessions not yet held).
    return [
      {
        key: 'publishedScenarios',
        label: this.i18n.t('home.stats.publishedScenarios'),
        value: v.publishedScenarios,
        hint: null,
      },
      {
        key: 'listedProducts',
        label: this.i18n.t('home.stats.listedProducts'),
        value: v.listedProducts,
        hint: null,
      },
      {
        key: 'companies',
        label: this.i18n.t('home.stats.companies'),
        value: v.companies,
        hint: null,
      },
      {
        key: 'domains',
        label: this.i18n.t('home.stats.domains'),
        value: v.domains,
        hint: this.i18n.t('home.stats.domainsHint', { n: v.domainsTotal }),
      },
      {
        key: 'sessions',
        label: this.i18n.t('home.stats.sessions'),
        value: v.sessionsListed,
        hint: this.i18n.t('home.stats.sessionsHint', { n: v.sessionsHeld }),
      },
    ];
  });

  protected readonly domainList = computed(() => {
    const d = this.domains();
    return d.state === 'done' ? d.value : [];
  });
  protected readonly domainGroups = computed(() =>
    domainsByGroup(this.domainList(), this.i18n.t('home.chartOtherGroup')),
  );

  /** The status tag: green when API, database and Redis are up; red when one is down; grey when unreachable. */
  protected readonly status = computed(() => {
    const h = this.health();
    if (h.state === 'loading') return null;
    const view = h.state === 'done' ? h.value : null;
    if (!view)
      return { color: 'default', text: this.i18n.t('home.statusUnknown'), ok: false };
    return view.status === 'ok'
      ? { color: 'success', text: this.i18n.t('home.statusOk'), ok: true }
      : { color: 'error', text: this.i18n.t('home.statusDegraded'), ok: false };
  });
}
