import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzIconModule } from 'ng-zorro-antd/icon';

/**
 * The head of an item's page (a scenario, a product): the link back to its list, then the item's
 * name as the h1 (as entered, so not translated) with the tags projected as `[detailTags]` under
 * it, and the other projected content (its actions) together on the right.
 */
@Component({
  selector: 'sm-detail-head',
  imports: [NzIconModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './detail-head.component.less',
  template: `
    <a class="back" [routerLink]="backLink()"
      ><nz-icon nzType="left" />{{ backText() }}</a
    >
    <header class="head">
      <div>
        <h1 [attr.data-testid]="headingTestId()" data-i18n-skip>
          {{ heading() }}
        </h1>
        <div class="tags"><ng-content select="[detailTags]" /></div>
      </div>
      <div class="head-actions"><ng-content /></div>
    </header>
  `,
})
export class DetailHeadComponent {
  readonly backLink = input.required<string>();
  /** The back link's text (already translated). */
  readonly backText = input.required<string>();
  readonly heading = input.required<string>();
  readonly headingTestId = input.required<string>();
}
