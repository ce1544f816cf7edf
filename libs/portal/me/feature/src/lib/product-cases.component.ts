import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import { SERVER_ERROR } from '@scenematch/portal/shared/ui/forms/server-errors';
import { addCase, PRODUCT_RULES, type ProductForm } from './product-form';
import { TranslocoPipe } from '@jsverse/transloco';

/** 应用案例: one text per case, added and removed while the product is editable. */
@Component({
  selector: 'sm-product-cases',
  imports: [
    TranslocoPipe,
    ReactiveFormsModule,
    FormFieldComponent,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 class="sm-form-section">{{ 'products.form.sections.cases' | transloco }}</h3>
    <p class="muted">{{ 'products.form.casesHint' | transloco }}</p>
    <ng-container [formGroup]="form()">
      <div formArrayName="cases" data-testid="field-cases">
        @for (control of caseControls(); track control; let i = $index) {
          <sm-form-field compact [fallback]="'products.form.errors.caseLength' | transloco">
            <div class="case-line">
              <textarea
                nz-input
                rows="2"
                [formControlName]="i"
                [placeholder]="'products.form.placeholders.case' | transloco"
                [attr.data-testid]="'field-case-' + i"
              ></textarea>
              @if (editable()) {
                <button
                  nz-button
                  nzType="text"
                  type="button"
                  (click)="removeCase(i)"
                  [attr.aria-label]="'products.form.removeCase' | transloco"
                  data-testid="remove-case"
                >
                  <nz-icon nzType="minus-circle" />
                </button>
              }
            </div>
          </sm-form-field>
        }
      </div>
    </ng-container>
    @if (form().controls.cases.errors?.[SERVER_ERROR]; as caseProblem) {
      <div class="field-error">{{ caseProblem }}</div>
    }
    @if (editable() && caseControls().length < rules.casesMax) {
      <button
        nz-button
        nzType="dashed"
        type="button"
        class="add"
        (click)="addCase()"
        data-testid="add-case"
      >
        <nz-icon nzType="plus" />{{ 'products.form.addCase' | transloco }}
      </button>
    }
  `,
  styles: `
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .case-line {
      display: flex;
      gap: 8px;
      align-items: flex-start;
    }
    .add {
      margin-bottom: 16px;
    }
    .field-error {
      color: #ff4d4f;
      margin-bottom: 8px;
    }
  `,
})
export class ProductCasesComponent {
  private readonly fb = inject(FormBuilder);

  readonly form = input.required<ProductForm>();
  readonly editable = input(true);
  /** Bumped by the page when it refills the form (the form array itself is not a signal). */
  readonly version = input(0);

  protected readonly rules = PRODUCT_RULES;
  protected readonly SERVER_ERROR = SERVER_ERROR;

  /** Bumped when cases are added or removed here. */
  private readonly changes = signal(0);
  protected readonly caseControls = computed(() => {
    this.version();
    this.changes();
    return [...this.form().controls.cases.controls];
  });

  protected addCase(): void {
    if (addCase(this.form(), this.fb)) this.changes.update((v) => v + 1);
  }

  protected removeCase(index: number): void {
    this.form().controls.cases.removeAt(index);
    this.form().controls.cases.markAsDirty();
    this.changes.update((v) => v + 1);
  }
}
