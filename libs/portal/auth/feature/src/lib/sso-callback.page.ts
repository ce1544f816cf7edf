import {
  ChangeDetectionStrategy,
  Component,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { roleHome, safeReturnUrl } from '@scenematch/portal/core/auth/role-home';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { SSO_CHALLENGE_STATE, takeSsoReturnUrl } from './sso-return';

type State =
  | { kind: 'working' }
  | { kind: 'pending'; message: string }
  | { kind: 'failed'; message: string };

/**
 * /login/sso: where the API sends the browser back from the unified identity service. The page
 * redeems the sign-in once (POST, the flow cookie identifies it) and continues like a password
 * sign-in: into the platform, to the second-factor step, or "waiting for the admin's approval".
 */
@Component({
  selector: 'sm-sso-callback-page',
  imports: [
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzResultModule,
    NzSpinModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card class="sm-auth-card" data-testid="sso-callback">
      @switch (state().kind) {
        @case ('working') {
          <div class="working">
            <nz-spin nzSimple />
            <p>{{ 'auth.sso.working' | transloco }}</p>
          </div>
        }
        @case ('pending') {
          <nz-result
            nzStatus="info"
            [nzTitle]="'auth.sso.pendingTitle' | transloco"
            [nzSubTitle]="message()"
            data-testid="sso-pending"
          >
            <div nz-result-content>
              <p class="lead">{{ 'auth.sso.pendingLead' | transloco }}</p>
            </div>
            <div nz-result-extra>
              <a nz-button nzType="primary" routerLink="/">{{ 'auth.sso.home' | transloco }}</a>
            </div>
          </nz-result>
        }
        @case ('failed') {
          <nz-result
            nzStatus="warning"
            [nzTitle]="'auth.sso.failedTitle' | transloco"
            [nzSubTitle]="message()"
            data-testid="sso-failed"
          >
            <div nz-result-extra>
              <a nz-button nzType="primary" routerLink="/login">{{
                'auth.sso.backToLogin' | transloco
              }}</a>
            </div>
          </nz-result>
        }
      }
    </nz-card>
  `,
  styles: `
    .working {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 12px;
      padding: 32px 0;
    }
    .lead {
      color: rgba(0, 0, 0, 0.65);
      margin: 0;
    }
  `,
})
export class SsoCallbackPage implements OnInit {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  protected readonly state = signal<State>({ kind: 'working' });

  protected message(): string {
    const state = this.state();
    return state.kind === 'working' ? '' : state.message;
  }

  async ngOnInit(): Promise<void> {
    const returnUrl = safeReturnUrl(takeSsoReturnUrl() ?? undefined);
    try {
      const outcome = await this.auth.completeSso();
      switch (outcome.kind) {
        case 'signedIn':
          await this.router.navigateByUrl(
            returnUrl ?? roleHome(outcome.user.role),
            { replaceUrl: true },
          );
          return;
        case 'challenge':
          await this.router.navigate(['/login'], {
            queryParams: { returnUrl: returnUrl ?? undefined },
            state: { [SSO_CHALLENGE_STATE]: outcome.challengeToken },
            replaceUrl: true,
          });
          return;
        case 'enrol':
          await this.router.navigate(['/mfa-setup'], {
            queryParams: { returnUrl: returnUrl ?? undefined },
            replaceUrl: true,
          });
          return;
        case 'pending':
          this.state.set({ kind: 'pending', message: outcome.message });
          return;
      }
    } catch (error) {
      this.state.set({ kind: 'failed', message: toApiError(error).message });
    }
  }
}
