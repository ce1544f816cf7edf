import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import {
  ApplicationsApi,
  type ReviewAssignment,
} from '../../core/data-access/applications.api';
import { APPLICATION_TEXTS } from '../../core/i18n/zh-cn.applications';
import {
  DATA_TABLE,
  type TableColumn,
} from '../../shared/ui/data-table.component';
import { ReloadableList } from '../../shared/ui/reloadable-list';

/** 评审任务: the applications assigned to the expert; recused ones are shown but closed. */
@Component({
  selector: 'sm-review-list-page',
  imports: [DATA_TABLE, RouterLink, NzButtonModule, NzIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-list.page.html',
  styleUrl: './review.page.less',
})
export class ReviewListPage {
  private readonly api = inject(ApplicationsApi);
  protected readonly t = APPLICATION_TEXTS.review;

  protected readonly list = new ReloadableList(() => this.api.myReviews());
  protected readonly columns: TableColumn<ReviewAssignment>[] = [
    { key: 'scenario', title: this.t.scenario, value: (r) => r.scenario.title },
    { key: 'company', title: this.t.company, value: (r) => r.company },
    {
      key: 'state',
      title: this.t.state,
      width: '220px',
      tag: (r) =>
        r.recused
          ? { text: this.t.recused, color: 'default' }
          : r.reviewed
            ? { text: this.t.reviewed, color: 'success' }
            : { text: this.t.pending, color: 'processing' },
      sub: (r) => (r.recused ? r.recuseReason : null),
      testId: 'review-state',
    },
    { key: 'open', title: '', width: '140px' },
  ];
  protected readonly rowAttrs = (r: ReviewAssignment) => ({
    'data-id': r.applicationId,
    'data-state': r.recused ? 'recused' : r.reviewed ? 'reviewed' : 'pending',
  });
  protected readonly trackBy = (r: ReviewAssignment) => r.applicationId;
}
