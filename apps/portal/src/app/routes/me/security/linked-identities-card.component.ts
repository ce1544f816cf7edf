import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import type { LinkedIdentityView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzListModule } from 'ng-zorro-antd/list';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { SsoApi } from '../../../core/data-access/sso.api';
import { toApiError } from '../../../core/http/api-error';
import { SSO_TEXTS } from '../../../core/i18n/zh-cn.sso';
import { BeijingTimePipe } from '../../../shared/text/beijing-time';

/** 统一身份认证 on 账号安全: the identity-service accounts linked to this user, each unlinkable. */
@Component({
  selector: 'sm-linked-identities-card',
  imports: [
    BeijingTimePipe,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzListModule,
    NzPopconfirmModule,
    NzTagModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="t.title" data-testid="identities-card">
      <p class="muted">{{ t.lead }}</p>
      @if (identities(); as list) {
        @if (list.length) {
          <nz-list nzSize="small">
            @for (identity of list; track identity.id) {
              <nz-list-item data-testid="identity">
                <div class="identity">
                  <strong>{{ identity.providerName }}</strong>
                  <nz-tag>{{ t.linkedBy[identity.linkedBy] }}</nz-tag>
                  <div class="muted small">
                    {{ t.account }}：{{ identity.subject }} · {{ t.linkedAt }}
                    {{ identity.linkedAt | bjTime }} · {{ t.lastLogin }}
                    {{
                      identity.lastLoginAt
                        ? (identity.lastLoginAt | bjTime)
                        : t.never
                    }}
                  </div>
                </div>
                <ul nz-list-item-actions>
                  <nz-list-item-action>
                    <button
                      nz-button
                      nzSize="small"
                      nzDanger
                      nz-popconfirm
                      [nzPopconfirmTitle]="t.unlinkConfirm"
                      (nzOnConfirm)="unlink(identity)"
                      [nzLoading]="busy() === identity.id"
                      data-testid="identity-unlink"
                    >
                      {{ t.unlink }}
                    </button>
                  </nz-list-item-action>
                </ul>
              </nz-list-item>
            }
          </nz-list>
        } @else {
          <nz-empty nzNotFoundImage="simple" [nzNotFoundContent]="t.empty" />
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
  private readonly message = inject(NzMessageService);

  protected readonly t = SSO_TEXTS.identities;
  protected readonly identities = signal<LinkedIdentityView[] | null>(null);
  protected readonly busy = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected unlink(identity: LinkedIdentityView): void {
    this.busy.set(identity.id);
    this.api.unlink(identity.id).subscribe({
      next: () => {
        this.busy.set(null);
        this.message.success(this.t.unlinked);
        this.load();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.message.error(toApiError(error).message);
      },
    });
  }

  private load(): void {
    this.api.myIdentities().subscribe({
      next: (list) => this.identities.set(list),
      error: () => this.identities.set([]),
    });
  }
}
