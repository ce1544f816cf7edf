import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  input,
} from '@angular/core';

/**
 * An admin page's title row: the h1 and its muted lead on the left, the projected actions (buttons)
 * on the right. `wide` caps the lead's width for long explanations.
 */
@Component({
  selector: 'sm-page-title',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'page-head' },
  template: `
    <div>
      <h1>{{ title() }}</h1>
      <p class="muted" [class.lead]="wide()">{{ lead() }}</p>
    </div>
    <ng-content />
  `,
  styleUrl: './page-title.component.less',
})
export class PageTitleComponent {
  readonly title = input.required<string>();
  readonly lead = input.required<string>();
  readonly wide = input(false, { transform: booleanAttribute });
}
