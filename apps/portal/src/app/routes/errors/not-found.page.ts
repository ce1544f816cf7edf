import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';
import { TEXTS } from '../../core/i18n/zh-cn';

@Component({
  selector: 'sm-not-found-page',
  imports: [NzResultModule, NzButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-result
      nzStatus="404"
      [nzTitle]="t.notFoundTitle"
      [nzSubTitle]="t.notFoundText"
      data-testid="not-found"
    >
      <div nz-result-extra>
        <a nz-button nzType="primary" routerLink="/">{{ t.backHome }}</a>
      </div>
    </nz-result>
  `,
})
export class NotFoundPage {
  protected readonly t = TEXTS.errors;
}
