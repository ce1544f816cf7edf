import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import type { ScenarioStatus } from '@scenematch/contracts';
import { LanguageService } from '../../core/i18n/language.service';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { SCENARIO_STATUS_COLORS } from './scenario-format';
import { SCENARIO_STATUS_KEYS } from './scenario-status-keys';

/** A scenario's state as a coloured tag with its label. */
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
  private readonly lang = inject(LanguageService);
  protected readonly label = computed(() => {
    const key = SCENARIO_STATUS_KEYS[this.status()] as string | undefined;
    return key ? this.lang.t(key) : this.status();
  });
  protected readonly color = computed(
    () => SCENARIO_STATUS_COLORS[this.status()] ?? 'default',
  );
}
