import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { NzAvatarModule } from 'ng-zorro-antd/avatar';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthStore } from '../core/auth/auth.store';
import { TEXTS } from '../core/i18n/zh-cn';
import { SECURITY_TEXTS } from '../core/i18n/zh-cn.security';
import { accountLinks, mainMenu } from '../core/nav/menu';
import { NotificationBellComponent } from './notification-bell.component';

/** The page frame: header with the role-aware menu and the user's menu, content, footer. */
@Component({
  selector: 'sm-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    NzLayoutModule,
    NzMenuModule,
    NzDropDownModule,
    NzAvatarModule,
    NzButtonModule,
    NzIconModule,
    NzSpinModule,
    NzTagModule,
    NotificationBellComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.layout.html',
  styleUrl: './shell.layout.less',
})
export class ShellLayout {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  protected readonly t = TEXTS;
  protected readonly securityLabel = SECURITY_TEXTS.nav.security;
  protected readonly user = this.auth.user;
  protected readonly restoring = computed(
    () => this.auth.status() === 'restoring',
  );
  protected readonly roleLabel = this.auth.roleLabel;
  protected readonly menu = computed(() =>
    mainMenu(this.auth.isSignedIn() ? this.auth.role() : null),
  );
  protected readonly accountLinks = computed(() =>
    accountLinks(this.auth.isSignedIn() ? this.auth.role() : null),
  );
  protected readonly year = new Date().getFullYear();

  protected async logout(): Promise<void> {
    await this.auth.logout();
    await this.router.navigateByUrl('/');
  }
}
