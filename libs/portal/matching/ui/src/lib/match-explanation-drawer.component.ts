import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { Observable, of, Subject } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import {
  MatchingApi,
  type MatchExplanation,
} from '@scenematch/portal/matching/data-access/matching.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import {
  componentBreakdown,
  type ComponentBreakdown,
} from './match-components';
import { scoreColor } from './match-format';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';
import { MatchBreakdownComponent } from './match-breakdown.component';
import { ScoreRingComponent } from './score-ring.component';

/** The pair to explain; `title` is shown while the explanation loads. */
export interface ExplanationTarget {
  scenarioId: string;
  organisationId: string;
  title: string;
}

type ExplanationState =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | {
      state: 'done';
      explanation: MatchExplanation;
      breakdown: ComponentBreakdown;
    };

/**
 * 为什么推荐: the score of one scenario–company pair taken apart — the four weighted components
 * (with the capability gate), the reasons and the why-nots — in a drawer. Used by the enterprise's
 * recommendations and by a scenario's matching companies; `link` says which page the footer opens.
 */
@Component({
  selector: 'sm-match-explanation-drawer',
  imports: [
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzDrawerModule,
    NzIconModule,
    MatchBreakdownComponent,
    PageStateComponent,
    ScoreRingComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './match-explanation-drawer.component.html',
  styleUrl: './match-explanation-drawer.component.less',
})
export class MatchExplanationDrawerComponent {
  private readonly api = inject(MatchingApi);

  /** The pair to explain; null: closed. */
  readonly target = input<ExplanationTarget | null>(null);
  readonly link = input<'scenario' | 'company' | null>(null);
  readonly closed = output<void>();

  private readonly lang = inject(LanguageService);
  protected readonly scoreColor = scoreColor;

  private readonly retry$ = new Subject<void>();

  protected readonly view = toSignal(
    toObservable(this.target).pipe(
      switchMap((target) =>
        target
          ? this.retry$.pipe(
              startWith(undefined),
              switchMap(() => this.load(target)),
            )
          : of<ExplanationState>({ state: 'idle' }),
      ),
    ),
    { initialValue: { state: 'idle' } as ExplanationState },
  );

  protected readonly explanation = computed(() => {
    const v = this.view();
    return v.state === 'done' ? v : null;
  });

  /** 推荐理由 and 未加分项, as lists. */
  protected lines(e: MatchExplanation) {
    return [
      {
        title: 'matching.explanation.reasons',
        items: e.reasons,
        testId: 'explanation-reason',
        icon: 'check',
        iconClass: 'ok',
        empty: 'matching.explanation.noReasons',
      },
      {
        title: 'matching.explanation.whyNot',
        items: e.whyNot,
        testId: 'explanation-why-not',
        icon: 'minus-circle',
        iconClass: 'warn',
        empty: 'matching.explanation.noWhyNot',
      },
    ];
  }
  protected readonly failure = computed(() => {
    const v = this.view();
    return v.state === 'failed' ? v.message : null;
  });

  protected readonly title = computed(() => {
    const done = this.explanation();
    return done
      ? this.lang.t('matching.explanation.titleFor', {
          scenario: done.explanation.scenario.title,
          company: done.explanation.enterprise.name,
        })
      : (this.target()?.title ?? this.lang.t('matching.explanation.title'));
  });

  private load(target: ExplanationTarget): Observable<ExplanationState> {
    return this.api.explain(target.scenarioId, target.organisationId).pipe(
      map(
        (explanation): ExplanationState => ({
          state: 'done',
          explanation,
          breakdown: componentBreakdown(explanation.components, explanation),
        }),
      ),
      catchError((error: unknown) =>
        of<ExplanationState>({
          state: 'failed',
          message: toApiError(error).message,
        }),
      ),
      startWith<ExplanationState>({ state: 'loading' }),
    );
  }

  protected retry(): void {
    this.retry$.next();
  }

  protected close(): void {
    this.closed.emit();
  }
}
