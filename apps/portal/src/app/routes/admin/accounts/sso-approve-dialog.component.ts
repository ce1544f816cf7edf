import {
  ChangeDetectionStrategy,
  Component,
  inject,
  model,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import type {
  SsoApproveRequest,
  SsoLinkRequestView,
} from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import {
  catchError,
  debounceTime,
  map,
  type Observable,
  of,
  Subject,
  switchMap,
} from 'rxjs';
import { AccountsApi } from '../../../core/data-access/accounts.api';
import { SsoApi } from '../../../core/data-access/sso.api';
import { toApiError } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { FormFieldComponent } from '../../../shared/forms/form-field.component';

interface Option {
  value: string;
  label: string;
}

/** Options of a server-searched select: each query (debounced) replaces the previous one. */
function searchOptions(
  queries: Subject<string>,
  search: (q: string) => Observable<Option[]>,
  set: (options: Option[]) => void,
): void {
  queries
    .pipe(
      debounceTime(250),
      switchMap((q) => search(q).pipe(catchError(() => of([] as Option[])))),
    )
    .subscribe(set);
}

/**
 * 通过 of a 统一认证 request: links the person to an existing user (the one with the same e-mail
 * is offered first) or creates a user in an organisation. `busy` holds the id of the request
 * being decided (shared with the page's row buttons); emits `approved` after success.
 */
@Component({
  selector: 'sm-sso-approve-dialog',
  imports: [
    FormFieldComponent,
    FormsModule,
    NzAlertModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    NzRadioModule,
    NzSelectModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sso-approve-dialog.component.html',
  styleUrl: './admin-accounts.less',
})
export class SsoApproveDialogComponent {
  private readonly api = inject(SsoApi);
  private readonly accounts = inject(AccountsApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(LanguageService);

  readonly busy = model<string | null>(null);
  readonly approved = output<void>();

  protected readonly approving = signal<SsoLinkRequestView | null>(null);
  protected mode: 'link' | 'create' = 'link';
  protected userId: string | null = null;
  protected organisationId: string | null = null;
  protected newEmail = '';
  protected newName = '';
  protected readonly approveError = signal<string | null>(null);
  protected readonly userOptions = signal<Option[]>([]);
  protected readonly organisationOptions = signal<Option[]>([]);
  private readonly userSearch = new Subject<string>();
  private readonly organisationSearch = new Subject<string>();

  constructor() {
    searchOptions(
      this.userSearch,
      (q) =>
        this.accounts.users({ q, page: 1, pageSize: 20 }).pipe(
          map((page) =>
            page.items.map((u) => ({
              value: u.id,
              label: `${u.displayName}（${u.email}，${u.organisation.name}）`,
            })),
          ),
        ),
      (options) => this.userOptions.set(options),
    );
    searchOptions(
      this.organisationSearch,
      (q) =>
        this.accounts.organisations({ q, page: 1, pageSize: 20 }).pipe(
          map((page) =>
            page.items.map((o) => ({
              value: o.id,
              label: o.uscc ? `${o.name}（${o.uscc}）` : o.name,
            })),
          ),
        ),
      (options) => this.organisationOptions.set(options),
    );
  }

  protected searchUsers(q: string): void {
    this.userSearch.next(q);
  }

  protected searchOrganisations(q: string): void {
    this.organisationSearch.next(q);
  }

  /** Opens the dialog for a request: linking to the suggested user if there is one. */
  open(row: SsoLinkRequestView): void {
    this.approveError.set(null);
    this.mode = row.suggestedUser ? 'link' : 'create';
    this.userId = row.suggestedUser?.id ?? null;
    this.userOptions.set(
      row.suggestedUser
        ? [
            {
              value: row.suggestedUser.id,
              label: `${row.suggestedUser.displayName}（${row.suggestedUser.email}）`,
            },
          ]
        : [],
    );
    this.organisationId = null;
    this.newEmail = row.email ?? '';
    this.newName = row.name ?? '';
    this.approving.set(row);
    if (!row.suggestedUser) this.searchOrganisations('');
  }

  protected confirmApprove(): void {
    const row = this.approving();
    if (!row || this.busy()) return;
    let body: SsoApproveRequest;
    if (this.mode === 'link') {
      if (!this.userId) {
        this.approveError.set(this.i18n.t('admin.ssoRequests.chooseUser'));
        return;
      }
      body = { userId: this.userId };
    } else {
      if (!this.organisationId) {
        this.approveError.set(
          this.i18n.t('admin.ssoRequests.chooseOrganisation'),
        );
        return;
      }
      body = {
        organisationId: this.organisationId,
        email: this.newEmail.trim() || undefined,
        displayName: this.newName.trim() || undefined,
      };
    }
    this.busy.set(row.id);
    this.api.approve(row.id, body).subscribe({
      next: () => {
        this.busy.set(null);
        this.approving.set(null);
        this.message.success(this.i18n.t('admin.ssoRequests.approved'));
        this.approved.emit();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const problem = toApiError(error);
        this.approveError.set(problem.errors?.[0]?.message ?? problem.message);
      },
    });
  }
}
