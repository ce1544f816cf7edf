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
import { NzTagModule } from 'ng-zorro-antd/tag';
import { SCENARIO_STATUS_COLORS } from './scenario-format';

/** A scenario's state as a coloured tag with its Chinese label. */
@Component({
  selector: 'sm-status-tag',
  imports: [NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nz-tag
    [nzColor]="color()"
    [attr.data-status]="status()"
    data-testid="status-tag"
    >{{ label() }}</nz-tag
  >`,
})
export class StatusTagComponent {
  readonly status = input.required<ScenarioStatus>();
  protected readonly label = computed(
    () => SCENARIO_STATUS_LABELS[this.status()] ?? this.status(),
  );
  protected readonly color = computed(
    () => SCENARIO_STATUS_COLORS[this.status()] ?? 'default',
  );
}
