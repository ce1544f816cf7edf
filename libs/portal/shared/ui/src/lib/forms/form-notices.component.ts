import {
  ChangeDetectionStrategy,
  Component,
  input,
  TemplateRef,
} from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';

/** One message above a form's fields: why it is locked or was returned, a failed save. */
export interface FormNotice {
  type: 'info' | 'warning' | 'error' | 'success';
  message: string;
  /** A longer text, or a list (shown as one). */
  description?: string | readonly string[];
  testid?: string;
}

/** The messages a form shows above its fields, in order; a null entry shows nothing. */
@Component({
  selector: 'sm-form-notices',
  imports: [NzAlertModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (n of notices(); track $index) {
      @if (n) {
        <nz-alert
          [nzType]="n.type"
          nzShowIcon
          [nzMessage]="n.message"
          [nzDescription]="describe(n.description, list)"
          [attr.data-testid]="n.testid ?? null"
        />
        <ng-template #list>
          <ul class="list">
            @for (line of asList(n.description); track line) {
              <li>{{ line }}</li>
            }
          </ul>
        </ng-template>
      }
    }
  `,
  styles: `
    nz-alert {
      display: block;
      margin-bottom: 16px;
    }
    .list {
      margin: 0;
      padding-left: 18px;
    }
  `,
})
export class FormNoticesComponent {
  readonly notices = input<readonly (FormNotice | null | false)[]>([]);

  /** A list is drawn by the `list` template; a text as it is. */
  protected describe(
    value: FormNotice['description'],
    list: TemplateRef<void>,
  ): string | TemplateRef<void> | null {
    return typeof value === 'string' ? value : value ? list : null;
  }

  protected asList(value: FormNotice['description']): readonly string[] {
    return Array.isArray(value) ? value : [];
  }
}
