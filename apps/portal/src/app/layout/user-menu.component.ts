import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { UserView } from '@scenematch/contracts';
import { NzAvatarModule } from 'ng-zorro-antd/avatar';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ROLE_LABEL_KEYS } from '@scenematch/portal/core/i18n/role-labels';

/** The signed-in user's name in the header, opening their card, own pages and 退出登录. */
@Component({
  selector: 'sm-user-menu',
  imports: [
    RouterLink,
    NzAvatarModule,
    NzDropDownModule,
    NzIconModule,
    NzMenuModule,
    NzTagModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-menu.component.html',
  styleUrl: './user-menu.component.less',
})
export class UserMenuComponent {
  readonly user = input.required<UserView>();
  /** 退出登录 was chosen. */
  readonly loggedOut = output<void>();

  /** The role's catalogue key. */
  protected readonly roleLabel = computed(
    () => ROLE_LABEL_KEYS[this.user().role],
  );
}
