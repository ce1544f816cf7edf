import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PRIVACY_NOTICE_VERSION } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzCardModule } from 'ng-zorro-antd/card';

/** The notice's sections, in order: a title and a paragraph or a list (translation keys). */
const SECTIONS: readonly { title: string; text?: string; items?: string[] }[] =
  [
    {
      title: 'privacy.collect.title',
      items: [
        'privacy.collect.registration',
        'privacy.collect.usage',
        'privacy.collect.contact',
      ],
    },
    {
      title: 'privacy.purpose.title',
      items: [
        'privacy.purpose.identity',
        'privacy.purpose.matching',
        'privacy.purpose.audit',
      ],
    },
    { title: 'privacy.sharing.title', text: 'privacy.sharing.text' },
    { title: 'privacy.retention.title', text: 'privacy.retention.text' },
    {
      title: 'privacy.rights.title',
      items: [
        'privacy.rights.access',
        'privacy.rights.correct',
        'privacy.rights.erase',
        'privacy.rights.withdraw',
      ],
    },
    { title: 'privacy.contactUs.title', text: 'privacy.contactUs.text' },
  ];

/**
 * 隐私政策: the notice every registration consents to (个人信息保护法 第十七条: who processes
 * what, why, how long, and how to exercise one's rights). Its version is PRIVACY_NOTICE_VERSION;
 * change both together.
 */
@Component({
  selector: 'sm-privacy-page',
  imports: [RouterLink, NzCardModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card class="notice" data-testid="privacy-notice">
      <h1>{{ 'privacy.title' | transloco }}</h1>
      <p class="muted">
        {{ 'privacy.version' | transloco: { version: version } }}
      </p>
      <p>{{ 'privacy.intro' | transloco }}</p>

      @for (section of sections; track section.title) {
        <h2>{{ section.title | transloco }}</h2>
        @if (section.text) {
          <p>{{ section.text | transloco }}</p>
        } @else {
          <ul>
            @for (item of section.items; track item) {
              <li>{{ item | transloco }}</li>
            }
          </ul>
        }
      }

      <p>
        <a routerLink="/register">{{ 'privacy.backToRegister' | transloco }}</a>
      </p>
    </nz-card>
  `,
  styles: `
    .notice {
      max-width: 820px;
      margin: 24px auto;
    }
    h1 {
      margin: 0;
      font-size: 24px;
    }
    h2 {
      margin: 20px 0 8px;
      font-size: 17px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    ul {
      padding-left: 20px;
    }
    li,
    p {
      line-height: 1.8;
    }
  `,
})
export class PrivacyPage {
  protected readonly version = PRIVACY_NOTICE_VERSION;
  protected readonly sections = SECTIONS;
}
