import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ParticipantView } from '@scenematch/contracts';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';

/** Where a participant stands at the door: checked in (and when), 未到场, or not yet. */
@Component({
  selector: 'sm-participant-checkin-state',
  imports: [TranslocoPipe, BeijingTimePipe, NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = participant();
    @if (p.checkedInAt) {
      <nz-tag nzColor="success">{{ checkedInText() }}</nz-tag>
      <span class="muted">{{ p.checkedInAt | bjTime: 'time' }}</span>
    } @else if (p.noShowAt) {
      <nz-tag nzColor="error">{{
        'sessionsAdmin.participants.noShow' | transloco
      }}</nz-tag>
    } @else {
      <span class="muted">{{
        'sessionsAdmin.participants.notYet' | transloco
      }}</span>
    }
  `,
  styles: `
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class ParticipantCheckinStateComponent {
  readonly participant = input.required<ParticipantView>();
  /** The checked-in tag's text, already translated (已签到 in the list, 签到成功 at the desk). */
  readonly checkedInText = input.required<string>();
}
