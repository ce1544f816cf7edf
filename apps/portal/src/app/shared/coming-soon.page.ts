import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';
import { TEXTS } from '../core/i18n/zh-cn';

/**
 * Stands in for every page that is routed (and guarded) but not built yet. The route passes the
 * feature's name as `data: { feature }`, bound to the input by withComponentInputBinding.
 */
@Component({
  selector: 'sm-coming-soon-page',
  imports: [NzResultModule, NzButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-result
      nzStatus="info"
      [nzTitle]="t.title"
      [nzSubTitle]="t.text(feature())"
      data-testid="coming-soon"
    >
      <div nz-result-extra>
        <a nz-button nzType="primary" routerLink="/">{{ backHome }}</a>
      </div>
    </nz-result>
  `,
})
export class ComingSoonPage {
  readonly feature = input('');
  protected readonly t = TEXTS.comingSoon;
  protected readonly backHome = TEXTS.errors.backHome;
}
