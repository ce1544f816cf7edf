import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MeetingView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopoverModule } from 'ng-zorro-antd/popover';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { SessionsApi } from '@scenematch/portal/sessions/data-access/sessions.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';

/** The organiser marks one meeting online with a link of its own (or takes it back into the room). */
@Component({
  selector: 'sm-meeting-online-editor',
  imports: [TranslocoPipe, FormsModule, NzButtonModule, NzIconModule, NzInputModule, NzPopoverModule, NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      nz-button
      nzSize="small"
      [nzType]="meeting().onlineLink ? 'primary' : 'default'"
      nz-popover
      nzPopoverTrigger="click"
      nzPopoverPlacement="bottomRight"
      [(nzPopoverVisible)]="open"
      [nzPopoverTitle]="'sessionsAdmin.online.title' | transloco"
      [nzPopoverContent]="editor"
      [disabled]="disabled()"
      (click)="link = meeting().ownLink ?? ''"
      data-testid="meeting-online"
    >
      <nz-icon nzType="video-camera" />{{ (meeting().onlineLink ? 'sessions.calendar.online' : 'sessionsAdmin.online.title') | transloco }}
    </button>
    <ng-template #editor>
      <div class="editor">
        <input nz-input [(ngModel)]="link" maxlength="500" placeholder="https://meeting.tencent.com/dm/…" [attr.aria-label]="'sessionsAdmin.online.link' | transloco" data-testid="meeting-online-link" />
        <div class="actions">
          <button nz-button nzType="primary" nzSize="small" [nzLoading]="busy()" (click)="save(true)" data-testid="meeting-online-save">{{ 'sessionsAdmin.online.title' | transloco }}</button>
          @if (meeting().online) { <button nz-button nzSize="small" [nzLoading]="busy()" (click)="save(false)">{{ 'sessionsAdmin.online.offline' | transloco }}</button> }
        </div>
      </div>
    </ng-template>
  `,
  styles: `
    .editor { display: flex; flex-direction: column; gap: 8px; width: 240px; max-width: calc(100vw - 64px); }
    .actions { display: flex; gap: 8px; }
  `,
})
export class MeetingOnlineEditorComponent {
  private readonly api = inject(SessionsApi);
  private readonly message = inject(NzMessageService);
  readonly sessionId = input.required<string>();
  readonly meeting = input.required<MeetingView>();
  readonly disabled = input(false);
  readonly changed = output<MeetingView>();
  protected readonly busy = signal(false);
  protected open = false;
  protected link = '';

  protected save(online: boolean): void {
    this.busy.set(true);
    this.api.updateMeeting(this.sessionId(), this.meeting().id, online ? { online: true, onlineLink: this.link.trim() } : { online: false, onlineLink: '' }).subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.open = false;
        this.changed.emit(updated);
      },
      error: (e: unknown) => {
        this.busy.set(false);
        const error = toApiError(e);
        this.message.error(error.errors?.[0]?.message ?? error.message);
      },
    });
  }
}
