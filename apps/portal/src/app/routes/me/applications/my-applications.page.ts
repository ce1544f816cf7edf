import { formatBeijing } from '@scenematch/contracts';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type ApplicationView,
  type ConsortiumInvitationView,
  type ConsortiumMemberState,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Observable } from 'rxjs';
import { map } from 'rxjs/operators';
import { AuthStore } from '../../../core/auth/auth.store';
import { ApplicationsApi } from '../../../core/data-access/applications.api';
import { toApiError } from '../../../core/http/api-error';
import {
  applicationActions,
  formatQuote,
  type ApplicationUiAction,
} from '../../../shared/application/application-format';
import { CONSORTIUM_MEMBER_STATE_KEYS } from '../../../shared/application/application-keys';
import { ApplicationStatusTagComponent } from '../../../shared/application/application-status-tag.component';
import { ReloadableList } from '../../../shared/ui/reloadable-list';
import { BeijingTimePipe } from '../../../shared/text/beijing-time';
import { LanguageService } from '../../../core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';

/** 我的申报: the company's applications with their state, and 修改 / 提交 / 撤回 before the deadline. */
@Component({
  selector: 'sm-my-applications-page',
  imports: [
    TranslocoPipe,
    BeijingTimePipe,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzEmptyModule,
    NzIconModule,
    NzPopconfirmModule,
    NzResultModule,
    NzTableModule,
    NzTagModule,
    ApplicationStatusTagComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-applications.page.html',
  styleUrls: ['../me-page.less', './my-applications.page.less'],
})
export class MyApplicationsPage {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ApplicationsApi);
  private readonly auth = inject(AuthStore);
  private readonly message = inject(NzMessageService);

  /** Deadlines as Beijing wall time: 2026-12-20 17:00. */
  protected readonly formatBeijing = formatBeijing;
  protected formatQuote(yuan: number): string {
    return formatQuote(yuan, (key, params) => this.i18n.t(key, params));
  }

  protected readonly busy = signal<string | null>(null);
  private readonly list = new ReloadableList(() =>
    this.api.mine().pipe(map((page) => page.items)),
  );
  protected readonly items = this.list.items;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;

  protected readonly stateKeys = CONSORTIUM_MEMBER_STATE_KEYS;
  private readonly invitationList = new ReloadableList(() =>
    this.api.invitations(),
  );
  protected readonly invitations = this.invitationList.items;
  protected readonly invitationsFailure = this.invitationList.failure;

  protected stateColor(state: ConsortiumMemberState): string {
    return state === 'accepted' ? 'green' : state === 'declined' ? 'red' : 'gold';
  }

  protected accept(invitation: ConsortiumInvitationView): void {
    this.answer(
      invitation,
      this.api.acceptInvitation(invitation.applicationId),
      this.i18n.t('applications.consortium.done.accept'),
    );
  }

  protected decline(invitation: ConsortiumInvitationView): void {
    this.answer(
      invitation,
      this.api.declineInvitation(invitation.applicationId),
      this.i18n.t('applications.consortium.done.decline'),
    );
  }

  private answer(
    invitation: ConsortiumInvitationView,
    call: Observable<ConsortiumInvitationView>,
    done: string,
  ): void {
    if (this.busy()) return;
    this.busy.set(invitation.applicationId);
    call.subscribe({
      next: () => {
        this.busy.set(null);
        this.message.success(done);
        this.invitationList.reload();
        this.list.reload();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        // §37 refusals carry the whole reason in the message.
        this.message.error(toApiError(error).message, { nzDuration: 8000 });
        this.invitationList.reload();
      },
    });
  }

  protected can(row: ApplicationView, action: ApplicationUiAction): boolean {
    return applicationActions(row, this.auth.user()?.organisation?.id).includes(
      action,
    );
  }

  protected isMember(row: ApplicationView): boolean {
    return row.company.id !== this.auth.user()?.organisation?.id;
  }

  protected submit(row: ApplicationView): void {
    this.run(row, this.api.submit(row.id), this.i18n.t('applications.mine.done.submit'));
  }

  protected withdraw(row: ApplicationView): void {
    this.run(row, this.api.withdraw(row.id), this.i18n.t('applications.mine.done.withdraw'));
  }

  private run(
    row: ApplicationView,
    call: Observable<ApplicationView>,
    done: string,
  ): void {
    if (this.busy()) return;
    this.busy.set(row.id);
    call.subscribe({
      next: () => {
        this.busy.set(null);
        this.message.success(done);
        this.list.reload();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const e = toApiError(error);
        const details = e.errors?.map((f) => f.message).join('；');
        this.message.error(details ? `${e.message}：${details}` : e.message);
        this.list.reload();
      },
    });
  }

  protected retry(): void {
    this.list.reload();
    this.invitationList.reload();
  }
}
