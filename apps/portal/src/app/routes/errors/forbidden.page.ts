import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';
import { AuthStore } from '../../core/auth/auth.store';
import { TEXTS } from '../../core/i18n/zh-cn';

@Component({
  selector: 'sm-forbidden-page',
  imports: [NzResultModule, NzButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-result
      nzStatus="403"
      [nzTitle]="t.forbiddenTitle"
      [nzSubTitle]="t.forbiddenText"
      data-testid="forbidden"
    >
      <div nz-result-extra>
        <a nz-button nzType="primary" routerLink="/">{{ t.backHome }}</a>
        <button nz-button (click)="switchAccount()">
          {{ t.switchAccount }}
        </button>
      </div>
    </nz-result>
  `,
})
export class ForbiddenPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly t = TEXTS.errors;

  protected async switchAccount(): Promise<void> {
    await this.auth.logout();
    await this.router.navigateByUrl('/login');
  }
}
