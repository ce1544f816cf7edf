import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { type Language, LANGUAGES } from '@scenematch/portal/core/i18n/languages';
import { PHONE_MEDIA } from '@scenematch/portal/shared/ui/ui/breakpoints';

/**
 * 简体中文 / English in the header, at every width (on a phone: the globe alone). Each language is
 * named in itself, so a reader who cannot read the current one still finds theirs.
 */
@Component({
  selector: 'sm-language-switch',
  imports: [NzDropDownModule, NzIconModule, NzMenuModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a
      class="trigger"
      nz-dropdown
      [nzDropdownMenu]="languages"
      nzPlacement="bottomRight"
      nzTrigger="click"
      role="button"
      tabindex="0"
      [attr.aria-label]="'layout.language.switchTo' | transloco"
      data-testid="language-switch"
    >
      <nz-icon nzType="global" />
      <span class="current" lang="{{ current().code }}">{{
        current().label
      }}</span>
    </a>
    <nz-dropdown-menu #languages="nzDropdownMenu">
      <ul nz-menu>
        @for (l of all; track l.code) {
          <li
            nz-menu-item
            [nzSelected]="l.code === current().code"
            [attr.lang]="l.code"
            [attr.data-testid]="'language-' + l.code"
            (click)="use(l.code)"
            (keydown.enter)="use(l.code)"
            tabindex="0"
          >
            {{ l.label }}
          </li>
        }
      </ul>
    </nz-dropdown-menu>
  `,
  styles: `
    .trigger {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      color: rgba(255, 255, 255, 0.85);
      white-space: nowrap;
      padding: 0 4px;
    }
    .trigger:hover {
      color: #fff;
    }
    @media ${PHONE_MEDIA} {
      .current {
        display: none;
      }
      .trigger {
        font-size: 18px;
      }
    }
  `,
})
export class LanguageSwitchComponent {
  private readonly languageService = inject(LanguageService);
  protected readonly all = LANGUAGES;
  protected readonly current = computed(
    () => LANGUAGES.find((l) => l.code === this.languageService.language()) ?? LANGUAGES[0],
  );

  protected use(language: Language): void {
    void this.languageService.use(language);
  }
}
