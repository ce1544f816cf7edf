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
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { APPLICATION_TEXTS } from '../../core/i18n/zh-cn.applications';

/** What 揭榜申报 says above its fields: why it cannot be edited, unmet rules, a failed save. */
@Component({
  selector: 'sm-apply-notices',
  imports: [NzAlertModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (lockedMessage(); as message) {
      <nz-alert
        nzType="warning"
        nzShowIcon
        [nzMessage]="message"
        data-testid="apply-locked"
      />
    }
    @if (eligibility().length) {
      <nz-alert
        nzType="error"
        nzShowIcon
        [nzMessage]="t.eligibilityTitle"
        [nzDescription]="eligibilityTpl"
        data-testid="apply-eligibility"
      />
      <ng-template #eligibilityTpl>
        <ul class="eligibility">
          @for (m of eligibility(); track m) {
            <li>{{ m }}</li>
          }
        </ul>
      </ng-template>
    }
    @if (error(); as message) {
      <nz-alert
        nzType="error"
        nzShowIcon
        [nzMessage]="message"
        data-testid="apply-error"
      />
    }
  `,
  styles: `
    nz-alert {
      margin-bottom: 16px;
    }
    .eligibility {
      margin: 0;
      padding-left: 18px;
    }
  `,
})
export class ApplyNoticesComponent {
  /** The application cannot be edited: its state or the deadline says why. */
  readonly locked = input(false);
  readonly saved = input(false);
  readonly status = input<ApplicationStatus>('draft');
  /** The batch's eligibility rules the submission failed. */
  readonly eligibility = input<readonly string[]>([]);
  readonly error = input<string | null>(null);

  protected readonly t = APPLICATION_TEXTS.apply;
  protected readonly lockedMessage = computed(() =>
    !this.locked()
      ? null
      : this.saved()
        ? this.t.notEditable(APPLICATION_STATUS_LABELS[this.status()])
        : this.t.closed,
  );
}
