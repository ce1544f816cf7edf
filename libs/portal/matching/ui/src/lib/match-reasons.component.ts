import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';

/**
 * Why a match was made: the API's reasons (worded in the reader's language) as tags, wrapping.
 * Shared by a scenario's matched companies and a company's recommended scenarios.
 */
@Component({
  selector: 'sm-match-reasons',
  imports: [NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-i18n-skip': '' },
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 0;
    }
  `,
  template: `
    @for (reason of reasons(); track $index) {
      <nz-tag [nzColor]="color()" [attr.data-testid]="tagTestId()">{{
        reason
      }}</nz-tag>
    }
  `,
})
export class MatchReasonsComponent {
  readonly reasons = input.required<readonly string[]>();
  readonly color = input('blue');
  readonly tagTestId = input.required<string>();
}
