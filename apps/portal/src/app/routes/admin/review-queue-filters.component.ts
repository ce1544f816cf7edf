import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { of } from 'rxjs';
import { catchError, map } from 'rxjs/operators';
import { OrganisationsApi } from '../../core/data-access/organisations.api';
import { TaxonomyStore } from '../../core/data-access/taxonomy.store';
import { QUEUE_FILTERS, type QueueFilter } from './review-queue-table';

/** What narrows 场景审核: the tab (pending, submitted, approved), a keyword, the unit, the domain. */
@Component({
  selector: 'sm-review-queue-filters',
  imports: [
    FormsModule,
    NzInputModule,
    NzRadioModule,
    NzSelectModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin-page.less',
  template: `
    <nz-radio-group
      class="toolbar"
      [ngModel]="filter()"
      (ngModelChange)="filterChange.emit($event)"
      data-testid="queue-filter"
    >
      @for (f of filters; track f.value) {
        <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- nz-radio-button renders its input inside the label -->
        <label nz-radio-button [nzValue]="f.value">{{
          f.label | transloco
        }}</label>
      }
    </nz-radio-group>

    <div class="queue-filters" data-testid="queue-filters">
      <input
        nz-input
        type="search"
        [ngModel]="q()"
        (ngModelChange)="narrow.emit({ q: $event })"
        [placeholder]="'scenarios.admin.queueSearch' | transloco"
        [attr.aria-label]="'scenarios.admin.queueSearch' | transloco"
        maxlength="50"
        data-testid="queue-search"
      />
      <nz-select
        [ngModel]="agency()"
        (ngModelChange)="narrow.emit({ agency: $event ?? null })"
        [nzPlaceHolder]="'scenarios.admin.queueAgency' | transloco"
        nzAllowClear
        nzShowSearch
        [attr.aria-label]="'scenarios.admin.queueAgency' | transloco"
        data-testid="queue-agency"
      >
        @for (a of agencies(); track a.id) {
          <nz-option [nzValue]="a.id" [nzLabel]="a.name" />
        }
      </nz-select>
      <nz-select
        [ngModel]="domain()"
        (ngModelChange)="narrow.emit({ domain: $event ?? null })"
        [nzPlaceHolder]="'scenarios.admin.queueDomain' | transloco"
        nzAllowClear
        nzShowSearch
        [attr.aria-label]="'scenarios.admin.queueDomain' | transloco"
        data-testid="queue-domain"
      >
        @for (d of taxonomy.domains(); track d.code) {
          <nz-option [nzValue]="d.code" [nzLabel]="d.name" />
        }
      </nz-select>
    </div>
  `,
})
export class ReviewQueueFiltersComponent {
  readonly filter = input.required<QueueFilter>();
  readonly q = input('');
  readonly agency = input<string | null>(null);
  readonly domain = input<string | null>(null);
  readonly filterChange = output<QueueFilter>();
  readonly narrow = output<{
    q?: string;
    agency?: string | null;
    domain?: string | null;
  }>();

  protected readonly filters = QUEUE_FILTERS;
  protected readonly taxonomy = inject(TaxonomyStore);
  protected readonly agencies = toSignal(
    inject(OrganisationsApi)
      .search('agency', '', 100)
      .pipe(
        map((page) => page.items),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );

  constructor() {
    this.taxonomy.load();
  }
}
