import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import {
  SCENARIO_STATUS_LABELS,
  type ScenarioStatus,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { SCENARIO_TEXTS } from '../../core/i18n/zh-cn.scenarios';
import { scenarioFormMode } from './scenario-form';

/** What the scenario form says above its fields: why it was returned, or what saving will do. */
@Component({
  selector: 'sm-scenario-form-notices',
  imports: [NzAlertModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (returnReason(); as reason) {
      <nz-alert
        nzType="warning"
        nzShowIcon
        [nzMessage]="s.returnReason"
        [nzDescription]="reason"
        data-testid="form-return-reason"
      />
    }
    @switch (mode()) {
      @case ('revise') {
        <nz-alert nzType="info" nzShowIcon [nzMessage]="t.formRevisionHint" />
      }
      @case ('locked') {
        <nz-alert
          nzType="warning"
          nzShowIcon
          [nzMessage]="t.formLockedHint(statusLabel())"
        />
      }
    }
  `,
  styles: `
    nz-alert {
      margin-bottom: 16px;
    }
  `,
})
export class ScenarioFormNoticesComponent {
  readonly status = input.required<ScenarioStatus>();
  readonly returnReason = input<string | null>(null);

  protected readonly t = SCENARIO_TEXTS.agency;
  protected readonly s = SCENARIO_TEXTS.scenarios;
  protected readonly mode = computed(() => scenarioFormMode(this.status()));
  protected readonly statusLabel = computed(
    () => SCENARIO_STATUS_LABELS[this.status()],
  );
}
