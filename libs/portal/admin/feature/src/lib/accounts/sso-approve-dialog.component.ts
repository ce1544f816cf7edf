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
  AdminOrganisationView,
  AdminUserView,
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
import { AccountsApi } from '@scenematch/portal/accounts/data-access/accounts.api';
import { SsoApi } from '@scenematch/portal/accounts/data-access/sso.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';

interface Option {
  value: string;
  label: string;
}

/** The first page of a search: enough to choose from as the user types. */
const FIRST_PAGE = { page: 1, pageSize: 20 };
const userOption = (u: AdminUserView): Option => ({
  value: u.id,
  label: `${u.displayName}（${u.email}，${u.organisation.name}）`,
});
const organisationOption = (o: AdminOrganisationView): Option => ({
  value: o.id,
  label: o.uscc ? `${o.name}（${o.uscc}）` : o.name,
});

/**
 * A select whose options the API finds as the user types (each query, debounced, replaces the
 * previous one): its element id (also its test id), ngModel name, label and placeholder keys.
 */
class RemotePicker {
  readonly value = signal<string | null>(null);
  readonly options = signal<Option[]>([]);
  private readonly queries = new Subject<string>();

  constructor(
    readonly id: string,
    readonly name: string,
    readonly label: string,
    readonly placeholder: string,
    find: (q: string) => Observable<Option[]>,
  ) {
    this.queries
      .pipe(
        debounceTime(250),
        switchMap((q) => find(q).pipe(catchError(() => of([] as Option[])))),
      )
      .subscribe((options) => this.options.set(options));
  }

  search(q: string): void {
    this.queries.next(q);
  }
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
  protected newEmail = '';
  protected newName = '';
  protected readonly approveError = signal<string | null>(null);
  protected readonly user = new RemotePicker(
    'sso-user',
    'userId',
    'admin.ssoRequests.user',
    'admin.ssoRequests.userPlaceholder',
    (q) =>
      this.accounts
        .users({ q, ...FIRST_PAGE })
        .pipe(map((page) => page.items.map(userOption))),
  );
  protected readonly organisation = new RemotePicker(
    'sso-organisation',
    'organisationId',
    'admin.ssoRequests.organisation',
    'admin.ssoRequests.organisationPlaceholder',
    (q) =>
      this.accounts
        .organisations({ q, ...FIRST_PAGE })
        .pipe(map((page) => page.items.map(organisationOption))),
  );

  /** Opens the dialog for a request: linking to the suggested user if there is one. */
  open(row: SsoLinkRequestView): void {
    this.approveError.set(null);
    this.mode = row.suggestedUser ? 'link' : 'create';
    this.user.value.set(row.suggestedUser?.id ?? null);
    this.user.options.set(
      row.suggestedUser
        ? [
            {
              value: row.suggestedUser.id,
              label: `${row.suggestedUser.displayName}（${row.suggestedUser.email}）`,
            },
          ]
        : [],
    );
    this.organisation.value.set(null);
    this.newEmail = row.email ?? '';
    this.newName = row.name ?? '';
    this.approving.set(row);
    if (!row.suggestedUser) this.organisation.search('');
  }

  protected confirmApprove(): void {
    const row = this.approving();
    if (!row || this.busy()) return;
    let body: SsoApproveRequest;
    if (this.mode === 'link') {
      const userId = this.user.value();
      if (!userId) {
        this.approveError.set(this.i18n.t('admin.ssoRequests.chooseUser'));
        return;
      }
      body = { userId };
    } else {
      const organisationId = this.organisation.value();
      if (!organisationId) {
        this.approveError.set(
          this.i18n.t('admin.ssoRequests.chooseOrganisation'),
        );
        return;
      }
      body = {
        organisationId,
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
