import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';

/**
 * A page's title row: the h1 `heading` and the muted `lead` under it (both already translated) on
 * the left, the projected actions on the right. With a `createLabel` it ends with the page's primary 新建 button
 * (`createTestId` on it), which emits `create`. `narrowLead` keeps a long lead to a readable width.
 */
@Component({
  selector: 'sm-page-head',
  imports: [NzButtonModule, NzIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './page-head.component.less',
  template: `
    <div>
      <h1>{{ heading() }}</h1>
      <p class="muted" [class.lead]="narrowLead()">{{ lead() }}</p>
    </div>
    <ng-content />
    @if (createLabel(); as label) {
      <button
        nz-button
        nzType="primary"
        (click)="create.emit()"
        [attr.data-testid]="createTestId()"
      >
        <nz-icon nzType="plus" />{{ label }}
      </button>
    }
  `,
})
export class PageHeadComponent {
  readonly heading = input.required<string>();
  readonly lead = input.required<string>();
  readonly narrowLead = input(false, { transform: booleanAttribute });
  readonly createLabel = input<string | null>(null);
  readonly createTestId = input<string | null>(null);
  readonly create = output<void>();
}
