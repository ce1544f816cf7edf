import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';
import { AuthStore } from '../../core/auth/auth.store';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'sm-forbidden-page',
  imports: [NzResultModule, NzButtonModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-result
      nzStatus="403"
      [nzTitle]="'common.errors.forbiddenTitle' | transloco"
      [nzSubTitle]="'common.errors.forbiddenText' | transloco"
      data-testid="forbidden"
    >
      <div nz-result-extra>
        <a nz-button nzType="primary" routerLink="/">{{ 'common.errors.backHome' | transloco }}</a>
        <button nz-button (click)="switchAccount()">
          {{ 'common.errors.switchAccount' | transloco }}
        </button>
      </div>
    </nz-result>
  `,
})
export class ForbiddenPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  protected async switchAccount(): Promise<void> {
    await this.auth.logout();
    await this.router.navigateByUrl('/login');
  }
}
