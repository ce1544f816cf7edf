import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import {
  ApplicationsApi,
  type ReviewAssignment,
} from '@scenematch/portal/applications/data-access/applications.api';
import {
  DATA_TABLE,
  type TableColumn,
} from '@scenematch/portal/shared/ui/ui/data-table.component';
import { ReloadableList } from '@scenematch/portal/shared/ui/ui/reloadable-list';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

/** 评审任务: the applications assigned to the expert; recused ones are shown but closed. */
@Component({
  selector: 'sm-review-list-page',
  imports: [
    PageHeadComponent,
    TranslocoPipe,
    DATA_TABLE,
    RouterLink,
    NzButtonModule,
    NzIconModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-list.page.html',
  styleUrl: './review.page.less',
})
export class ReviewListPage {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ApplicationsApi);

  protected readonly list = new ReloadableList(() => this.api.myReviews());
  protected readonly columns = computed((): TableColumn<ReviewAssignment>[] => [
    { key: 'scenario', title: this.i18n.t('applications.review.scenario') },
    { key: 'company', title: this.i18n.t('applications.review.company') },
    {
      key: 'state',
      title: this.i18n.t('applications.review.state'),
      width: '220px',
      tag: (r) =>
        r.recused
          ? {
              text: this.i18n.t('applications.review.recused'),
              color: 'default',
            }
          : r.reviewed
            ? {
                text: this.i18n.t('applications.review.reviewed'),
                color: 'success',
              }
            : {
                text: this.i18n.t('applications.review.pending'),
                color: 'processing',
              },
      sub: (r) => (r.recused ? r.recuseReason : null),
      testId: 'review-state',
    },
    { key: 'open', title: '', width: '140px' },
  ]);
  protected readonly rowAttrs = (r: ReviewAssignment) => ({
    'data-id': r.applicationId,
    'data-state': r.recused ? 'recused' : r.reviewed ? 'reviewed' : 'pending',
  });
  protected readonly trackBy = (r: ReviewAssignment) => r.applicationId;
}
