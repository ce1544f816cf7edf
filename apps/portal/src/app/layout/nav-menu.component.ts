import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { TranslocoPipe } from '@jsverse/transloco';
import type { NavItem } from '@scenematch/portal/core/nav/menu';

/**
 * The entries of a role's menu inside an `nz-menu` list (`<ul nz-menu sm-nav-menu>`): the header's
 * horizontal menu and the phone drawer's inline one. Groups become submenus; the user's own pages
 * (`ownLinks`) follow a divider and match their URL exactly. Anything projected comes last.
 */
@Component({
  // eslint-disable-next-line @angular-eslint/component-selector -- nz-menu's entries must be children of its <ul> itself
  selector: 'ul[sm-nav-menu]',
  imports: [RouterLink, NzIconModule, NzMenuModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (item of entries(); track item?.link ?? 'divider') {
      @if (!item) {
        <li nz-menu-divider></li>
      } @else if (item.children) {
        <li
          nz-submenu
          [nzOpen]="openGroups()"
          [nzTitle]="item.label | transloco"
          [nzIcon]="item.icon"
          [attr.data-testid]="groupTestIdPrefix() + item.link.slice(1)"
        >
          <ul>
            @for (child of item.children; track child.link) {
              <li nz-menu-item nzMatchRouter>
                <a
                  [routerLink]="child.link"
                  [attr.data-nav]="child.link"
                  (click)="navigated.emit()"
                  ><nz-icon [nzType]="child.icon" /><span>{{
                    child.label | transloco
                  }}</span></a
                >
              </li>
            }
          </ul>
        </li>
      } @else {
        <li nz-menu-item nzMatchRouter [nzMatchRouterExact]="!!item.exact">
          <a
            [routerLink]="item.link"
            [attr.data-nav]="item.link"
            (click)="navigated.emit()"
            ><nz-icon [nzType]="item.icon" /><span>{{
              item.label | transloco
            }}</span></a
          >
        </li>
      }
    }
    <ng-content />
  `,
})
export class NavMenuComponent {
  readonly items = input.required<readonly NavItem[]>();
  /** The user's own pages, after a divider. */
  readonly ownLinks = input<readonly NavItem[]>([]);
  /** Groups shown open (the drawer) rather than on hover (the header). */
  readonly openGroups = input(false);
  /** `data-testid` of a group: this prefix and its link without the leading slash. */
  readonly groupTestIdPrefix = input('nav-');
  /** A link was followed (the drawer closes). */
  readonly navigated = output<void>();

  /** The entries in order; `null` stands for the divider before the user's own pages. */
  protected readonly entries = computed<readonly (NavItem | null)[]>(() => {
    const own = this.ownLinks();
    if (!own.length) return this.items();
    return [
      ...this.items(),
      null,
      ...own.map((link) => ({ ...link, exact: true })),
    ];
  });
}
