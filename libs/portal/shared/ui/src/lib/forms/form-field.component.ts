import {
  AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChild,
  DestroyRef,
  inject,
  Injector,
  input,
  TemplateRef,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  NgControl,
  ReactiveFormsModule,
  type ValidationErrors,
} from '@angular/forms';
import { NzFormStatusService } from 'ng-zorro-antd/core/form';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import type { FieldOption, FieldSpec } from './field-spec';
import { fieldMessage, type FieldMessages, specTexts } from './field-message';

/**
 * One form field: label (with the required mark), the control, a hint under it, and the control's
 * message — the server's field-level error (see `applyServerErrors`) or the client validation
 * message — shown once the control is dirty or touched. Used inside a vertical `nz-form`, so the
 * label sits above the control on every width.
 *
 * The control is either projected:
 *
 * ```html
 * <sm-form-field label="标题" for="sf-title" required [messages]="{ required: '请填写标题' }">
 *   <input nz-input id="sf-title" formControlName="title" />
 * </sm-form-field>
 * ```
 *
 * or described by a `FieldSpec` (input, textarea, number, date, select; texts as catalogue keys)
 * and bound to `group`'s control of that name:
 *
 * ```html
 * <sm-form-field [spec]="fields.title" [group]="form" />
 * ```
 */
@Component({
  selector: 'sm-form-field',
  imports: [
    NzDatePickerModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // A projected control belongs to this element's injector, not to nz-form-control's: it gets
  // its error/warning status (red border) from here, forwarded from the inner nz-form-control.
  providers: [NzFormStatusService],
  host: { class: 'sm-form-field' },
  styles: `
    :host {
      display: block;
    }
    .compact {
      margin-bottom: 8px;
    }
    nz-input-number,
    :host(.stretch) nz-date-picker {
      width: 100%;
    }
    .prefix {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
  template: `
    @let f = spec();
    @let t = texts();
    @let shownLabel = t ? t.label : label();
    <nz-form-item [class.compact]="compact()">
      @if (shownLabel) {
        <nz-form-label
          [nzFor]="f ? id() : for()"
          [nzRequired]="required() || !!f?.required"
          >{{ shownLabel }}</nz-form-label
        >
      }
      <nz-form-control
        #formControl
        [nzValidateStatus]="error() ? 'error' : control()"
        [nzErrorTip]="errorTip"
        [nzExtra]="hint() ?? t?.hint"
      >
        @if (f && specControl(); as c) {
          @let placeholder = t?.placeholder ?? null;
          @switch (f.kind === 'datetime' ? 'date' : f.kind) {
            @case ('textarea') {
              <textarea
                nz-input
                [id]="id()"
                [rows]="f.rows ?? 3"
                [formControl]="c"
                [attr.placeholder]="placeholder"
                [maxlength]="f.maxlength ?? null"
                [attr.data-testid]="f.testid ?? null"
              ></textarea>
            }
            @case ('number') {
              <nz-input-number
                [nzId]="id()"
                [formControl]="c"
                [nzMin]="f.min ?? noMin"
                [nzMax]="f.max ?? noMax"
                [nzStep]="f.step ?? 1"
                [nzPrecision]="f.precision ?? 0"
                [nzPlaceHolder]="placeholder"
                [attr.data-testid]="f.testid ?? null"
              />
            }
            @case ('date') {
              @let withTime = f.kind === 'datetime';
              <nz-date-picker
                [nzId]="id()"
                [formControl]="c"
                [nzShowTime]="withTime ? { nzFormat: 'HH:mm' } : false"
                [nzFormat]="withTime ? 'yyyy-MM-dd HH:mm' : 'yyyy-MM-dd'"
                [nzPlaceHolder]="placeholder ?? ''"
                [attr.data-testid]="f.testid ?? null"
              />
            }
            @case ('select') {
              <nz-select
                [nzId]="id()"
                [nzMode]="f.multiple ? 'multiple' : 'default'"
                [formControl]="c"
                [nzShowSearch]="!!f.search"
                [nzAllowClear]="!!f.clearable"
                [nzPlaceHolder]="placeholder ?? ''"
                [nzMaxMultipleCount]="f.multiple && f.max ? f.max : Infinity"
                [attr.data-testid]="f.testid ?? null"
                [attr.data-i18n-skip]="f.options ? null : ''"
              >
                @for (o of t?.options ?? options(); track o.value) {
                  <nz-option [nzValue]="o.value" [nzLabel]="o.label" />
                }
              </nz-select>
            }
            @default {
              <!-- Without an icon the wrapper draws the input alone. -->
              <nz-input-wrapper>
                @if (f.icon) {
                  <nz-icon nzInputPrefix [nzType]="f.icon" />
                }
                @if (f.prefixText) {
                  <span nzInputPrefix class="prefix">{{ f.prefixText }}</span>
                }
                <input
                  nz-input
                  [id]="id()"
                  [formControl]="c"
                  [attr.type]="f.type ?? null"
                  [maxlength]="f.maxlength ?? null"
                  [attr.inputmode]="f.inputmode ?? null"
                  [attr.autocomplete]="f.autocomplete ?? null"
                  [attr.placeholder]="placeholder"
                  [attr.spellcheck]="f.spellcheck === false ? 'false' : null"
                  [attr.data-testid]="f.testid ?? null"
                />
              </nz-input-wrapper>
            }
          }
        } @else {
          <ng-content />
        }
      </nz-form-control>
    </nz-form-item>
    <ng-template #errorTip let-control>
      <span [attr.data-testid]="errorTestid() ?? f?.errorTestid ?? null">{{
        error() || message(control?.errors)
      }}</span>
    </ng-template>
  `,
})
export class FormFieldComponent implements AfterViewInit {
  private readonly destroyRef = inject(DestroyRef);
  private readonly status = inject(NzFormStatusService, { self: true });
  private readonly injector = inject(Injector);

  /** The label; none for a field that the surrounding text names already (e.g. a checkbox). */
  readonly label = input<string>('');
  /** The id of the control the label names (click on the label focuses it). */
  readonly for = input<string | undefined>(undefined);
  /** Shows the required mark (validation itself is the control's). */
  readonly required = input(false, {
    transform: (value: boolean | '') => value !== false,
  });
  /** A hint under the control (before the spec's own). */
  readonly hint = input<string | TemplateRef<void> | undefined>(undefined);
  /** Messages per validation error key, in order of precedence (after the spec's own). */
  readonly messages = input<FieldMessages>({});
  /** The message for an error none of `messages` names. */
  readonly fallback = input('');
  /**
   * A message from outside the control (forms whose errors are kept apart from their controls,
   * e.g. a list edited with ngModel): shown, with the field in red, while set.
   */
  readonly error = input<string | null | undefined>(null);
  /** Less space below, for rows of a list (cases, breaks). */
  readonly compact = input(false, {
    transform: (value: boolean | '') => value !== false,
  });
  /** data-testid of the message element, for tests that read it. */
  readonly errorTestid = input<string | null>(null);

  /** The field as data; the control is then drawn here instead of projected. */
  readonly spec = input<FieldSpec | null>(null);
  /** The group that holds the spec's control (or that control itself). */
  readonly group = input<AbstractControl | null>(null);
  /** Put before the spec's id (two forms may be on one page). */
  readonly idPrefix = input('');
  /** The row of a list the field is in (appended to the spec's id). */
  readonly index = input<number | null>(null);
  /** What a select offers when its spec lists no options (texts shown as they are). */
  readonly options = input<readonly FieldOption[]>([]);

  private readonly ngControl = contentChild(NgControl, { descendants: true });
  /** The inner nz-form-control's own status service (a provider of that component). */
  private readonly innerStatus = viewChild.required('formControl', {
    read: NzFormStatusService,
  });
  protected readonly noMin = Number.MIN_SAFE_INTEGER;
  protected readonly noMax = Number.MAX_SAFE_INTEGER;
  protected readonly Infinity = Infinity;

  protected readonly id = computed(
    () => this.idPrefix() + (this.spec()?.id ?? '') + (this.index() ?? ''),
  );
  protected readonly specControl = computed(() => {
    const spec = this.spec();
    if (!spec) return null;
    const group = this.group();
    const control =
      group instanceof FormControl ? group : group?.get(spec.control);
    if (!control) throw new Error(`No control ${spec.control} for ${spec.id}`);
    return control as FormControl;
  });
  protected readonly control = computed(
    // '' (no status) until the projected control is known.
    () => this.specControl() ?? this.ngControl()?.control ?? '',
  );
  /**
   * The spec's texts in the reader's language (recomputed when it changes); Transloco is needed
   * only for a field drawn from a spec.
   */
  protected readonly texts = computed(() => {
    const spec = this.spec();
    return spec ? specTexts(spec, this.injector.get(LanguageService)) : null;
  });

  ngAfterViewInit(): void {
    this.innerStatus()
      .formStatusChanges.pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((change) => this.status.formStatusChanges.next(change));
  }

  protected message(errors: ValidationErrors | null | undefined): string {
    const texts = this.texts();
    return fieldMessage(
      errors,
      { ...texts?.messages, ...this.messages() },
      texts?.fallback ?? this.fallback(),
    );
  }
}
