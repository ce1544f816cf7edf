import {
  ChangeDetectionStrategy,
  Component,
  input,
  TemplateRef,
} from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import {
  type PageLoadState,
  PageStateComponent,
} from '../ui/page-state.component';
import {
  type FormNotice,
  FormNoticesComponent,
} from './form-notices.component';

/**
 * The frame of a page that creates or edits one's own item (a scenario, a product, an application,
 * a review): its load (skeleton, or 未找到 with the way back to the list), then a card with the
 * title, the status in the corner and the notices above the form, which is the content. Content
 * marked `smEditLead` stands above the notices.
 */
@Component({
  selector: 'sm-edit-page',
  imports: [FormNoticesComponent, NzCardModule, PageStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .form-card {
      margin: 0 auto;
    }
  `,
  template: `
    <sm-page-state
      [state]="state()"
      [rows]="rows()"
      [notFoundTitle]="notFoundTitle()"
      [notFoundTestId]="notFoundTestId()"
      [backLink]="backLink()"
      [backText]="backText()"
    >
      <nz-card
        [nzTitle]="title()"
        [nzExtra]="extra() ?? undefined"
        class="form-card"
        [style.max-width.px]="maxWidth()"
        [attr.data-testid]="testId()"
      >
        <ng-content select="[smEditLead]" />
        <sm-form-notices [notices]="notices()" />
        <ng-content />
      </nz-card>
    </sm-page-state>
  `,
})
export class EditPageComponent {
  /** 'ready' (or any state sm-page-state does not name) shows the card. */
  readonly state = input.required<PageLoadState>();
  readonly title = input.required<string | TemplateRef<void>>();
  /** What the card shows in its corner (the item's status). */
  readonly extra = input<TemplateRef<void> | null>(null);
  readonly notices = input<readonly (FormNotice | null | false)[]>([]);
  readonly notFoundTitle = input.required<string>();
  readonly notFoundTestId = input('form-not-found');
  /** The list the item belongs to (未找到 leads back to it). */
  readonly backLink = input.required<string>();
  readonly backText = input.required<string>();
  readonly testId = input.required<string>();
  /** Paragraph rows of the loading skeleton. */
  readonly rows = input(12);
  /** The card's widest, in pixels. */
  readonly maxWidth = input(960);
}
