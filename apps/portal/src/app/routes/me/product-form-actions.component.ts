import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** The product form's buttons: back, save (the form's submit), and save and submit for review. */
@Component({
  selector: 'sm-product-form-actions',
  imports: [
    TranslocoPipe,NzButtonModule, NzIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button nz-button type="button" (click)="back.emit()">
      {{ 'common.back' | transloco }}
    </button>
    @if (editable()) {
      <button
        nz-button
        type="submit"
        [nzType]="canSubmit() ? 'default' : 'primary'"
        [nzLoading]="saving() === 'save'"
        [disabled]="saving() !== null"
        data-testid="save"
      >
        {{ listed() ? ('products.form.save' | transloco) : ('products.form.saveDraft' | transloco) }}
      </button>
    }
    @if (canSubmit()) {
      <button
        nz-button
        nzType="primary"
        type="button"
        (click)="submitProduct.emit()"
        [nzLoading]="saving() === 'submit'"
        [disabled]="saving() !== null"
        data-testid="save-submit"
      >
        <nz-icon nzType="send" />{{ 'products.form.saveAndSubmit' | transloco }}
      </button>
    }
  `,
  styles: `
    :host {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
      margin-top: 24px;
    }
  `,
})
export class ProductFormActionsComponent {
  readonly editable = input(false);
  readonly canSubmit = input(false);
  readonly listed = input(false);
  readonly saving = input<'save' | 'submit' | null>(null);
  readonly back = output<void>();
  readonly submitProduct = output<void>();

}
