import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { formatBeijing, type CalendarFeedView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { SessionCalendarApi } from '../../core/data-access/session-calendar.api';
import { toApiError } from '../../core/http/api-error';
import { CALENDAR_TEXTS } from '../../core/i18n/zh-cn.session-calendar';

/**
 * The caller's private calendar subscription: make it, copy it (shown once: the server keeps only
 * a hash), renew it (the old URL stops working) or stop it.
 */
@Component({
  selector: 'sm-calendar-feed-panel',
  imports: [NzButtonModule, NzCardModule, NzIconModule, NzInputModule, NzPopconfirmModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="t.title" nzSize="small" class="feed-card" data-testid="calendar-feed">
      <p class="muted">{{ t.lead }}</p>
      @if (feed(); as f) {
        @if (url(); as u) {
          <div class="feed-url">
            <input nz-input readonly [value]="u" data-testid="calendar-feed-url" (focus)="$any($event.target).select()" />
            <button nz-button nzType="primary" (click)="copy(u)" data-testid="calendar-feed-copy"><nz-icon nzType="copy" />{{ t.copy }}</button>
          </div>
          <p class="muted small">{{ t.private }}</p>
        } @else if (f.active) {
          <p>{{ t.active(when(f.createdAt)) }}</p>
          @if (f.lastUsedAt) { <p class="muted small">{{ t.lastUsed(when(f.lastUsedAt)) }}</p> }
          <p class="muted small">{{ t.hidden }}</p>
        } @else {
          <p class="muted">{{ t.none }}</p>
        }
        <div class="feed-actions">
          @if (f.active) {
            <button nz-button nz-popconfirm [nzPopconfirmTitle]="t.renewConfirm" (nzOnConfirm)="renew()" [nzLoading]="busy()" data-testid="calendar-feed-renew">{{ t.renew }}</button>
            <button nz-button nzDanger nz-popconfirm [nzPopconfirmTitle]="t.stopConfirm" (nzOnConfirm)="stop()" data-testid="calendar-feed-stop">{{ t.stop }}</button>
          } @else {
            <button nz-button nzType="primary" (click)="renew()" [nzLoading]="busy()" data-testid="calendar-feed-create"><nz-icon nzType="calendar" />{{ t.create }}</button>
          }
        </div>
      }
    </nz-card>
  `,
  styles: `
    .feed-url { display: flex; gap: 8px; margin-bottom: 4px; }
    .feed-url input { flex: 1; min-width: 0; font-family: monospace; font-size: 12px; }
    .feed-actions { display: flex; flex-wrap: wrap; gap: 8px; }
    .muted { color: rgba(0, 0, 0, 0.55); }
    .small { font-size: 12px; }
  `,
})
export class CalendarFeedPanelComponent implements OnInit {
  private readonly api = inject(SessionCalendarApi);
  private readonly message = inject(NzMessageService);
  protected readonly t = CALENDAR_TEXTS.feed;
  protected readonly feed = signal<CalendarFeedView | null>(null);
  /** The full URL, only right after it was made. */
  protected readonly url = signal<string | null>(null);
  protected readonly busy = signal(false);

  ngOnInit(): void {
    this.api.feed().subscribe({ next: (f) => this.feed.set(f), error: () => this.feed.set(null) });
  }

  protected when(at: string | null): string {
    return formatBeijing(at);
  }

  protected renew(): void {
    this.busy.set(true);
    this.api.renewFeed().subscribe({
      next: (f) => {
        this.busy.set(false);
        this.feed.set(f);
        this.url.set(f.path ? `${location.origin}${f.path}` : null);
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.message.error(toApiError(e).message || this.t.failed);
      },
    });
  }

  protected stop(): void {
    this.api.revokeFeed().subscribe({
      next: () => {
        this.url.set(null);
        this.feed.set({ active: false, createdAt: null, lastUsedAt: null, path: null });
        this.message.success(this.t.stopped);
      },
      error: (e: unknown) => this.message.error(toApiError(e).message || this.t.failed),
    });
  }

  protected copy(url: string): void {
    if (!navigator.clipboard) {
      this.message.warning(this.t.copyFailed);
      return;
    }
    navigator.clipboard.writeText(url).then(
      () => this.message.success(this.t.copied),
      () => this.message.warning(this.t.copyFailed),
    );
  }
}
