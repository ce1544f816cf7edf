import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import type { LinkedIdentityView } from '@scenematch/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzListModule } from 'ng-zorro-antd/list';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { SsoApi } from '@scenematch/portal/accounts/data-access/sso.api';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';
import { ApiActions } from '@scenematch/portal/shared/ui/ui/api-actions';

const LINKED_BY_KEYS = {
  verified_email: 'me.identities.linkedBy.verified_email',
  verified_phone: 'me.identities.linkedBy.verified_phone',
  admin_approval: 'me.identities.linkedBy.admin_approval',
} as const;

/** 统一身份认证 on 账号安全: the identity-service accounts linked to this user, each unlinkable. */
@Component({
  selector: 'sm-linked-identities-card',
  imports: [
    BeijingTimePipe,
    NzCardModule,
    NzEmptyModule,
    NzListModule,
    ActionButtonComponent,
    NzTagModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="'me.identities.title' | transloco" data-testid="identities-card">
      <p class="muted">{{ 'me.identities.lead' | transloco }}</p>
      @if (identities(); as list) {
        @if (list.length) {
          <nz-list nzSize="small">
            @for (identity of list; track identity.id) {
              <nz-list-item data-testid="identity">
                <div class="identity">
                  <strong data-i18n-skip>{{ identity.providerName }}</strong>
                  <nz-tag>{{ linkedBy(identity.linkedBy) | transloco }}</nz-tag>
                  <div class="muted small">
                    {{ 'me.identities.account' | transloco }}<span data-i18n-skip>{{ identity.subject }}</span> · {{ 'me.identities.linkedAt' | transloco }}
                    {{ identity.linkedAt | bjTime }} · {{ 'me.identities.lastLogin' | transloco }}
                    {{
                      identity.lastLoginAt
                        ? (identity.lastLoginAt | bjTime)
                        : ('me.identities.never' | transloco)
                    }}
                  </div>
                </div>
                <ul nz-list-item-actions>
                  <nz-list-item-action>
                    <sm-action-button
                      size="small"
                      danger
                      [question]="'me.identities.unlinkConfirm' | transloco"
                      (pressed)="unlink(identity)"
                      [busy]="busy() === identity.id"
                      testid="identity-unlink"
                    >
                      {{ 'me.identities.unlink' | transloco }}
                    </sm-action-button>
                  </nz-list-item-action>
                </ul>
              </nz-list-item>
            }
          </nz-list>
        } @else {
          <nz-empty nzNotFoundImage="simple" [nzNotFoundContent]="'me.identities.empty' | transloco" />
        }
      }
    </nz-card>
  `,
  styles: `
    :host {
      display: block;
      margin-top: 16px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .small {
      font-size: 12px;
      word-break: break-all;
    }
    .identity nz-tag {
      margin-left: 8px;
    }
  `,
})
export class LinkedIdentitiesCardComponent {
  private readonly api = inject(SsoApi);
  private readonly i18n = inject(LanguageService);

  /** How the identity came to be linked, as a catalogue key (an unknown way shows as it is). */
  protected linkedBy(way: string): string {
    return LINKED_BY_KEYS[way as keyof typeof LINKED_BY_KEYS] ?? way;
  }
  protected readonly identities = signal<LinkedIdentityView[] | null>(null);
  private readonly actions = new ApiActions();
  /** The identity whose unlinking is under way. */
  protected readonly busy = this.actions.busy;

  constructor() {
    this.load();
  }

  protected unlink(identity: LinkedIdentityView): void {
    this.actions.run(identity.id, this.api.unlink(identity.id), {
      then: () => this.load(),
      done: this.i18n.t('me.identities.unlinked'),
      failed: (e) => e.message,
    });
  }

  private load(): void {
    this.api.myIdentities().subscribe({
      next: (list) => this.identities.set(list),
      error: () => this.identities.set([]),
    });
  }
}
