import {
  ChangeDetectionStrategy,
  Component,
  input,
  TemplateRef,
} from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { PageStateComponent } from '../ui/page-state.component';
import {
  type FormNotice,
  FormNoticesComponent,
} from './form-notices.component';
import type { OwnItemLoadState } from './load-own-item';

/**
 * The frame of a page that creates or edits one's own item (a scenario, a product): its load
 * (skeleton, or 未找到 with the way back to the list), then a card with the title, the status in
 * the corner and the notices above the form, which is the content.
 */
@Component({
  selector: 'sm-edit-page',
  imports: [FormNoticesComponent, NzCardModule, PageStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .form-card {
      max-width: 960px;
      margin: 0 auto;
    }
  `,
  template: `
    <sm-page-state
      [state]="state()"
      [rows]="12"
      [notFoundTitle]="notFoundTitle()"
      notFoundTestId="form-not-found"
      [backLink]="backLink()"
      [backText]="backText()"
    >
      <nz-card
        [nzTitle]="title()"
        [nzExtra]="extra() ?? undefined"
        class="form-card"
        [attr.data-testid]="testId()"
      >
        <sm-form-notices [notices]="notices()" />
        <ng-content />
      </nz-card>
    </sm-page-state>
  `,
})
export class EditPageComponent {
  readonly state = input.required<OwnItemLoadState>();
  readonly title = input.required<string>();
  /** What the card shows in its corner (the item's status). */
  readonly extra = input<TemplateRef<void> | null>(null);
  readonly notices = input<readonly (FormNotice | null | false)[]>([]);
  readonly notFoundTitle = input.required<string>();
  /** The list the item belongs to (未找到 leads back to it). */
  readonly backLink = input.required<string>();
  readonly backText = input.required<string>();
  readonly testId = input.required<string>();
}
