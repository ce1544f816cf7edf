import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { TEXTS } from '../../core/i18n/zh-cn';
import { PRODUCT_TEXTS } from '../../core/i18n/zh-cn.products';

/** The product form's buttons: back, save (the form's submit), and save and submit for review. */
@Component({
  selector: 'sm-product-form-actions',
  imports: [NzButtonModule, NzIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button nz-button type="button" (click)="back.emit()">
      {{ common.back }}
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
        {{ listed() ? t.save : t.saveDraft }}
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
        <nz-icon nzType="send" />{{ t.saveAndSubmit }}
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

  protected readonly t = PRODUCT_TEXTS.form;
  protected readonly common = TEXTS.common;
}
