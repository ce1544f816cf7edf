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
 * the left, the actions together on the right: with a `refreshLabel` a 刷新 button first
 * (`refreshTestId` on it, emits `refresh`), then the projected actions, and with a `createLabel`
 * the page's primary 新建 button last (`createTestId` on it, emits `create`). `narrowLead` keeps a
 * long lead to a readable width.
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
    <div class="head-actions">
      @if (refreshLabel(); as label) {
        <button
          nz-button
          (click)="refresh.emit()"
          [attr.data-testid]="refreshTestId()"
        >
          <nz-icon nzType="reload" />{{ label }}
        </button>
      }
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
    </div>
  `,
})
export class PageHeadComponent {
  readonly heading = input.required<string>();
  readonly lead = input.required<string>();
  readonly narrowLead = input(false, { transform: booleanAttribute });
  readonly createLabel = input<string | null>(null);
  readonly createTestId = input<string | null>(null);
  readonly create = output<void>();
  readonly refreshLabel = input<string | null>(null);
  readonly refreshTestId = input<string | null>(null);
  readonly refresh = output<void>();
}
