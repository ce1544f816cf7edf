import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  type IntentButton,
  IntentButtonsComponent,
} from '../../shared/forms/intent-buttons.component';

type ProductSaveIntent = 'save' | 'submit';

/** The product form's buttons: back, save (the form's submit), and save and submit for review. */
@Component({
  selector: 'sm-product-form-actions',
  imports: [TranslocoPipe, NzButtonModule, IntentButtonsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button nz-button type="button" (click)="back.emit()">
      {{ 'common.back' | transloco }}
    </button>
    <sm-intent-buttons
      [buttons]="buttons()"
      [saving]="saving()"
      (pressed)="submitProduct.emit()"
    />
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
  readonly saving = input<ProductSaveIntent | null>(null);
  readonly back = output<void>();
  readonly submitProduct = output<void>();

  protected readonly buttons = computed(() => {
    const buttons: IntentButton<ProductSaveIntent>[] = [];
    if (this.editable())
      buttons.push({
        intent: 'save',
        label: this.listed() ? 'products.form.save' : 'products.form.saveDraft',
        testid: 'save',
        type: this.canSubmit() ? 'default' : 'primary',
        submit: true,
      });
    if (this.canSubmit())
      buttons.push({
        intent: 'submit',
        label: 'products.form.saveAndSubmit',
        testid: 'save-submit',
        type: 'primary',
        icon: 'send',
      });
    return buttons;
  });
}
