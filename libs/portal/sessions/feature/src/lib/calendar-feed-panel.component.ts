import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatBeijing, type CalendarFeedView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { SessionCalendarApi } from '@scenematch/portal/sessions/data-access/session-calendar.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';

/**
 * The caller's private calendar subscription: make it, copy it (shown once: the server keeps only
 * a hash), renew it (the old URL stops working) or stop it.
 */
@Component({
  selector: 'sm-calendar-feed-panel',
  imports: [TranslocoPipe, NzButtonModule, NzCardModule, NzIconModule, NzInputModule, ActionButtonComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="'sessions.feed.title' | transloco" nzSize="small" class="feed-card" data-testid="calendar-feed">
      <p class="muted">{{ 'sessions.feed.lead' | transloco }}</p>
      @if (feed(); as f) {
        @if (url(); as u) {
          <div class="feed-url">
            <input nz-input readonly [value]="u" data-testid="calendar-feed-url" (focus)="$any($event.target).select()" />
            <button nz-button nzType="primary" (click)="copy(u)" data-testid="calendar-feed-copy"><nz-icon nzType="copy" />{{ 'sessions.feed.copy' | transloco }}</button>
          </div>
          <p class="muted small">{{ 'sessions.feed.private' | transloco }}</p>
        } @else if (f.active) {
          <p>{{ 'sessions.feed.active' | transloco: { since: when(f.createdAt) } }}</p>
          @if (f.lastUsedAt) { <p class="muted small">{{ 'sessions.feed.lastUsed' | transloco: { at: when(f.lastUsedAt) } }}</p> }
          <p class="muted small">{{ 'sessions.feed.hidden' | transloco }}</p>
        } @else {
          <p class="muted">{{ 'sessions.feed.none' | transloco }}</p>
        }
        <div class="feed-actions">
          @if (f.active) {
            <sm-action-button [question]="'sessions.feed.renewConfirm' | transloco" (pressed)="renew()" [busy]="busy()" testid="calendar-feed-renew">{{ 'sessions.feed.renew' | transloco }}</sm-action-button>
            <sm-action-button danger [question]="'sessions.feed.stopConfirm' | transloco" (pressed)="stop()" testid="calendar-feed-stop">{{ 'sessions.feed.stop' | transloco }}</sm-action-button>
          } @else {
            <button nz-button nzType="primary" (click)="renew()" [nzLoading]="busy()" data-testid="calendar-feed-create"><nz-icon nzType="calendar" />{{ 'sessions.feed.create' | transloco }}</button>
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
  private readonly i18n = inject(LanguageService);
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
        this.message.error(toApiError(e).message || this.i18n.t('sessions.feed.failed'));
      },
    });
  }

  protected stop(): void {
    this.api.revokeFeed().subscribe({
      next: () => {
        this.url.set(null);
        this.feed.set({ active: false, createdAt: null, lastUsedAt: null, path: null });
        this.message.success(this.i18n.t('sessions.feed.stopped'));
      },
      error: (e: unknown) => this.message.error(toApiError(e).message || this.i18n.t('sessions.feed.failed')),
    });
  }

  protected copy(url: string): void {
    if (!navigator.clipboard) {
      this.message.warning(this.i18n.t('sessions.feed.copyFailed'));
      return;
    }
    navigator.clipboard.writeText(url).then(
      () => this.message.success(this.i18n.t('sessions.feed.copied')),
      () => this.message.warning(this.i18n.t('sessions.feed.copyFailed')),
    );
  }
}
