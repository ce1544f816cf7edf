import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import {
  APPLICATION_STATUS_LABELS,
  type ApplicationStatus,
} from '@scenematch/contracts';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { APPLICATION_STATUS_COLORS } from './application-format';

/** An application's state as a coloured tag with its Chinese label. */
@Component({
  selector: 'sm-application-status-tag',
  imports: [NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nz-tag
    [nzColor]="color()"
    [attr.data-status]="status()"
    data-testid="application-status"
    >{{ label() }}</nz-tag
  >`,
})
export class ApplicationStatusTagComponent {
  readonly status = input.required<ApplicationStatus>();
  protected readonly label = computed(
    () => APPLICATION_STATUS_LABELS[this.status()] ?? this.status(),
  );
  protected readonly color = computed(
    () => APPLICATION_STATUS_COLORS[this.status()] ?? 'default',
  );
}
