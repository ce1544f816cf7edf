import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  inject,
  input,
  model,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzAvatarModule } from 'ng-zorro-antd/avatar';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { TranslocoPipe } from '@jsverse/transloco';
import { ROLE_LABEL_KEYS } from '@scenematch/portal/core/i18n/role-labels';
import { type NavItem, userLinks } from '@scenematch/portal/core/nav/menu';
import { loadFeatureStyles } from '@scenematch/portal/core/styles/feature-styles';
import { NavMenuComponent } from './nav-menu.component';

/**
 * The phone's menu (below 992 px): the role's menu, 登录/注册 or the user's card and own pages, in a
 * drawer from the right. Loaded on first use, with the feature stylesheet that holds the drawer's
 * styles.
 */
@Component({
  selector: 'sm-nav-drawer',
  imports: [
    RouterLink,
    NzAvatarModule,
    NzButtonModule,
    NzDrawerModule,
    NzIconModule,
    NzMenuModule,
    NzTagModule,
    NavMenuComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-drawer
      [nzVisible]="open() && styled()"
      nzPlacement="right"
      [nzWidth]="300"
      nzTitle="SceneMatch"
      [nzBodyStyle]="{ padding: '0' }"
      (nzOnClose)="open.set(false)"
    >
      <ng-container *nzDrawerContent>
        <div class="drawer" data-testid="nav-drawer">
          @if (user(); as user) {
            <div class="drawer-user" data-testid="drawer-user">
              <nz-avatar nzIcon="user" />
              <div>
                <div class="user-card-name" data-i18n-skip>
                  {{ user.displayName }}
                </div>
                <div class="user-card-org" data-i18n-skip>
                  {{ user.organisation.name }}
                </div>
                <nz-tag nzColor="blue">{{ roleLabel() | transloco }}</nz-tag>
              </div>
            </div>
          } @else if (!restoring()) {
            <div class="drawer-account">
              @for (
                link of accountLinks();
                track link.link;
                let first = $first
              ) {
                <a
                  nz-button
                  nzBlock
                  [nzType]="first ? 'default' : 'primary'"
                  [routerLink]="link.link"
                  (click)="open.set(false)"
                  [attr.data-testid]="'drawer-account-' + link.icon"
                >
                  <nz-icon [nzType]="link.icon" />{{ link.label | transloco }}
                </a>
              }
            </div>
          }
          <ul
            nz-menu
            sm-nav-menu
            nzMode="inline"
            class="drawer-menu"
            data-testid="drawer-menu"
            [items]="menu()"
            [ownLinks]="user() ? userLinks : []"
            [openGroups]="true"
            groupTestIdPrefix="drawer-nav-"
            (navigated)="open.set(false)"
          >
            @if (user()) {
              <li
                nz-menu-item
                tabindex="0"
                (click)="logout()"
                (keydown.enter)="logout()"
                data-testid="drawer-logout"
              >
                <nz-icon nzType="logout" /><span>{{ 'layout.nav.logout' | transloco }}</span>
              </li>
            }
          </ul>
        </div>
      </ng-container>
    </nz-drawer>
  `,
  styles: `
    .drawer-user {
      display: flex;
      gap: 12px;
      align-items: flex-start;
      padding: 16px 24px;
      border-bottom: 1px solid #f0f0f0;
    }
    .user-card-name {
      color: rgba(0, 0, 0, 0.88);
      font-weight: 600;
    }
    .user-card-org {
      color: rgba(0, 0, 0, 0.55);
      margin-bottom: 4px;
    }
    .drawer-account {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding: 16px 24px;
      border-bottom: 1px solid #f0f0f0;
    }
    .drawer-menu {
      border-inline-end: none;
    }
  `,
})
export class NavDrawerComponent {
  private readonly auth = inject(AuthStore);

  readonly open = model(false);
  readonly menu = input.required<readonly NavItem[]>();
  readonly accountLinks = input.required<readonly NavItem[]>();
  readonly loggedOut = output<void>();

  protected readonly user = this.auth.user;
  protected readonly roleLabel = computed(() => {
    const role = this.auth.role();
    return role ? ROLE_LABEL_KEYS[role] : '';
  });
  protected readonly restoring = computed(
    () => this.auth.status() === 'restoring',
  );
  /** Opened once its styles are there (no flash of an unstyled drawer on the first tap). */
  protected readonly styled = signal(false);
  protected readonly userLinks = userLinks();

  constructor() {
    // A failed load still opens it (usable, if plain); the next page's guard tries again.
    void loadFeatureStyles(inject(DOCUMENT)).finally(() =>
      this.styled.set(true),
    );
  }

  protected logout(): void {
    this.open.set(false);
    this.loggedOut.emit();
  }
}
