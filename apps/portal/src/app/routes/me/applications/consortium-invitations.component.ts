import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ConsortiumInvitationView, ConsortiumMemberState } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { Observable } from 'rxjs';
import { ApplicationsApi } from '../../../core/data-access/applications.api';
import { toApiError } from '../../../core/http/api-error';
import { LanguageService } from '../../../core/i18n/language.service';
import { CONSORTIUM_MEMBER_STATE_KEYS } from '../../../shared/application/application-keys';
import { BeijingTimePipe } from '../../../shared/text/beijing-time';
import { ReloadableList } from '../../../shared/ui/reloadable-list';
import { ActionButtonComponent } from '../../../shared/ui/action-button.component';

/** The consortium invitations of the company: join (接受) or decline / leave while the application is a draft. */
@Component({
  selector: 'sm-consortium-invitations',
  imports: [TranslocoPipe, BeijingTimePipe, RouterLink, NzAlertModule, ActionButtonComponent, NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './consortium-invitations.component.html',
  styleUrls: ['../me-page.less', './consortium-invitations.component.less'],
})
export class ConsortiumInvitationsComponent {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ApplicationsApi);
  private readonly message = inject(NzMessageService);

  /** An invitation was answered: the company's applications changed with it. */
  readonly answered = output<void>();

  protected readonly stateKeys = CONSORTIUM_MEMBER_STATE_KEYS;
  protected readonly busy = signal<string | null>(null);
  private readonly list = new ReloadableList(() => this.api.invitations());
  protected readonly items = this.list.items;

  protected stateColor(state: ConsortiumMemberState): string {
    return state === 'accepted' ? 'green' : state === 'declined' ? 'red' : 'gold';
  }

  protected accept(invitation: ConsortiumInvitationView): void {
    this.answer(invitation, this.api.acceptInvitation(invitation.applicationId), 'applications.consortium.done.accept');
  }

  protected decline(invitation: ConsortiumInvitationView): void {
    this.answer(invitation, this.api.declineInvitation(invitation.applicationId), 'applications.consortium.done.decline');
  }

  private answer(invitation: ConsortiumInvitationView, call: Observable<ConsortiumInvitationView>, done: string): void {
    if (this.busy()) return;
    this.busy.set(invitation.applicationId);
    call.subscribe({
      next: () => {
        this.busy.set(null);
        this.message.success(this.i18n.t(done));
        this.list.reload();
        this.answered.emit();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        // §37 refusals carry the whole reason in the message.
        this.message.error(toApiError(error).message, { nzDuration: 8000 });
        this.list.reload();
      },
    });
  }
}
