import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import type { AgendaView, MeetingView } from '@scenematch/contracts';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { MeetingOnlineEditorComponent } from './meeting-online-editor.component';
import { MEETING_KIND_KEYS } from './session-admin-keys';
import { meetingKind, pinsOpen, type AgendaGridRow, type MeetingKind } from './session-agenda';
import { ApiActions } from '@scenematch/portal/shared/ui/ui/api-actions';
import { SESSION_CARD_IMPORTS, SessionPart } from './session-part';

const KIND_COLORS: Record<MeetingKind, string> = {
  mutual: 'green',
  requested: 'blue',
  matched: 'default',
};

/** The agenda's slot × table grid: each meeting with how it came about, its pin and its online link. */
@Component({
  selector: 'sm-agenda-grid',
  imports: [
    ...SESSION_CARD_IMPORTS,
    MeetingOnlineEditorComponent,
    NzIconModule,
    NzTagModule,
    NzTooltipModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agenda-grid.component.html',
  styleUrl: './agenda-grid.component.less',
})
export class AgendaGridComponent extends SessionPart {
  readonly agenda = model<AgendaView | null>(null);
  /** The slots, each with its row of tables. */
  readonly rows = input<AgendaGridRow[]>([]);
  readonly tables = input<number[]>([]);
  readonly scheduledCount = input(0);

  protected readonly kinds = MEETING_KIND_KEYS;
  protected readonly kindColors = KIND_COLORS;
  protected readonly kindOf = meetingKind;
  private readonly actions = new ApiActions();
  /** The pin under way (`pin:` and the meeting's id). */
  protected readonly busy = this.actions.busy;
  protected readonly canPin = computed(() => pinsOpen(this.session().status));
  /** A meeting can be moved online until the session closes (the API's rule). */
  protected readonly canSetOnline = computed(() => ['open_for_registration', 'scheduled', 'running'].includes(this.session().status));

  protected togglePin(m: MeetingView): void {
    if (!this.canPin()) return;
    this.actions.run(`pin:${m.id}`, this.api.updateMeeting(this.session().id, m.id, { pinned: !m.pinned }), {
      then: (updated) => this.meetingChanged(updated),
      done: (updated) => this.i18n.t(updated.pinned ? 'sessionsAdmin.agenda.pinnedDone' : 'sessionsAdmin.agenda.unpinnedDone'),
      failed: (e) => e.message,
    });
  }

  protected meetingChanged(meeting: MeetingView): void {
    this.agenda.update((a) => (a ? { ...a, meetings: a.meetings.map((m) => (m.id === meeting.id ? meeting : m)) } : a));
  }
}
