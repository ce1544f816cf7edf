import { ChangeDetectionStrategy, Component, computed, inject, input, model, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MeetingRequestView, ParticipantView, SessionSuggestion } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { Observable } from 'rxjs';
import { SessionsApi } from '@scenematch/portal/sessions/data-access/sessions.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import type { RequestTarget } from './session-request-modal.component';
import { MEETING_REQUEST_STATUS_KEYS } from '@scenematch/portal/sessions/ui/session-keys';

/**
 * A participant's meeting requests tab: the suggested and the other participants to ask, and the
 * requests received (to accept or decline) and sent (to withdraw).
 */
@Component({
  selector: 'sm-session-requests-panel',
  imports: [TranslocoPipe, NzAlertModule, NzButtonModule, NzCardModule, NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-requests-panel.component.html',
  styles: `
    .banner { margin-bottom: 16px; }
    .request-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; margin-bottom: 16px; }
    .line { display: flex; justify-content: space-between; align-items: flex-start; gap: 12px; padding: 8px 0; border-bottom: 1px solid #f0f0f0; }
    .line:last-child { border-bottom: none; }
    .small { font-size: 12px; }
    .muted { color: rgba(0, 0, 0, 0.45); }
    .row-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 12px; }
    @media (max-width: 900px) { .request-grid { grid-template-columns: minmax(0, 1fr); } }
  `,
})
export class SessionRequestsPanelComponent {
  private readonly api = inject(SessionsApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(LanguageService);

  readonly sessionId = input.required<string>();
  /** The caller's organisation: the requests to and from it. */
  readonly orgId = input<string | undefined>(undefined);
  readonly me = input<ParticipantView | null>(null);
  readonly myKind = input.required<'agency' | 'enterprise'>();
  readonly requestsOpen = input(false);
  readonly suggestions = input<SessionSuggestion[]>([]);
  readonly others = input<ParticipantView[]>([]);
  readonly requests = model<MeetingRequestView[]>([]);
  /** Organisations already asked. */
  readonly asked = input<ReadonlySet<string>>(new Set());
  /** 约见: opens the request dialog for the organisation. */
  readonly ask = output<RequestTarget>();

  protected readonly incoming = computed(() => this.requests().filter((r) => r.to.id === this.orgId()));
  protected readonly outgoing = computed(() => this.requests().filter((r) => r.from.id === this.orgId()));

  protected targetOf(p: ParticipantView): RequestTarget {
    // An agency talks about one of its own scenarios; a company about one the agency brings.
    const scenarios = this.myKind() === 'agency' ? (this.me()?.scenarios ?? []) : p.scenarios;
    return { id: p.organisation.id, name: p.organisation.name, scenarios };
  }

  protected targetOfSuggestion(s: SessionSuggestion): RequestTarget {
    const participant = this.others().find((p) => p.organisation.id === s.organisation.id);
    const target = participant ? this.targetOf(participant) : { id: s.organisation.id, name: s.organisation.name, scenarios: [] };
    if (s.scenario && !target.scenarios.length) target.scenarios = [s.scenario];
    return target;
  }

  /** The catalogue key of a request's status. */
  protected requestStatus(r: MeetingRequestView): string {
    return MEETING_REQUEST_STATUS_KEYS[r.status];
  }

  protected respond(request: MeetingRequestView, decision: 'accept' | 'decline'): void {
    const done = decision === 'accept' ? 'sessions.requests.accepted' : 'sessions.requests.declined';
    this.replace(this.api.respond(this.sessionId(), request.id, decision), done);
  }

  protected withdraw(request: MeetingRequestView): void {
    this.replace(this.api.withdraw(this.sessionId(), request.id), 'sessions.requests.withdrawn');
  }

  private replace(call: Observable<MeetingRequestView>, done: string): void {
    call.subscribe({
      next: (updated) => {
        this.requests.update((list) => list.map((r) => (r.id === updated.id ? updated : r)));
        this.message.success(this.i18n.t(done));
      },
      error: (error: unknown) => this.message.error(toApiError(error).message),
    });
  }
}
