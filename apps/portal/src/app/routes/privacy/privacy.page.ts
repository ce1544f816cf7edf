import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PRIVACY_NOTICE_VERSION } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzCardModule } from 'ng-zorro-antd/card';

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

      <h2>{{ 'privacy.collect.title' | transloco }}</h2>
      <ul>
        <li>{{ 'privacy.collect.registration' | transloco }}</li>
        <li>{{ 'privacy.collect.usage' | transloco }}</li>
        <li>{{ 'privacy.collect.contact' | transloco }}</li>
      </ul>

      <h2>{{ 'privacy.purpose.title' | transloco }}</h2>
      <ul>
        <li>{{ 'privacy.purpose.identity' | transloco }}</li>
        <li>{{ 'privacy.purpose.matching' | transloco }}</li>
        <li>{{ 'privacy.purpose.audit' | transloco }}</li>
      </ul>

      <h2>{{ 'privacy.sharing.title' | transloco }}</h2>
      <p>{{ 'privacy.sharing.text' | transloco }}</p>

      <h2>{{ 'privacy.retention.title' | transloco }}</h2>
      <p>{{ 'privacy.retention.text' | transloco }}</p>

      <h2>{{ 'privacy.rights.title' | transloco }}</h2>
      <ul>
        <li>{{ 'privacy.rights.access' | transloco }}</li>
        <li>{{ 'privacy.rights.correct' | transloco }}</li>
        <li>{{ 'privacy.rights.erase' | transloco }}</li>
        <li>{{ 'privacy.rights.withdraw' | transloco }}</li>
      </ul>

      <h2>{{ 'privacy.contactUs.title' | transloco }}</h2>
      <p>{{ 'privacy.contactUs.text' | transloco }}</p>

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
}
