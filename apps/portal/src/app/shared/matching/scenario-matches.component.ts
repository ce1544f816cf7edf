import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { BeijingTimePipe } from '../text/beijing-time';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { INVITATION_MESSAGE_MAX } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { combineLatest, Observable, of, Subject } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import {
  MatchingApi,
  type MatchPage,
  type MatchView,
} from '../../core/data-access/matching.api';
import { toApiError } from '../../core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { ReasonModalComponent } from '../reason-modal.component';
import {
  MatchExplanationDrawerComponent,
  type ExplanationTarget,
} from './match-explanation-drawer.component';
import { ScoreRingComponent } from './score-ring.component';

type MatchesState =
  | { state: 'loading'; previous: MatchPage | null }
  | { state: 'done'; page: MatchPage }
  | { state: 'failed'; message: string };

const PAGE_SIZE = 10;

/**
 * 匹配企业 of a scenario, for its unit and the service centre: the companies the engine ranks
 * for it, each with its score, reasons and the explanation drawer.
 */
@Component({
  selector: 'sm-scenario-matches',
  imports: [
    BeijingTimePipe,
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzIconModule,
    NzPaginationModule,
    NzResultModule,
    NzSkeletonModule,
    NzTagModule,
    NzTooltipModule,
    MatchExplanationDrawerComponent,
    ReasonModalComponent,
    ScoreRingComponent,
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
  private last: MatchPage | null = null;

  /** The company being invited (the message modal is open), and whether the request is out. */
  protected readonly inviting = signal<MatchView | null>(null);
  protected readonly inviteBusy = signal(false);
  protected readonly inviteMax = INVITATION_MESSAGE_MAX;

  protected readonly list = toSignal(
    combineLatest([
      toObservable(this.scenarioId),
      toObservable(this.pageIndex),
      this.reload$.pipe(startWith(undefined)),
    ]).pipe(switchMap(([id, page]) => this.load(id, page))),
    { initialValue: { state: 'loading', previous: null } as MatchesState },
  );

  protected readonly page = computed(() => {
    const l = this.list();
    return l.state === 'done'
      ? l.page
      : l.state === 'loading'
        ? l.previous
        : null;
  });
  protected readonly loading = computed(() => this.list().state === 'loading');
  protected readonly failure = computed(() => {
    const l = this.list();
    return l.state === 'failed' ? l.message : null;
  });

  private load(id: string, page: number): Observable<MatchesState> {
    return this.api.matches(id, { page, pageSize: PAGE_SIZE }).pipe(
      map((result): MatchesState => {
        this.last = result;
        return { state: 'done', page: result };
      }),
      catchError((error: unknown) =>
        of<MatchesState>({
          state: 'failed',
          message:
            toApiError(error).message ||
            this.lang.t('matching.matches.loadFailed'),
        }),
      ),
      startWith<MatchesState>({ state: 'loading', previous: this.last }),
    );
  }

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
