import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';

/** An error page's result: its status picture, title, text and a 返回首页 link (more projected). */
@Component({
  selector: 'sm-error-result',
  imports: [NzResultModule, NzButtonModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-result
      [nzStatus]="status()"
      [nzTitle]="title() | transloco"
      [nzSubTitle]="text() | transloco"
      [attr.data-testid]="testid()"
    >
      <div nz-result-extra>
        <a nz-button nzType="primary" routerLink="/">{{
          'common.errors.backHome' | transloco
        }}</a>
        <ng-content />
      </div>
    </nz-result>
  `,
})
export class ErrorResultComponent {
  readonly status = input.required<'403' | '404'>();
  /** Catalogue keys of the title and of the text under it. */
  readonly title = input.required<string>();
  readonly text = input.required<string>();
  readonly testid = input.required<string>();
}
