import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { LowerCasePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type {
  NotificationSettingsUpdate,
  NotificationSettingsView,
} from '@scenematch/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NotificationsApi } from '@scenematch/portal/notifications/data-access/notifications.api';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';
import {
  type ChannelSwitch,
  NotificationSettingsTableComponent,
} from './notification-settings-table.component';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';
import { levelKey } from '@scenematch/portal/matching/ui/match-format';

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
    PageHeadComponent,
    FormsModule,
    RouterLink,
    NzCardModule,
    NzSwitchModule,
    NotificationSettingsTableComponent,
    PageStateComponent,
    TranslocoPipe,
    LowerCasePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sm-page-head
      [heading]="'me.notificationSettings.title' | transloco"
      [lead]="'me.notificationSettings.lead' | transloco"
    />
    <sm-page-state
      [state]="view().state"
      [rows]="3"
      [errorTitle]="'me.notificationSettings.loadFailed' | transloco"
      (retry)="load()"
    >
      @if (settings(); as s) {
        <nz-card
          [nzTitle]="
            'me.notificationSettings.mailTo' | transloco: { email: s.email }
          "
          [nzExtra]="backTpl"
        >
          <ng-template #backTpl>
            <a routerLink="/me/notifications">{{
              'me.notificationSettings.back' | transloco
            }}</a>
          </ng-template>
          <div class="channels" data-testid="channel-availability">
            <p class="muted">
              {{ 'me.notificationSettings.smsLead' | transloco }}
            </p>
            @if (!s.channels.sms.available) {
              <p class="muted" data-testid="sms-unavailable">
                {{ 'me.notificationSettings.smsUnavailable' | transloco
                }}<a routerLink="/me/security">{{
                  'me.notificationSettings.toSecurity' | transloco
                }}</a>
              </p>
            }
            @if (!s.channels.wechat.available) {
              <p class="muted" data-testid="wechat-unavailable">
                {{ 'me.notificationSettings.wechatUnavailable' | transloco
                }}<a routerLink="/me/security">{{
                  'me.notificationSettings.toSecurity' | transloco
                }}</a>
              </p>
            }
          </div>
          <sm-notification-settings-table
            [settings]="s"
            [saving]="saving()"
            (switched)="switch($event)"
          />
          @if (s.digest !== null) {
            <div class="digest">
              <div>
                <div class="digest-title">
                  {{ 'me.notificationSettings.digest' | transloco }}
                </div>
                <p class="muted">
                  {{
                    'me.notificationSettings.digestHint'
                      | transloco
                        : { level: (levelKey(s.digestLevel ?? 'high') | transloco | lowercase) }
                  }}
                </p>
              </div>
              <nz-switch
                [ngModel]="s.digest"
                (ngModelChange)="setDigest($event)"
                [nzLoading]="saving() === 'digest'"
                [attr.aria-label]="'me.notificationSettings.digest' | transloco"
                data-testid="digest-switch"
              />
            </div>
          }
        </nz-card>
      }
    </sm-page-state>
  `,
  styleUrl: './notification-settings.page.less',
})
export class NotificationSettingsPage {
  private readonly api = inject(NotificationsApi);
  private readonly message = inject(NzMessageService);

  private readonly i18n = inject(LanguageService);
  protected readonly view = signal<State>({ state: 'loading' });
  protected readonly settings = signal<NotificationSettingsView | null>(null);
  /** The digest's hint names the level of the least score it includes (高度匹配 …). */
  protected readonly levelKey = levelKey;
  /** What is being saved: a category, 'digest', or nothing. */
  protected readonly saving = signal<string | null>(null);

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

  /** Email saves as the category itself; SMS and WeChat as `category:channel`. */
  protected switch({ category, channel, on }: ChannelSwitch): void {
    if (channel === 'email')
      this.save({ categories: [{ category, email: on }] }, category);
    else
      this.save(
        { categories: [{ category, [channel]: on }] },
        `${category}:${channel}`,
      );
  }

  protected setDigest(digest: boolean): void {
    this.save({ digest }, 'digest');
  }

  private save(update: NotificationSettingsUpdate, what: string): void {
    this.saving.set(what);
    this.api.saveSettings(update).subscribe({
      next: (settings) => {
        this.saving.set(null);
        this.settings.set(settings);
        this.message.success(this.i18n.t('me.notificationSettings.saved'));
      },
      error: () => {
        this.saving.set(null);
        this.message.error(this.i18n.t('me.notificationSettings.saveFailed'));
        // Show what is really stored, not the switch's optimistic position.
        const current = this.settings();
        this.settings.set(current ? { ...current } : null);
        this.load();
      },
    });
  }
}
