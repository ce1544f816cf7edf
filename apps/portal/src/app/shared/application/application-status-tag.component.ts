import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { type ApplicationStatus } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { APPLICATION_STATUS_COLORS } from './application-format';
import { APPLICATION_STATUS_KEYS } from './application-keys';

/** An application's state as a coloured tag with its label. */
@Component({
  selector: 'sm-application-status-tag',
  imports: [NzTagModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nz-tag
    [nzColor]="color()"
    [attr.data-status]="status()"
    data-testid="application-status"
    >{{ label() | transloco }}</nz-tag
  >`,
})
export class ApplicationStatusTagComponent {
  readonly status = input.required<ApplicationStatus>();
  protected readonly label = computed(
    () => APPLICATION_STATUS_KEYS[this.status()] ?? this.status(),
  );
  protected readonly color = computed(
    () => APPLICATION_STATUS_COLORS[this.status()] ?? 'default',
  );
}
