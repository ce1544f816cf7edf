import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'sm-not-found-page',
  imports: [NzResultModule, NzButtonModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-result
      nzStatus="404"
      [nzTitle]="'common.errors.notFoundTitle' | transloco"
      [nzSubTitle]="'common.errors.notFoundText' | transloco"
      data-testid="not-found"
    >
      <div nz-result-extra>
        <a nz-button nzType="primary" routerLink="/">{{ 'common.errors.backHome' | transloco }}</a>
      </div>
    </nz-result>
  `,
})
export class NotFoundPage {
}
