import { ChangeDetectionStrategy, Component, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCollapseModule } from 'ng-zorro-antd/collapse';
import { NzListModule } from 'ng-zorro-antd/list';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  type DemoAccount,
} from './demo-accounts';

/** The demo accounts under the sign-in form, each with a button that fills the form in. */
@Component({
  selector: 'sm-login-demo-accounts',
  imports: [NzButtonModule, NzCollapseModule, NzListModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-collapse class="demo-accounts" nzGhost>
      <nz-collapse-panel
        [nzHeader]="'auth.login.demoAccounts' | transloco"
        data-testid="demo-accounts"
      >
        <p class="hint">
          {{ 'auth.login.demoHint' | transloco }}
          <code>{{ demoPassword }}</code>
        </p>
        <nz-list nzSize="small">
          @for (account of demoAccounts; track account.email) {
            <nz-list-item>
              <span>
                <strong data-i18n-skip>{{ account.label }}</strong
                ><br />
                <code>{{ account.email }}</code>
              </span>
              <ul nz-list-item-actions>
                <nz-list-item-action>
                  <button
                    nz-button
                    nzSize="small"
                    type="button"
                    (click)="fill.emit(account)"
                    [attr.data-testid]="'demo-' + account.email"
                  >
                    {{ 'auth.login.fill' | transloco }}
                  </button>
                </nz-list-item-action>
              </ul>
            </nz-list-item>
          }
        </nz-list>
      </nz-collapse-panel>
    </nz-collapse>
  `,
})
export class LoginDemoAccountsComponent {
  readonly fill = output<DemoAccount>();
  protected readonly demoAccounts = DEMO_ACCOUNTS;
  protected readonly demoPassword = DEMO_PASSWORD;
}
