import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';

/**
 * A list toolbar's search box with its button: emits the trimmed text on Enter or on the button.
 * The host carries the class `search` (toolbars size it).
 */
@Component({
  selector: 'sm-toolbar-search',
  imports: [FormsModule, NzButtonModule, NzInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'search' },
  styles: ':host { display: block; }',
  template: `
    <nz-input-group nzSearch [nzAddOnAfter]="searchButton">
      <input
        nz-input
        type="search"
        [ngModel]="draft()"
        (ngModelChange)="draft.set($event)"
        (keyup.enter)="search()"
        [placeholder]="placeholder()"
        maxlength="100"
        [attr.data-testid]="testId()"
      />
    </nz-input-group>
    <ng-template #searchButton>
      <button
        nz-button
        nzType="primary"
        nzSearch
        (click)="search()"
        [attr.data-testid]="buttonTestId()"
      >
        {{ buttonText() }}
      </button>
    </ng-template>
  `,
})
export class ToolbarSearchComponent {
  readonly placeholder = input('');
  readonly buttonText = input.required<string>();
  readonly testId = input<string | null>(null);
  readonly buttonTestId = input<string | null>(null);
  /** The text searched for, trimmed. */
  readonly searched = output<string>();

  protected readonly draft = signal('');

  protected search(): void {
    this.searched.emit(this.draft().trim());
  }
}
