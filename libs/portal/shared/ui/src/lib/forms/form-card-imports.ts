import { ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { FormFieldComponent } from './form-field.component';

/**
 * What a card with a reactive form of text inputs needs (fields, alert, buttons): spread into a
 * standalone component's `imports`.
 */
export const FORM_CARD_IMPORTS = [
  ReactiveFormsModule,
  FormFieldComponent,
  NzAlertModule,
  NzButtonModule,
  NzCardModule,
  NzFormModule,
  NzInputModule,
] as const;

// A page in another library that spreads the list imports the component through this module (the
// Angular compiler writes that import; it can only name what the module exports).
export { FormFieldComponent };
