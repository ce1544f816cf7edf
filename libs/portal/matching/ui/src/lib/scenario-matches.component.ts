import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { INVITATION_MESSAGE_MAX } from '@scenematch/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { combineLatest, Subject } from 'rxjs';
import { startWith } from 'rxjs/operators';
import {
  MatchingApi,
  type MatchPage,
  type MatchView,
} from '@scenematch/portal/matching/data-access/matching.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import {
  listView,
  loadKeepingPrevious,
  type ListState,
} from '@scenematch/portal/shared/ui/list/url-list';
import { ReasonModalComponent } from '@scenematch/portal/shared/ui/reason-modal.component';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';
import {
  MatchExplanationDrawerComponent,
  type ExplanationTarget,
} from './match-explanation-drawer.component';
import { MatchRowComponent } from './match-row.component';

const PAGE_SIZE = 10;

/**
 * 匹配企业 of a scenario, for its unit and the service centre: the companies the engine ranks
 * for it, each with its score, reasons and the explanation drawer.
 */
@Component({
  selector: 'sm-scenario-matches',
  imports: [
    MatchExplanationDrawerComponent,
    MatchRowComponent,
    NzCardModule,
    NzEmptyModule,
    NzPaginationModule,
    NzTooltipModule,
    PageStateComponent,
    ReasonModalComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scenario-matches.component.html',
  styleUrl: './scenario-matches.component.less',
})
export class ScenarioMatchesComponent {
  private readonly api = inject(MatchingApi);
  private readonly message = inject(NzMessageService);

  readonly scenarioId = input.required<string>();
  /** The viewer may invite companies to apply (the owning unit or an organiser, while open). */
  readonly canInvite = input(false);

  private readonly lang = inject(LanguageService);
  protected readonly pageSize = PAGE_SIZE;
  protected readonly pageIndex = signal(1);
  protected readonly explaining = signal<ExplanationTarget | null>(null);

  private readonly reload$ = new Subject<void>();

  /** The company being invited (the message modal is open), and whether the request is out. */
  protected readonly inviting = signal<MatchView | null>(null);
  protected readonly inviteBusy = signal(false);
  protected readonly inviteMax = INVITATION_MESSAGE_MAX;

  /** While the next page loads the previous one stays on screen (dimmed). */
  private readonly list = toSignal(
    combineLatest([
      toObservable(this.scenarioId),
      toObservable(this.pageIndex),
      this.reload$.pipe(startWith(undefined)),
    ]).pipe(
      loadKeepingPrevious(
        ([id, page]) => this.api.matches(id, { page, pageSize: PAGE_SIZE }),
        this.lang.t('matching.matches.loadFailed'),
      ),
    ),
    { initialValue: { state: 'loading', previous: null } as ListState<MatchPage> },
  );
  private readonly view = listView(this.list);
  protected readonly page = this.view.page;
  protected readonly loading = this.view.loading;
  protected readonly failure = this.view.failure;

  protected retry(): void {
    this.reload$.next();
  }

  protected invite(message: string): void {
    const m = this.inviting();
    if (!m) return;
    this.inviteBusy.set(true);
    const text = message.trim();
    this.api
      .invite(this.scenarioId(), {
        organisationId: m.enterprise.id,
        ...(text ? { message: text } : {}),
      })
      .subscribe({
        next: (invitation) => {
          this.inviteBusy.set(false);
          this.inviting.set(null);
          this.message.success(
            invitation.created
              ? this.lang.t('matching.matches.inviteSent', {
                  company: m.enterprise.name,
                })
              : this.lang.t('matching.matches.inviteAgain', {
                  company: m.enterprise.name,
                }),
          );
          this.reload$.next();
        },
        error: (error: unknown) => {
          this.inviteBusy.set(false);
          this.message.error(toApiError(error).message);
        },
      });
  }

  protected explain(match: MatchView): void {
    this.explaining.set({
      scenarioId: this.scenarioId(),
      organisationId: match.enterprise.id,
      title: match.enterprise.name,
    });
  }
}
