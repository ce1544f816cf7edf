import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  FormRecord,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { ApplicationView, RubricCriterion } from '@scenematch/contracts';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom } from 'rxjs';
import {
  ApplicationsApi,
  type ReviewAssignment,
} from '@scenematch/portal/applications/data-access/applications.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { weightedTotalDisplay } from '@scenematch/portal/shared/ui/application/application-format';
import {
  applyServerErrors,
  revealErrors,
} from '@scenematch/portal/shared/ui/forms/server-errors';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import { EditPageComponent } from '@scenematch/portal/shared/ui/forms/edit-page.component';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';
import { ReviewApplicationFactsComponent } from './review-application-facts.component';
import { IntentButtonsComponent } from '@scenematch/portal/shared/ui/forms/intent-buttons.component';
import { ReviewRubricTableComponent } from './review-rubric-table.component';
import {
  resetScoreControls,
  REVIEW_BUTTONS,
  reviewNotices,
  type ReviewSaveIntent,
  scoresPayload,
} from './review-score.form';

type LoadState = 'loading' | 'ready' | 'notFound';

/**
 * Scoring one assigned application against the batch's rubric: a 0–100 score per criterion with
 * its weight, the weighted total as it is typed, a comment, or 声明利益冲突 (the expert is recused).
 */
@Component({
  selector: 'sm-review-score-page',
  imports: [
    TranslocoPipe,
    FormFieldComponent,
    ReactiveFormsModule,
    RouterLink,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    ReviewRubricTableComponent,
    EditPageComponent,
    ReviewApplicationFactsComponent,
    IntentButtonsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-score.page.html',
  styleUrl: './review.page.less',
})
export class ReviewScorePage {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ApplicationsApi);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);

  readonly applicationId = input.required<string>();

  protected readonly loadState = signal<LoadState>('loading');
  protected readonly assignment = signal<ReviewAssignment | null>(null);
  protected readonly application = signal<ApplicationView | null>(null);
  protected readonly saving = signal<ReviewSaveIntent | null>(null);
  protected readonly buttons = REVIEW_BUTTONS;
  protected readonly formError = signal<string | null>(null);
  protected readonly notices = computed(() => {
    const a = this.assignment();
    return a
      ? reviewNotices(a, this.formError(), (k, p) => this.i18n.t(k, p))
      : [];
  });

  protected readonly scores = new FormRecord<FormControl<number | null>>({});
  protected readonly form = new FormGroup({
    scores: this.scores,
    comment: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(3000)],
    }),
  });

  private readonly scoreValues = toSignal(this.scores.valueChanges, {
    initialValue: {} as Record<string, number | null | undefined>,
  });
  protected readonly rubric = computed<RubricCriterion[]>(
    () => this.assignment()?.rubric ?? [],
  );
  protected readonly total = computed(() =>
    weightedTotalDisplay(this.scoreValues(), this.rubric()),
  );

  constructor() {
    effect(() => {
      const id = this.applicationId();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    this.loadState.set('loading');
    try {
      const mine = await firstValueFrom(this.api.myReviews());
      const assignment = mine.find((a) => a.applicationId === id);
      if (!assignment) {
        this.loadState.set('notFound');
        return;
      }
      resetScoreControls(this.scores, assignment.rubric);
      this.assignment.set(assignment);
      if (assignment.recused) this.form.disable();
      this.loadState.set('ready');
      // The sealed application itself (experts read the ones assigned to them).
      this.application.set(
        await firstValueFrom(this.api.get(id)).catch(() => null),
      );
    } catch {
      this.loadState.set('notFound');
    }
  }

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    this.formError.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const scores = scoresPayload(this.scores, this.rubric());
    const comment = this.form.controls.comment.value.trim();
    await this.send('score', { scores, ...(comment ? { comment } : {}) });
  }

  protected async declareConflict(): Promise<void> {
    await this.send('conflict', { conflictOfInterest: true });
  }

  private async send(
    kind: 'score' | 'conflict',
    body: Parameters<ApplicationsApi['review']>[1],
  ): Promise<void> {
    if (this.saving()) return;
    this.saving.set(kind);
    try {
      await firstValueFrom(this.api.review(this.applicationId(), body));
      this.message.success(
        kind === 'score'
          ? this.i18n.t('applications.review.submitted')
          : this.i18n.t('applications.review.recusedDone'),
      );
      await this.router.navigateByUrl('/review');
    } catch (error) {
      const e = toApiError(error);
      const unmatched = applyServerErrors(this.form, e.errors);
      if (!e.errors?.length || unmatched.length)
        this.formError.set(
          unmatched.map((u) => u.message).join('；') || e.message,
        );
    } finally {
      this.saving.set(null);
    }
  }
}
