import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ConsortiumInvitationView, ConsortiumMemberState } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { Observable } from 'rxjs';
import { ApplicationsApi } from '@scenematch/portal/applications/data-access/applications.api';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { CONSORTIUM_MEMBER_STATE_KEYS } from '@scenematch/portal/shared/ui/application/application-keys';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';
import { ApiActions } from '@scenematch/portal/shared/ui/ui/api-actions';
import { ReloadableList } from '@scenematch/portal/shared/ui/ui/reloadable-list';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';

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

  /** An invitation was answered: the company's applications changed with it. */
  readonly answered = output<void>();

  protected readonly stateKeys = CONSORTIUM_MEMBER_STATE_KEYS;
  /** The accept and decline calls; `busy()` names the application whose answer is under way. */
  private readonly actions = new ApiActions();
  protected readonly busy = this.actions.busy;
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
    this.actions.run(invitation.applicationId, call, {
      then: () => this.answered.emit(),
      done: this.i18n.t(done),
      // §37 refusals carry the whole reason in the message.
      failed: (e) => e.message,
      failedFor: 8000,
      settled: () => this.list.reload(),
    });
  }
}
