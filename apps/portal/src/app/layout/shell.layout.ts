import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  NavigationEnd,
  Router,
  RouterLink,
  RouterOutlet,
} from '@angular/router';
import { NzBreadCrumbModule } from 'ng-zorro-antd/breadcrumb';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter } from 'rxjs/operators';
import { breadcrumbs, type Crumb } from '@scenematch/portal/core/nav/breadcrumbs';
import { accountLinks, mainMenu } from '@scenematch/portal/core/nav/menu';
import { LanguageSwitchComponent } from './language-switch.component';
import { NavDrawerComponent } from './nav-drawer.component';
import { NavMenuComponent } from './nav-menu.component';
import { NotificationBellComponent } from './notification-bell.component';
import { UserMenuComponent } from './user-menu.component';

/**
 * The page frame: header with the role-aware menu and the user's menu, content, footer. Below
 * 992 px (NG-ZORRO's lg) the header keeps the logo, the bell and a menu button; the button opens a
 * drawer with the same menu, 登录/注册 or the user's own pages.
 */
@Component({
  selector: 'sm-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    NzLayoutModule,
    NzMenuModule,
    NzBreadCrumbModule,
    NzButtonModule,
    NzIconModule,
    NzSpinModule,
    NotificationBellComponent,
    UserMenuComponent,
    NavDrawerComponent,
    NavMenuComponent,
    LanguageSwitchComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.layout.html',
  styleUrl: './shell.layout.less',
})
export class ShellLayout {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  protected readonly user = this.auth.user;
  protected readonly restoring = computed(
    () => this.auth.status() === 'restoring',
  );
  protected readonly menu = computed(() =>
    mainMenu(this.auth.isSignedIn() ? this.auth.role() : null),
  );
  protected readonly accountLinks = computed(() =>
    accountLinks(this.auth.isSignedIn() ? this.auth.role() : null),
  );
  protected readonly drawerOpen = signal(false);
  /** Latches on the first tap of the menu button: the drawer's code is fetched then. */
  protected readonly drawerWanted = signal(false);
  protected readonly year = new Date().getFullYear();

  /** 首页 › list › page on inner pages; null on the pages the menu names. */
  protected readonly crumbs = signal<Crumb[] | null>(null);

  constructor() {
    this.router.events
      .pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        // Whatever moved the page (a link in the drawer, the back button), the drawer is done.
        this.drawerOpen.set(false);
        this.crumbs.set(breadcrumbs(this.router.url, this.pageTitle()));
      });
  }

  /** The deepest route's title: the page's own name. */
  private pageTitle(): string {
    let route = this.router.routerState.snapshot.root;
    let title = '';
    while (route.firstChild) {
      route = route.firstChild;
      if (typeof route.title === 'string') title = route.title;
    }
    return title;
  }

  protected openDrawer(): void {
    this.drawerWanted.set(true);
    this.drawerOpen.set(true);
  }

  protected async logout(): Promise<void> {
    this.drawerOpen.set(false);
    await this.auth.logout();
    await this.router.navigateByUrl('/');
  }
}
