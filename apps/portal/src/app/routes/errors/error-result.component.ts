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
      [nzTitle]="'common.errors.' + name() + 'Title' | transloco"
      [nzSubTitle]="'common.errors.' + name() + 'Text' | transloco"
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
  /** The catalogue keys' stem: `common.errors.<name>Title` and `…Text`. */
  readonly name = input.required<string>();
  readonly testid = input.required<string>();
}
