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
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { Observable, of, Subject } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import {
  MatchingApi,
  type MatchExplanation,
} from '../../core/data-access/matching.api';
import { toApiError } from '../../core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import {
  componentBreakdown,
  type ComponentBreakdown,
  type ComponentKey,
} from './match-components';
import { scoreColor } from './match-format';
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
    NzProgressModule,
    NzResultModule,
    NzSkeletonModule,
    NzTooltipModule,
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
  protected readonly componentKeys: Record<
    ComponentKey,
    { label: string; hint: string }
  > = {
    capability: {
      label: 'matching.explanation.components.capability.label',
      hint: 'matching.explanation.components.capability.hint',
    },
    keywords: {
      label: 'matching.explanation.components.keywords.label',
      hint: 'matching.explanation.components.keywords.hint',
    },
    domain: {
      label: 'matching.explanation.components.domain.label',
      hint: 'matching.explanation.components.domain.hint',
    },
    evidence: {
      label: 'matching.explanation.components.evidence.label',
      hint: 'matching.explanation.components.evidence.hint',
    },
  };
  protected readonly capabilitySourceKeys: Record<
    MatchExplanation['capabilitySource'],
    string
  > = {
    stated: 'matching.explanation.capabilitySource.stated',
    inferred: 'matching.explanation.capabilitySource.inferred',
    domain: 'matching.explanation.capabilitySource.domain',
    none: 'matching.explanation.capabilitySource.none',
  };
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
    if (v.state !== 'done') return null;
    const rows = v.breakdown.rows.map((row) => ({
      ...row,
      // The bar tells the points out of the component's maximum.
      format: () =>
        this.lang.t('matching.explanation.points', {
          points: row.points,
          max: row.max,
        }),
    }));
    return { ...v, breakdown: { ...v.breakdown, rows } };
  });
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
