import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { filter } from 'rxjs/operators';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { NotificationsApi } from '@scenematch/portal/notifications/data-access/notifications.api';
import type { NotificationView } from '@scenematch/portal/notifications/data-access/notifications.api';
import { NotificationsStore } from '@scenematch/portal/notifications/data-access/notifications.store';
import { TranslocoPipe } from '@jsverse/transloco';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';

/** The unread count is fetched again this often while signed in. */
export const POLL_MS = 60_000;

/**
 * The header's bell for a signed-in user: the unread count as a badge and, on click, the latest
 * notifications with their links. Polls every minute and on each navigation; hidden while the API
 * has no notifications (404) and until the first answer.
 */
@Component({
  selector: 'sm-notification-bell',
  imports: [
    BeijingTimePipe,
    RouterLink,
    NzDropDownModule,
    NzIconModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.shown()) {
      <a
        class="bell"
        nz-dropdown
        [nzDropdownMenu]="panel"
        nzPlacement="bottomRight"
        nzTrigger="click"
        role="button"
        tabindex="0"
        [attr.aria-label]="
          store.unread()
            ? ('layout.bell.unread' | transloco: { n: store.unread() })
            : ('layout.bell.bell' | transloco)
        "
        (nzVisibleChange)="$event && store.refresh()"
        data-testid="notification-bell"
      >
        <nz-icon nzType="bell" />
        @if (store.unread()) {
          <span class="badge" data-testid="notification-badge">{{
            store.unread() > 99 ? '99+' : store.unread()
          }}</span>
        }
      </a>
      <nz-dropdown-menu #panel="nzDropdownMenu">
        <div class="panel" data-testid="notification-panel">
          <div class="panel-head">
            <strong>{{ 'layout.bell.latest' | transloco }}</strong>
            @if (store.unread()) {
              <a
                role="button"
                tabindex="0"
                (click)="readAll()"
                (keydown.enter)="readAll()"
                data-testid="notification-read-all"
                >{{ 'layout.bell.readAll' | transloco }}</a
              >
            }
          </div>
          <ul class="items">
            @for (n of store.latest(); track n.id) {
              <li
                [class.unread]="!n.readAt"
                role="button"
                tabindex="0"
                (click)="open(n)"
                (keydown.enter)="open(n)"
                data-testid="notification-item"
                [attr.data-id]="n.id"
              >
                <div class="title" data-i18n-skip>{{ n.title }}</div>
                @if (n.body) {
                  <div class="body" data-i18n-skip>{{ n.body }}</div>
                }
                <div class="time">
                  {{ n.createdAt | bjTime }}
                </div>
              </li>
            } @empty {
              <li class="empty">{{ 'layout.bell.empty' | transloco }}</li>
            }
          </ul>
          <a
            class="all"
            routerLink="/me/notifications"
            data-testid="notification-all"
            >{{ 'layout.bell.viewAll' | transloco }}</a
          >
        </div>
      </nz-dropdown-menu>
    }
  `,
  styles: `
    .bell {
      position: relative;
      display: inline-flex;
      align-items: center;
      color: #fff;
      font-size: 18px;
      padding: 0 8px;
    }
    .badge {
      position: absolute;
      top: -6px;
      right: -4px;
      min-width: 18px;
      height: 18px;
      padding: 0 5px;
      border-radius: 9px;
      background: #ff4d4f;
      color: #fff;
      font-size: 11px;
      line-height: 18px;
      text-align: center;
    }
    .panel {
      width: 340px;
      background: #fff;
      border-radius: 8px;
      box-shadow: 0 6px 16px rgba(0, 0, 0, 0.12);
    }
    .panel-head {
      display: flex;
      justify-content: space-between;
      padding: 10px 16px;
      border-bottom: 1px solid #f0f0f0;
    }
    .items {
      list-style: none;
      margin: 0;
      padding: 0;
      max-height: 420px;
      overflow-y: auto;
    }
    .items li {
      padding: 8px 16px;
      border-bottom: 1px solid #f5f5f5;
      cursor: pointer;
    }
    .items li:hover {
      background: #fafafa;
    }
    .items li.unread .title {
      font-weight: 600;
    }
    .items li.unread .title::before {
      content: '';
      display: inline-block;
      width: 6px;
      height: 6px;
      border-radius: 3px;
      background: #1677ff;
      margin-right: 6px;
      vertical-align: middle;
    }
    .items li.empty {
      cursor: default;
      color: rgba(0, 0, 0, 0.45);
      text-align: center;
    }
    .body {
      color: rgba(0, 0, 0, 0.65);
      font-size: 12px;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .time {
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
    .all {
      display: block;
      text-align: center;
      padding: 8px;
    }
  `,
})
export class NotificationBellComponent {
  private readonly auth = inject(AuthStore);
  private readonly api = inject(NotificationsApi);
  private readonly router = inject(Router);
  protected readonly store = inject(NotificationsStore);
  private readonly userId = computed(() => this.auth.user()?.id ?? null);

  constructor() {
    let timer: ReturnType<typeof setInterval> | null = null;
    const stop = () => {
      if (timer) clearInterval(timer);
      timer = null;
    };
    // One poll per signed-in user; a new user starts afresh.
    effect(() => {
      const userId = this.userId();
      untracked(() => {
        stop();
        this.store.reset();
        if (!userId) return;
        this.store.refresh();
        timer = setInterval(() => this.store.refresh(), POLL_MS);
      });
    });
    this.router.events
      .pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        if (this.auth.isSignedIn()) this.store.refresh();
      });
    inject(DestroyRef).onDestroy(stop);
  }

  protected open(n: NotificationView): void {
    if (!n.readAt) {
      this.store.markedRead(n.id);
      this.api.read(n.id).subscribe({ error: () => this.store.refresh() });
    }
    if (n.link) void this.router.navigateByUrl(n.link);
  }

  protected readAll(): void {
    this.api.readAll().subscribe({
      next: () => this.store.refresh(),
      error: () => this.store.refresh(),
    });
  }
}
