import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { type ScenarioView } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { openingText } from '@scenematch/portal/shared/ui/application/application-format';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';
import { StatusTagComponent } from '@scenematch/portal/shared/ui/scenario/status-tag.component';

/**
 * The head of the 评审看板: the way back to the scenario, its title and status, and the actions
 * its status allows — 开始试点 (awarded), 验收 (piloting) — beside 通知.
 */
@Component({
  selector: 'sm-evaluation-head',
  imports: [
    ActionButtonComponent,
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    RouterLink,
    StatusTagComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './evaluation-head.component.less',
  template: `
    <div class="page-head">
      <div>
        <a [routerLink]="['/scenarios', scenario().id]"
          ><nz-icon nzType="left" />{{
            'applications.evaluation.backToScenario' | transloco
          }}</a
        >
        <h1>
          {{ 'applications.evaluation.title' | transloco
          }}{{ 'applications.colon' | transloco
          }}<span data-i18n-skip>{{ scenario().title }}</span>
          <sm-status-tag [status]="scenario().status" />
        </h1>
        <p class="muted">{{ 'applications.evaluation.lead' | transloco }}</p>
      </div>
      <div class="head-actions">
        @if (scenario().status === 'awarded') {
          <sm-action-button
            type="primary"
            size="default"
            [question]="'applications.evaluation.confirmPilot' | transloco"
            (pressed)="pilot.emit()"
            [busy]="busy() === 'pilot'"
            testid="scenario-pilot"
            icon="rocket"
            >{{ 'applications.evaluation.pilot' | transloco }}</sm-action-button
          >
        }
        @if (scenario().status === 'piloting') {
          <sm-action-button
            type="primary"
            icon="safety-certificate"
            testid="scenario-accept"
            (pressed)="accept.emit()"
          >
            {{ 'applications.evaluation.accept' | transloco }}
          </sm-action-button>
        }
        <a nz-button routerLink="/notices"
          ><nz-icon nzType="notification" />{{
            'applications.evaluation.notices' | transloco
          }}</a
        >
      </div>
    </div>
    @if (sealed(); as sealed) {
      <nz-alert
        class="sealed"
        nzType="info"
        nzShowIcon
        [nzMessage]="
          sealed.opensAt
            ? ('applications.evaluation.sealed'
              | transloco
                : { count: sealed.count, opensAt: opening(sealed.opensAt) })
            : ('applications.evaluation.sealedNoDate'
              | transloco: { count: sealed.count })
        "
        [nzDescription]="'applications.evaluation.sealedHint' | transloco"
        data-testid="evaluation-sealed"
      />
    }
  `,
})
export class EvaluationHeadComponent {
  private readonly i18n = inject(LanguageService);

  readonly scenario = input.required<ScenarioView>();
  /** Before the opening (开标): how many sealed bids, and when they open. */
  readonly sealed = input<{ count: number; opensAt: string | null } | null>(
    null,
  );
  /** The action under way ('pilot' shows on its button). */
  readonly busy = input<string | null>(null);
  readonly pilot = output<void>();
  readonly accept = output<void>();

  protected opening(at: string | null): string {
    return openingText(at, this.i18n.language());
  }
}
