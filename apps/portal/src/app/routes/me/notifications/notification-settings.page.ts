import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
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
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NotificationsApi } from '../../../core/data-access/notifications.api';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../../core/i18n/language.service';

/** Each category's name, as a catalogue key. */
const CATEGORY_KEYS: Record<NotificationCategory, string> = {
  match: 'me.notificationSettings.categories.match',
  invitation: 'me.notificationSettings.categories.invitation',
  reminder: 'me.notificationSettings.categories.reminder',
  application: 'me.notificationSettings.categories.application',
  scenario: 'me.notificationSettings.categories.scenario',
  product: 'me.notificationSettings.categories.product',
  review: 'me.notificationSettings.categories.review',
  award: 'me.notificationSettings.categories.award',
  other: 'me.notificationSettings.categories.other',
};
/** What SMS carries in the categories that offer it (the API's smsHint, worded here). */
const SMS_HINT_KEYS: Partial<Record<NotificationCategory, string>> = {
  reminder: 'me.notificationSettings.smsHints.reminder',
  award: 'me.notificationSettings.smsHints.award',
};

type State =
  | { state: 'loading' }
  | { state: 'done'; settings: NotificationSettingsView }
  | { state: 'failed' };

/**
 * 通知设置: in-app notifications are always on; email can be switched per category, and
 * companies can switch the weekly digest. Each switch saves at once.
 */
import { PageStateComponent } from '../../../shared/ui/page-state.component';

@Component({
  selector: 'sm-notification-settings-page',
  imports: [
    FormsModule,
    NgTemplateOutlet,
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzSwitchModule,
    NzTagModule,
    PageStateComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-head">
      <h1>{{ 'me.notificationSettings.title' | transloco }}</h1>
      <p class="muted">{{ 'me.notificationSettings.lead' | transloco }}</p>
    </div>
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
          <div class="table-wrap">
            <table class="settings" data-testid="notification-settings">
              <thead>
                <tr>
                  <th>
                    {{ 'me.notificationSettings.category' | transloco }}
                  </th>
                  <th>{{ 'me.notificationSettings.inApp' | transloco }}</th>
                  <th>{{ 'me.notificationSettings.email' | transloco }}</th>
                  <th>{{ 'me.notificationSettings.sms' | transloco }}</th>
                  <th>{{ 'me.notificationSettings.wechat' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (c of s.categories; track c.category) {
                  <tr [attr.data-category]="c.category">
                    <td>{{ categoryKey(c.category) | transloco }}</td>
                    <td>
                      <nz-tag nzColor="green">{{
                        'me.notificationSettings.alwaysOn' | transloco
                      }}</nz-tag>
                    </td>
                    <td>
                      <nz-switch
                        [ngModel]="c.email"
                        (ngModelChange)="setEmail(c.category, $event)"
                        [nzLoading]="saving() === c.category"
                        [attr.aria-label]="
                          (categoryKey(c.category) | transloco) +
                          ' ' +
                          ('me.notificationSettings.email' | transloco)
                        "
                        [attr.data-testid]="'email-' + c.category"
                      />
                    </td>
                    <td>
                      @if (c.sms !== null) {
                        <ng-container
                          *ngTemplateOutlet="
                            channelSwitch;
                            context: {
                              $implicit: c,
                              channel: 'sms',
                              available: s.channels.sms.available,
                            }
                          "
                        />
                        @if (smsHintKey(c.category); as hint) {
                          <div class="hint">{{ hint | transloco }}</div>
                        }
                      } @else {
                        <span
                          class="muted"
                          [attr.aria-label]="
                            'me.notificationSettings.smsNotOffered' | transloco
                          "
                          >{{
                            'me.notificationSettings.notOffered' | transloco
                          }}</span
                        >
                      }
                    </td>
                    <td>
                      <ng-container
                        *ngTemplateOutlet="
                          channelSwitch;
                          context: {
                            $implicit: c,
                            channel: 'wechat',
                            available: s.channels.wechat.available,
                          }
                        "
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
                <div class="digest-title">
                  {{ 'me.notificationSettings.digest' | transloco }}
                </div>
                <p class="muted">
                  {{ 'me.notificationSettings.digestHint' | transloco }}
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
    <ng-template
      #channelSwitch
      let-c
      let-channel="channel"
      let-available="available"
    >
      <nz-switch
        nzSize="small"
        [ngModel]="c[channel]"
        (ngModelChange)="setChannel(c.category, channel, $event)"
        [nzDisabled]="!available"
        [nzLoading]="saving() === c.category + ':' + channel"
        [attr.aria-label]="
          (categoryKey(c.category) | transloco) +
          ' ' +
          ('me.notificationSettings.' + channel | transloco)
        "
        [attr.data-testid]="channel + '-' + c.category"
      />
    </ng-template>
  `,
  styleUrl: './notification-settings.page.less',
})
export class NotificationSettingsPage {
  private readonly api = inject(NotificationsApi);
  private readonly message = inject(NzMessageService);

  private readonly i18n = inject(LanguageService);
  protected readonly view = signal<State>({ state: 'loading' });
  protected readonly settings = signal<NotificationSettingsView | null>(null);
  /** What is being saved: a category, 'digest', or nothing. */
  protected readonly saving = signal<string | null>(null);
  protected categoryKey(category: NotificationCategory): string {
    return CATEGORY_KEYS[category] ?? category;
  }
  protected smsHintKey(category: NotificationCategory): string | null {
    return SMS_HINT_KEYS[category] ?? null;
  }

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

  protected setChannel(
    category: NotificationCategory,
    channel: 'sms' | 'wechat',
    on: boolean,
  ): void {
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
