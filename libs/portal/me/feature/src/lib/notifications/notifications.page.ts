import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { combineLatest, Observable, of, Subject } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import {
  NotificationsApi,
  type NotificationPage,
  type NotificationView,
} from '@scenematch/portal/notifications/data-access/notifications.api';
import { NotificationsStore } from '@scenematch/portal/notifications/data-access/notifications.store';
import { TranslocoPipe } from '@jsverse/transloco';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';
import { ToolbarTabsComponent } from '@scenematch/portal/shared/ui/admin-forms/toolbar-tabs.component';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';

const PAGE_SIZE = 20;

type ListState =
  | { state: 'loading' }
  | { state: 'done'; page: NotificationPage }
  | { state: 'unavailable' }
  | { state: 'failed' };

/** 我的通知: every notification of the signed-in user (any role), newest first. */
@Component({
  selector: 'sm-notifications-page',
  imports: [
    BeijingTimePipe,
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzIconModule,
    NzPaginationModule,
    NzTagModule,
    PageHeadComponent,
    PageStateComponent,
    ToolbarTabsComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sm-page-head
      [heading]="'me.notifications.title' | transloco"
      [lead]="'me.notifications.lead' | transloco"
    />
    <nz-card [nzTitle]="filterTpl" [nzExtra]="actionsTpl">
      <ng-template #filterTpl>
        <sm-toolbar-tabs
          [tabs]="filters"
          [value]="unreadOnly()"
          (changed)="setFilter($event)"
          testId="notifications-filter"
        />
      </ng-template>
      <ng-template #actionsTpl>
        <a
          nz-button
          nzType="link"
          routerLink="/me/notifications/settings"
          data-testid="notifications-settings-link"
        >
          <nz-icon nzType="setting" />{{
            'me.notifications.settings' | transloco
          }}
        </a>
        <button
          nz-button
          [disabled]="!unread()"
          [nzLoading]="busy()"
          (click)="readAll()"
          data-testid="notifications-read-all"
        >
          <nz-icon nzType="check" />{{ 'me.notifications.readAll' | transloco }}
        </button>
      </ng-template>
      <sm-page-state
        [state]="list().state"
        [card]="false"
        [rows]="6"
        [errorTitle]="'me.notifications.loadFailed' | transloco"
        (retry)="reload()"
      >
        @if (list().state === 'unavailable') {
          <nz-empty
            [nzNotFoundContent]="'me.notifications.unavailable' | transloco"
          />
        } @else {
          <ul class="items">
            @for (n of items(); track n.id) {
              <li
                [class.unread]="!n.readAt"
                data-testid="notification-row"
                [attr.data-id]="n.id"
                [attr.data-kind]="n.kind"
              >
                <div class="main">
                  <div class="title">
                    @if (!n.readAt) {
                      <nz-tag nzColor="blue">{{
                        'me.notifications.unreadTag' | transloco
                      }}</nz-tag>
                    }
                    <span data-i18n-skip>{{ n.title }}</span>
                  </div>
                  @if (n.body) {
                    <p class="body" data-i18n-skip>{{ n.body }}</p>
                  }
                  <span class="muted">{{ n.createdAt | bjTime }}</span>
                </div>
                <div class="actions">
                  @if (n.link) {
                    <button
                      nz-button
                      nzType="link"
                      nzSize="small"
                      (click)="open(n)"
                      data-testid="notification-open"
                    >
                      {{ 'me.notifications.open' | transloco }}
                    </button>
                  }
                  @if (!n.readAt) {
                    <button
                      nz-button
                      nzSize="small"
                      (click)="markRead(n)"
                      data-testid="notification-mark-read"
                    >
                      {{ 'me.notifications.markRead' | transloco }}
                    </button>
                  }
                </div>
              </li>
            } @empty {
              <nz-empty
                [nzNotFoundContent]="'me.notifications.empty' | transloco"
                data-testid="notifications-empty"
              />
            }
          </ul>
          @if (total() > pageSize) {
            <nz-pagination
              class="pager"
              [nzPageIndex]="page()"
              [nzPageSize]="pageSize"
              [nzTotal]="total()"
              (nzPageIndexChange)="page.set($event)"
            />
          }
        }
      </sm-page-state>
    </nz-card>
  `,
  styleUrl: './notifications.page.less',
})
export class NotificationsPage {
  private readonly api = inject(NotificationsApi);
  private readonly store = inject(NotificationsStore);
  private readonly router = inject(Router);

  protected readonly pageSize = PAGE_SIZE;
  protected readonly filters = [
    { value: false, label: 'me.notifications.all' },
    { value: true, label: 'me.notifications.unreadOnly' },
  ];

  protected readonly unreadOnly = signal(false);
  protected readonly page = signal(1);
  protected readonly busy = signal(false);
  private readonly reload$ = new Subject<void>();

  protected readonly list = toSignal(
    combineLatest([
      toObservable(this.unreadOnly),
      toObservable(this.page),
      this.reload$.pipe(startWith(undefined)),
    ]).pipe(switchMap(([unread, page]) => this.load(unread, page))),
    { initialValue: { state: 'loading' } as ListState },
  );
  private readonly done = computed(() => {
    const l = this.list();
    return l.state === 'done' ? l.page : null;
  });
  protected readonly items = computed(() => this.done()?.items ?? []);
  protected readonly total = computed(() => this.done()?.total ?? 0);
  protected readonly unread = computed(() => this.done()?.unread ?? 0);

  private load(unread: boolean, page: number): Observable<ListState> {
    return this.api.list({ unread, page, pageSize: PAGE_SIZE }).pipe(
      map((p): ListState => ({ state: 'done', page: p })),
      catchError((error: unknown) =>
        of<ListState>(
          (error as { status?: number }).status === 404
            ? { state: 'unavailable' }
            : { state: 'failed' },
        ),
      ),
      startWith<ListState>({ state: 'loading' }),
    );
  }

  protected setFilter(unread: boolean): void {
    this.page.set(1);
    this.unreadOnly.set(unread);
  }

  protected markRead(n: NotificationView): void {
    this.api.read(n.id).subscribe({
      next: () => {
        this.store.markedRead(n.id);
        this.store.refresh();
        this.reload$.next();
      },
      error: () => this.reload$.next(),
    });
  }

  protected open(n: NotificationView): void {
    if (!n.readAt) this.markRead(n);
    if (n.link) void this.router.navigateByUrl(n.link);
  }

  protected readAll(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.api.readAll().subscribe({
      next: () => {
        this.busy.set(false);
        this.store.refresh();
        this.reload$.next();
      },
      error: () => {
        this.busy.set(false);
        this.reload$.next();
      },
    });
  }

  protected reload(): void {
    this.reload$.next();
  }
}
