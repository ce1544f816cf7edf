import {
  ChangeDetectionStrategy,
  Component,
  computed,
  OnInit,
  signal,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  type MeetingRequestStatus,
  type MeetingRequestView,
} from '@scenematch/contracts';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { MEETING_REQUEST_STATUS_KEYS } from '@scenematch/portal/sessions/ui/session-keys';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';
import {
  DATA_TABLE,
  type TableColumn,
} from '@scenematch/portal/shared/ui/ui/data-table.component';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';
import { SessionPart } from './session-part';

const REQUEST_COLORS: Record<MeetingRequestStatus, string> = {
  pending: 'processing',
  accepted: 'success',
  declined: 'error',
  withdrawn: 'default',
};

/** 洽谈请求: every request of the session, who asked whom, its status and whether it is mutual. */
@Component({
  selector: 'sm-session-requests',
  imports: [TranslocoPipe, ...DATA_TABLE, NzTagModule, PageStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sm-page-state [failure]="loadError()" (retry)="load()">
      <p class="muted" data-testid="requests-total">{{ 'sessionsAdmin.requests.total' | transloco: { n: requests().length, mutual: mutualCount() } }}</p>
      <sm-data-table
        [columns]="columns()"
        [rows]="requests()"
        [loading]="loading()"
        [pageSize]="50"
        quietPaging
        [emptyText]="'sessionsAdmin.requests.empty' | transloco"
        testId="requests"
        rowTestId="request-row"
        [rowAttrs]="rowAttrs"
      >
        <ng-template smCell="mutual" [smCellOf]="requests()" let-r>
          @if (r.mutual) {
            <nz-tag nzColor="green" data-testid="request-mutual">{{ 'sessionsAdmin.requests.mutualYes' | transloco }}</nz-tag>
          } @else {
            <span class="muted">—</span>
          }
        </ng-template>
      </sm-data-table>
    </sm-page-state>
  `,
  styles: `
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class SessionRequestsComponent extends SessionPart implements OnInit {
  protected readonly requests = signal<MeetingRequestView[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly mutualCount = computed(
    () => this.requests().filter((r) => r.mutual).length,
  );
  protected readonly rowAttrs = (r: MeetingRequestView) => ({
    'data-status': r.status,
    'data-mutual': String(r.mutual),
  });
  protected readonly columns = computed<TableColumn<MeetingRequestView>[]>(() => {
    const t = (key: string) => this.i18n.t(key);
    return [
      { key: 'from', title: t('sessionsAdmin.requests.from'), value: (r) => r.from.name, data: true },
      { key: 'to', title: t('sessionsAdmin.requests.to'), value: (r) => r.to.name, data: true },
      { key: 'scenario', title: t('sessionsAdmin.requests.scenario'), value: (r) => r.scenario?.title ?? '—', data: true },
      { key: 'message', title: t('sessionsAdmin.requests.message'), value: (r) => r.message || '—', data: true },
      {
        key: 'status',
        title: t('sessionsAdmin.requests.status'),
        width: '100px',
        tag: (r) => ({ text: t(MEETING_REQUEST_STATUS_KEYS[r.status]), color: REQUEST_COLORS[r.status] }),
        testId: 'request-status',
      },
      { key: 'mutual', title: t('sessionsAdmin.requests.mutual'), width: '100px' },
      { key: 'createdAt', title: t('sessionsAdmin.requests.createdAt'), width: '140px', value: (r) => beijingTime(r.createdAt) },
    ];
  });

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loadItems(
      this.api.requests(this.session().id),
      this.requests,
      this.loading,
      this.loadError,
    );
  }
}
