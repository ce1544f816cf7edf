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
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { MEETING_REQUEST_STATUS_KEYS } from '../../sessions/session-keys';
import { BeijingTimePipe } from '../../../shared/text/beijing-time';
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
  imports: [
    TranslocoPipe,
    BeijingTimePipe,
    NzButtonModule,
    NzEmptyModule,
    NzResultModule,
    NzTableModule,
    NzTagModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (loadError(); as error) {
      <nz-result nzStatus="error" [nzTitle]="'common.loadFailed' | transloco" [nzSubTitle]="error">
        <div nz-result-extra>
          <button nz-button nzType="primary" (click)="load()">{{ 'common.retry' | transloco }}</button>
        </div>
      </nz-result>
    } @else {
      <p class="muted" data-testid="requests-total">{{ 'sessionsAdmin.requests.total' | transloco: { n: requests().length, mutual: mutualCount() } }}</p>
      <nz-table
        #table
        [nzData]="requests()"
        [nzLoading]="loading()"
        [nzPageSize]="50"
        [nzHideOnSinglePage]="true"
        [nzNoResult]="emptyTpl"
        nzSize="middle"
        data-testid="requests"
      >
        <thead>
          <tr>
            <th>{{ 'sessionsAdmin.requests.from' | transloco }}</th>
            <th>{{ 'sessionsAdmin.requests.to' | transloco }}</th>
            <th>{{ 'sessionsAdmin.requests.scenario' | transloco }}</th>
            <th>{{ 'sessionsAdmin.requests.message' | transloco }}</th>
            <th nzWidth="100px">{{ 'sessionsAdmin.requests.status' | transloco }}</th>
            <th nzWidth="100px">{{ 'sessionsAdmin.requests.mutual' | transloco }}</th>
            <th nzWidth="140px">{{ 'sessionsAdmin.requests.createdAt' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (r of table.data; track r.id) {
            <tr data-testid="request-row" [attr.data-status]="r.status" [attr.data-mutual]="r.mutual">
              <td data-i18n-skip>{{ r.from.name }}</td>
              <td data-i18n-skip>{{ r.to.name }}</td>
              <td data-i18n-skip>{{ r.scenario?.title ?? '—' }}</td>
              <td data-i18n-skip>{{ r.message || '—' }}</td>
              <td><nz-tag [nzColor]="colors[r.status]" data-testid="request-status">{{ labels[r.status] | transloco }}</nz-tag></td>
              <td>
                @if (r.mutual) {
                  <nz-tag nzColor="green" data-testid="request-mutual">{{ 'sessionsAdmin.requests.mutualYes' | transloco }}</nz-tag>
                } @else {
                  <span class="muted">—</span>
                }
              </td>
              <td>{{ r.createdAt | bjTime }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #emptyTpl><nz-empty [nzNotFoundContent]="'sessionsAdmin.requests.empty' | transloco" /></ng-template>
    }
  `,
  styles: `
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class SessionRequestsComponent extends SessionPart implements OnInit {
  protected readonly labels = MEETING_REQUEST_STATUS_KEYS;
  protected readonly colors = REQUEST_COLORS;

  protected readonly requests = signal<MeetingRequestView[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly mutualCount = computed(
    () => this.requests().filter((r) => r.mutual).length,
  );

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
