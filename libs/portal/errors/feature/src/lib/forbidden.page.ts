import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { ErrorResultComponent } from './error-result.component';

@Component({
  selector: 'sm-forbidden-page',
  imports: [ErrorResultComponent, NzButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sm-error-result
      status="403"
      title="common.errors.forbiddenTitle"
      text="common.errors.forbiddenText"
      testid="forbidden"
    >
      <button nz-button (click)="switchAccount()">
        {{ 'common.errors.switchAccount' | transloco }}
      </button>
    </sm-error-result>
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
