import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { of } from 'rxjs';
import { catchError, map, startWith } from 'rxjs/operators';
import {
  ApplicationsApi,
  type ReviewAssignment,
} from '../../core/data-access/applications.api';
import { toApiError } from '../../core/http/api-error';
import { APPLICATION_TEXTS } from '../../core/i18n/zh-cn.applications';

type ListState =
  | { state: 'loading' }
  | { state: 'done'; items: ReviewAssignment[] }
  | { state: 'failed'; message: string };

/** 评审任务: the applications assigned to the expert; recused ones are shown but closed. */
@Component({
  selector: 'sm-review-list-page',
  imports: [
    RouterLink,
    NzButtonModule,
    NzEmptyModule,
    NzIconModule,
    NzResultModule,
    NzTableModule,
    NzTagModule,
    NzTooltipModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-list.page.html',
  styleUrl: './review.page.less',
})
export class ReviewListPage {
  private readonly api = inject(ApplicationsApi);
  protected readonly t = APPLICATION_TEXTS.review;

  protected readonly list = toSignal(
    this.api.myReviews().pipe(
      map((items): ListState => ({ state: 'done', items })),
      catchError((error: unknown) =>
        of<ListState>({ state: 'failed', message: toApiError(error).message }),
      ),
      startWith<ListState>({ state: 'loading' }),
    ),
    { initialValue: { state: 'loading' } as ListState },
  );
  protected readonly items = computed(() => {
    const l = this.list();
    return l.state === 'done' ? l.items : [];
  });
  protected readonly failure = computed(() => {
    const l = this.list();
    return l.state === 'failed' ? l.message : null;
  });
}
