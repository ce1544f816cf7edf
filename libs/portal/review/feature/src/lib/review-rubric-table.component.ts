import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { FormControl, FormRecord, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RubricCriterion } from '@scenematch/contracts';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import { DATA_TABLE } from '@scenematch/portal/shared/ui/ui/data-table.component';
import { rubricColumns } from './review-score.form';

/**
 * The rubric of a review: one row per criterion with its weight share and a 0–100 score input,
 * bound to the `scores` controls (one per criterion code).
 */
@Component({
  selector: 'sm-review-rubric-table',
  imports: [
    TranslocoPipe,
    ReactiveFormsModule,
    NzInputNumberModule,
    FormFieldComponent,
    DATA_TABLE,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div [formGroup]="scores()">
      <sm-data-table
        [rows]="rubric()"
        [columns]="columns()"
        [paged]="false"
        tableSize="small"
        testId="rubric"
        rowTestId="rubric-row"
        [rowAttrs]="rowAttrs"
        [trackBy]="byCode"
      >
        <ng-template smCell="points" [smCellOf]="rubric()" let-c>
          <sm-form-field
            [fallback]="
              'applications.review.scoreMissing' | transloco: { name: c.name }
            "
          >
            <nz-input-number
              [formControlName]="c.code"
              [nzMin]="0"
              [nzMax]="100"
              [nzPrecision]="1"
              [nzId]="'score-' + c.code"
              [attr.data-testid]="'score-' + c.code"
            />
          </sm-form-field>
        </ng-template>
      </sm-data-table>
    </div>
  `,
})
export class ReviewRubricTableComponent {
  private readonly i18n = inject(LanguageService);

  readonly rubric = input.required<RubricCriterion[]>();
  readonly scores = input.required<FormRecord<FormControl<number | null>>>();

  protected readonly columns = computed(() =>
    rubricColumns((key) => this.i18n.t(key), this.rubric()),
  );
  protected readonly rowAttrs = (c: RubricCriterion) => ({
    'data-code': c.code,
  });
  protected readonly byCode = (c: RubricCriterion) => c.code;
}
