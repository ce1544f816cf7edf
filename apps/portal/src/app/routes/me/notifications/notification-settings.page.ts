import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type {
  NotificationCategory,
  NotificationSettingsUpdate,
  NotificationSettingsView,
} from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NotificationsApi } from '../../../core/data-access/notifications.api';
import { TEXTS } from '../../../core/i18n/zh-cn';
import { NOTIFICATION_TEXTS } from '../../../core/i18n/zh-cn.notifications';
import { PHONE_TEXTS } from '../../../core/i18n/zh-cn.phone';

type State =
  | { state: 'loading' }
  | { state: 'done'; settings: NotificationSettingsView }
  | { state: 'failed' };

/**
 * 通知设置: in-app notifications are always on; email can be switched per category, and
 * companies can switch the weekly digest. Each switch saves at once.
 */
@Component({
  selector: 'sm-notification-settings-page',
  imports: [
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzResultModule,
    NzSkeletonModule,
    NzSwitchModule,
    NzTagModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-head">
      <h1>{{ t.title }}</h1>
      <p class="muted">{{ t.lead }}</p>
    </div>
    @switch (view().state) {
      @case ('loading') {
        <nz-card><nz-skeleton [nzActive]="true" /></nz-card>
      }
      @case ('failed') {
        <nz-result nzStatus="error" [nzTitle]="t.loadFailed">
          <div nz-result-extra>
            <button nz-button nzType="primary" (click)="load()">
              {{ common.retry }}
            </button>
          </div>
        </nz-result>
      }
      @default {
        @if (settings(); as s) {
          <nz-card [nzTitle]="t.mailTo(s.email)" [nzExtra]="backTpl">
            <ng-template #backTpl>
              <a routerLink="/me/notifications">{{ t.back }}</a>
            </ng-template>
            <div class="channels" data-testid="channel-availability">
              <p class="muted">{{ p.smsLead }}</p>
              @if (s.channels.sms.reason; as reason) {
                <p class="muted" data-testid="sms-unavailable">
                  {{ p.sms }}：{{ reason }}（<a routerLink="/me/security">{{ security }}</a>）
                </p>
              }
              @if (s.channels.wechat.reason; as reason) {
                <p class="muted" data-testid="wechat-unavailable">
                  {{ p.wechat }}：{{ reason }}（<a routerLink="/me/security">{{ security }}</a>）
                </p>
              }
            </div>
            <div class="table-wrap">
            <table class="settings" data-testid="notification-settings">
              <thead>
                <tr>
                  <th>{{ t.category }}</th>
                  <th>{{ t.inApp }}</th>
                  <th>{{ t.email }}</th>
                  <th>{{ p.sms }}</th>
                  <th>{{ p.wechat }}</th>
                </tr>
              </thead>
              <tbody>
                @for (c of s.categories; track c.category) {
                  <tr [attr.data-category]="c.category">
                    <td>{{ c.label }}</td>
                    <td>
                      <nz-tag nzColor="green">{{ t.alwaysOn }}</nz-tag>
                    </td>
                    <td>
                      <nz-switch
                        [ngModel]="c.email"
                        (ngModelChange)="setEmail(c.category, $event)"
                        [nzLoading]="saving() === c.category"
                        [attr.aria-label]="c.label + ' ' + t.email"
                        [attr.data-testid]="'email-' + c.category"
                      />
                    </td>
                    <td>
                      @if (c.sms !== null) {
                        <nz-switch
                          nzSize="small"
                          [ngModel]="c.sms"
                          (ngModelChange)="setChannel(c.category, 'sms', $event)"
                          [nzDisabled]="!s.channels.sms.available"
                          [nzLoading]="saving() === c.category + ':sms'"
                          [attr.aria-label]="c.label + ' ' + p.sms"
                          [attr.data-testid]="'sms-' + c.category"
                        />
                        <div class="hint">{{ c.smsHint }}</div>
                      } @else {
                        <span class="muted" [attr.aria-label]="p.sms + '：不提供'">{{ p.notOffered }}</span>
                      }
                    </td>
                    <td>
                      <nz-switch
                        nzSize="small"
                        [ngModel]="c.wechat"
                        (ngModelChange)="setChannel(c.category, 'wechat', $event)"
                        [nzDisabled]="!s.channels.wechat.available"
                        [nzLoading]="saving() === c.category + ':wechat'"
                        [attr.aria-label]="c.label + ' ' + p.wechat"
                        [attr.data-testid]="'wechat-' + c.category"
                      />
                    </td>
                  </tr>
                }
              </tbody>
            </table>
            </div>
            @if (s.digest !== null) {
              <div class="digest">
                <div>
                  <div class="digest-title">{{ t.digest }}</div>
                  <p class="muted">{{ t.digestHint }}</p>
                </div>
                <nz-switch
                  [ngModel]="s.digest"
                  (ngModelChange)="setDigest($event)"
                  [nzLoading]="saving() === 'digest'"
                  [attr.aria-label]="t.digest"
                  data-testid="digest-switch"
                />
              </div>
            }
          </nz-card>
        }
      }
    }
  `,
  styles: `
    .page-head h1 {
      margin: 0 0 4px;
      font-size: 24px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
      margin: 0;
    }
    .settings {
      width: 100%;
      border-collapse: collapse;
    }
    .settings th,
    .settings td {
      text-align: left;
      padding: 10px 8px;
      border-bottom: 1px solid #f0f0f0;
    }
    .settings th {
      font-weight: 500;
      color: rgba(0, 0, 0, 0.65);
    }
    .table-wrap {
      overflow-x: auto;
    }
    .channels {
      margin-bottom: 12px;
    }
    .channels p {
      margin: 0 0 4px;
    }
    .hint {
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
      line-height: 1.3;
      margin-top: 2px;
    }
    .digest {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 16px;
      margin-top: 24px;
    }
    .digest-title {
      font-weight: 600;
    }
  `,
})
export class NotificationSettingsPage {
  private readonly api = inject(NotificationsApi);
  private readonly message = inject(NzMessageService);

  protected readonly t = NOTIFICATION_TEXTS.settings;
  protected readonly common = TEXTS.common;
  protected readonly view = signal<State>({ state: 'loading' });
  protected readonly settings = signal<NotificationSettingsView | null>(null);
  /** What is being saved: a category, 'digest', or nothing. */
  protected readonly saving = signal<string | null>(null);
  protected readonly p = PHONE_TEXTS.settings;
  protected readonly security = '账号安全';

  constructor() {
    this.load();
  }

  protected load(): void {
    this.view.set({ state: 'loading' });
    this.api.settings().subscribe({
      next: (settings) => {
        this.settings.set(settings);
        this.view.set({ state: 'done', settings });
      },
      error: () => this.view.set({ state: 'failed' }),
    });
  }

  protected setEmail(category: NotificationCategory, email: boolean): void {
    this.save({ categories: [{ category, email }] }, category);
  }

  protected setChannel(category: NotificationCategory, channel: 'sms' | 'wechat', on: boolean): void {
    this.save({ categories: [{ category, [channel]: on }] }, `${category}:${channel}`);
  }

  protected setDigest(digest: boolean): void {
    this.save({ digest }, 'digest');
  }

  private save(
    update: NotificationSettingsUpdate,
    what: string,
  ): void {
    this.saving.set(what);
    this.api.saveSettings(update).subscribe({
      next: (settings) => {
        this.saving.set(null);
        this.settings.set(settings);
        this.message.success(this.t.saved);
      },
      error: () => {
        this.saving.set(null);
        this.message.error(this.t.saveFailed);
        // Show what is really stored, not the switch's optimistic position.
        const current = this.settings();
        this.settings.set(current ? { ...current } : null);
        this.load();
      },
    });
  }
}
