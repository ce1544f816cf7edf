import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { INVESTMENT_STAGES, NEED_TYPES, type NeedType } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import type { SessionNeedRequest } from '@scenematch/portal/sessions/data-access/sessions.api';
import type { Translate } from '@scenematch/portal/auth/ui/auth-errors';
import { INVESTMENT_STAGE_KEYS, NEED_TYPE_KEYS } from '@scenematch/portal/sessions/ui/session-keys';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';

export function emptyNeed(type: NeedType): SessionNeedRequest {
  return { type, name: '', amountMin: null, amountMax: null, termMonths: null, audience: '', stages: [], sectors: [], description: '' };
}

/** What the portal checks before sending (the server checks the same and answers per field). */
export function needErrors(t: Translate, needs: SessionNeedRequest[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!needs.length) errors['needs'] = t('sessions.needs.required');
  needs.forEach((n, i) => {
    const name = n.name.trim();
    if (name.length < 2 || name.length > 100) errors[`needs.${i}.name`] = t('sessions.needs.nameRequired');
    if (n.amountMin != null && n.amountMax != null && n.amountMax < n.amountMin) errors[`needs.${i}.amountMax`] = t('sessions.needs.amountOrder');
  });
  return errors;
}

/**
 * The needs a bank or an investor brings to a session: loan products (amount, term, who for) or
 * investment focuses (stages, ticket size, sectors). Errors are keyed by the API's field paths
 * (`needs.0.name`), from the portal's own check or from the server's 400.
 */
@Component({
  selector: 'sm-session-needs-form',
  imports: [
    TranslocoPipe, FormFieldComponent, FormsModule, NzButtonModule, NzFormModule, NzIconModule, NzInputModule, NzInputNumberModule, NzSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="needs" data-testid="needs-form">
      <legend>{{ 'sessions.needs.title' | transloco }}</legend>
      <p class="muted small">{{ 'sessions.needs.hint' | transloco }}</p>
      @for (n of needs(); track $index; let i = $index) {
        <div class="need" data-testid="need">
          <div class="row">
            <sm-form-field class="type" [label]="'sessions.needs.type' | transloco" [error]="errors()['needs.' + i + '.type']">
              <nz-select [name]="'need-type-' + i" [ngModel]="n.type" (ngModelChange)="patch(i, { type: $event })" [nzDisabled]="disabled()">
                @for (ty of types; track ty) { <nz-option [nzValue]="ty" [nzLabel]="typeLabels[ty] | transloco" /> }
              </nz-select>
            </sm-form-field>
            <sm-form-field class="grow" [label]="'sessions.needs.name' | transloco" required [error]="errors()['needs.' + i + '.name']">
              <input nz-input [name]="'need-name-' + i" [ngModel]="n.name" (ngModelChange)="patch(i, { name: $event })" maxlength="100"
                [placeholder]="(n.type === 'loan' ? 'sessions.needs.namePlaceholderLoan' : 'sessions.needs.namePlaceholderInvestment') | transloco" [disabled]="disabled()" data-testid="need-name" />
            </sm-form-field>
          </div>
          <div class="row">
            <sm-form-field [label]="(n.type === 'loan' ? 'sessions.needs.amount' : 'sessions.needs.ticket') | transloco" [error]="amountError(i)">
              <div class="range">
                <nz-input-number [nzMin]="1" [nzPrecision]="0" [nzPlaceHolder]="'sessions.needs.amountMin' | transloco" [ngModel]="n.amountMin" (ngModelChange)="patch(i, { amountMin: $event })" [name]="'need-min-' + i" [nzDisabled]="disabled()" data-testid="need-amount-min" />
                <span>–</span>
                <nz-input-number [nzMin]="1" [nzPrecision]="0" [nzPlaceHolder]="'sessions.needs.amountMax' | transloco" [ngModel]="n.amountMax" (ngModelChange)="patch(i, { amountMax: $event })" [name]="'need-max-' + i" [nzDisabled]="disabled()" data-testid="need-amount-max" />
              </div>
            </sm-form-field>
            @if (n.type === 'loan') {
              <sm-form-field [label]="'sessions.needs.term' | transloco" [error]="errors()['needs.' + i + '.termMonths']">
                <nz-input-number [nzMin]="1" [nzMax]="360" [nzPrecision]="0" [ngModel]="n.termMonths" (ngModelChange)="patch(i, { termMonths: $event })" [name]="'need-term-' + i" [nzDisabled]="disabled()" />
              </sm-form-field>
            } @else {
              <sm-form-field class="grow" [label]="'sessions.needs.stages' | transloco">
                <nz-select nzMode="multiple" [ngModel]="n.stages" (ngModelChange)="patch(i, { stages: $event })" [name]="'need-stages-' + i" [nzDisabled]="disabled()">
                  @for (st of stages; track st) { <nz-option [nzValue]="st" [nzLabel]="stageLabels[st] | transloco" /> }
                </nz-select>
              </sm-form-field>
            }
          </div>
          @if (n.type === 'loan') {
            <sm-form-field [label]="'sessions.needs.audience' | transloco" [error]="errors()['needs.' + i + '.audience']">
              <input nz-input [name]="'need-audience-' + i" [ngModel]="n.audience" (ngModelChange)="patch(i, { audience: $event })" maxlength="200" [placeholder]="'sessions.needs.audiencePlaceholder' | transloco" [disabled]="disabled()" />
            </sm-form-field>
          } @else {
            <sm-form-field [label]="'sessions.needs.sectors' | transloco" [error]="errors()['needs.' + i + '.sectors']">
              <nz-select nzMode="tags" [ngModel]="n.sectors" (ngModelChange)="patch(i, { sectors: $event })" [name]="'need-sectors-' + i" [nzPlaceHolder]="'sessions.needs.sectorsPlaceholder' | transloco" [nzDisabled]="disabled()" />
            </sm-form-field>
          }
          @if (!disabled()) {
            <button nz-button nzType="link" nzDanger type="button" (click)="remove(i)">{{ 'sessions.needs.remove' | transloco }}</button>
          }
        </div>
      }
      @if (errors()['needs']; as e) { <div class="error" data-testid="needs-error">{{ e }}</div> }
      @if (!disabled() && needs().length < 10) {
        <button nz-button nzType="dashed" type="button" (click)="add()" data-testid="need-add"><nz-icon nzType="plus" />{{ 'sessions.needs.add' | transloco }}</button>
      }
    </fieldset>
  `,
  styles: `
    .needs { border: 0; padding: 0; margin: 0 0 16px; min-width: 0; }
    legend { font-size: 14px; font-weight: 500; margin-bottom: 4px; border: 0; }
    .need { border: 1px solid #f0f0f0; border-radius: 8px; padding: 12px 12px 0; margin-bottom: 12px; }
    .row { display: flex; flex-wrap: wrap; gap: 0 16px; }
    .row > sm-form-field { min-width: 0; }
    .type { width: 140px; }
    .grow { flex: 1 1 220px; }
    .range { display: flex; align-items: center; gap: 6px; }
    .error { color: #ff4d4f; margin-bottom: 8px; }
    .muted { color: rgba(0, 0, 0, 0.45); }
    .small { font-size: 12px; }
  `,
})
export class SessionNeedsFormComponent {
  readonly needs = model.required<SessionNeedRequest[]>();
  readonly errors = input<Record<string, string>>({});
  readonly disabled = input(false);
  /** The type a new need starts as (an investor's focuses, a bank's loans). */
  readonly defaultType = input<NeedType>('loan');

  protected readonly types = NEED_TYPES;
  protected readonly typeLabels = NEED_TYPE_KEYS;
  protected readonly stages = INVESTMENT_STAGES;
  protected readonly stageLabels = INVESTMENT_STAGE_KEYS;

  protected amountError(i: number): string {
    const e = this.errors();
    return e[`needs.${i}.amountMax`] ?? e[`needs.${i}.amountMin`] ?? '';
  }

  protected patch(i: number, change: Partial<SessionNeedRequest>): void {
    this.needs.update((list) => list.map((n, j) => (j === i ? { ...n, ...change } : n)));
  }

  protected add(): void {
    this.needs.update((list) => [...list, emptyNeed(this.defaultType())]);
  }

  protected remove(i: number): void {
    this.needs.update((list) => list.filter((_, j) => j !== i));
  }
}
