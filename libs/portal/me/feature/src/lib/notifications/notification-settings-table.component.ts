import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormsModule } from '@angular/forms';
import type {
  NotificationCategory,
  NotificationSettingsView,
} from '@scenematch/contracts';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { TranslocoPipe } from '@jsverse/transloco';

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

/** A switch turned by the user: a category's channel, on or off. */
export interface ChannelSwitch {
  category: NotificationCategory;
  channel: 'email' | 'sms' | 'wechat';
  on: boolean;
}

/**
 * The categories against the channels: in-app always on, a switch per category for email, and
 * for SMS (where offered) and WeChat while the channel is available. It shows `saving`'s spinner
 * (a category for email, `category:channel` for the others) and emits each switch turned.
 */
@Component({
  selector: 'sm-notification-settings-table',
  imports: [
    FormsModule,
    NgTemplateOutlet,
    NzSwitchModule,
    NzTagModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
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
          @for (c of settings().categories; track c.category) {
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
                  (ngModelChange)="
                    switched.emit({
                      category: c.category,
                      channel: 'email',
                      on: $event,
                    })
                  "
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
                        available: settings().channels.sms.available,
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
                      available: settings().channels.wechat.available,
                    }
                  "
                />
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    <ng-template
      #channelSwitch
      let-c
      let-channel="channel"
      let-available="available"
    >
      <nz-switch
        nzSize="small"
        [ngModel]="c[channel]"
        (ngModelChange)="
          switched.emit({ category: c.category, channel, on: $event })
        "
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
  styleUrl: './notification-settings-table.component.less',
})
export class NotificationSettingsTableComponent {
  readonly settings = input.required<NotificationSettingsView>();
  /** What is being saved, as the page tells. */
  readonly saving = input<string | null>(null);
  readonly switched = output<ChannelSwitch>();

  protected categoryKey(category: NotificationCategory): string {
    return CATEGORY_KEYS[category] ?? category;
  }
  protected smsHintKey(category: NotificationCategory): string | null {
    return SMS_HINT_KEYS[category] ?? null;
  }
}
