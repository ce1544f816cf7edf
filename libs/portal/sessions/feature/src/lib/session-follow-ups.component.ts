import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { FOLLOW_UP_ANSWERS, formatBeijing, type FollowUpAnswer, type FollowUpView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { SessionCalendarApi } from '@scenematch/portal/sessions/data-access/session-calendar.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { FOLLOW_UP_ANSWER_KEYS } from '@scenematch/portal/sessions/ui/session-keys';

/** The follow-up questions asked of the caller's organisation months after the session, each answered once. */
@Component({
  selector: 'sm-session-follow-ups',
  imports: [TranslocoPipe, FormsModule, NzButtonModule, NzCardModule, NzInputModule, NzRadioModule, NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length) {
      <nz-card [nzTitle]="'sessions.followUp.title' | transloco" class="follow-ups" data-testid="follow-ups">
        <p class="muted">{{ 'sessions.followUp.lead' | transloco }}</p>
        @for (f of items(); track f.id) {
          <div class="follow-up" data-testid="follow-up" [attr.id]="'follow-up-' + f.id" [class.focus]="f.id === focus()">
            <div class="head">
              <!-- The counterpart's name is data inside the text. -->
              <strong data-i18n-skip>{{ 'sessions.followUp.with' | transloco: { name: f.counterpart.name } }}</strong>
              <span class="muted small">{{ when(f.meetingStartsAt) }}@if (f.scenario) { · <span data-i18n-skip>{{ f.scenario.title }}</span> }</span>
            </div>
            @if (f.answer) {
              <nz-tag nzColor="green" data-testid="follow-up-answered">{{ 'sessions.followUp.answered' | transloco: { label: (labels[f.answer] | transloco) } }}</nz-tag>
              @if (f.note) { <span class="small" data-i18n-skip>{{ f.note }}</span> }
            } @else {
              <nz-radio-group [ngModel]="drafts()[f.id]?.answer" (ngModelChange)="set(f.id, { answer: $event })" data-testid="follow-up-answer">
                @for (a of answers; track a) {
                  <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- nz-radio-button renders its input inside the label -->
                  <label nz-radio-button [nzValue]="a">{{ labels[a] | transloco }}</label>
                }
              </nz-radio-group>
              <textarea nz-input rows="2" maxlength="1000" [placeholder]="'sessions.followUp.note' | transloco" [ngModel]="drafts()[f.id]?.note" (ngModelChange)="set(f.id, { note: $event })"></textarea>
              <button nz-button nzType="primary" [disabled]="!drafts()[f.id]?.answer" [nzLoading]="busy() === f.id" (click)="submit(f)" data-testid="follow-up-submit">{{ 'sessions.followUp.submit' | transloco }}</button>
            }
          </div>
        }
      </nz-card>
    }
  `,
  styles: `
    .follow-up { display: flex; flex-direction: column; gap: 8px; padding: 12px 0; border-top: 1px solid #f0f0f0; }
    .follow-up.focus { background: #fffbe6; padding: 12px; }
    .head { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; }
    .follow-up button { align-self: flex-start; }
    .muted { color: rgba(0, 0, 0, 0.55); }
    .small { font-size: 12px; }
  `,
})
export class SessionFollowUpsComponent implements OnInit {
  private readonly api = inject(SessionCalendarApi);
  private readonly message = inject(NzMessageService);
  readonly sessionId = input.required<string>();
  /** The question a notification linked to (`?followUp=`), highlighted. */
  readonly focus = input<string | null>(null);
  private readonly i18n = inject(LanguageService);
  protected readonly answers = FOLLOW_UP_ANSWERS;
  protected readonly labels = FOLLOW_UP_ANSWER_KEYS;
  protected readonly items = signal<FollowUpView[]>([]);
  protected readonly drafts = signal<Record<string, { answer?: FollowUpAnswer; note?: string }>>({});
  protected readonly busy = signal<string | null>(null);

  ngOnInit(): void {
    this.api.followUps(this.sessionId()).subscribe({ next: (list) => this.items.set(list), error: () => this.items.set([]) });
  }

  protected when(at: string): string {
    return formatBeijing(at);
  }

  protected set(id: string, patch: { answer?: FollowUpAnswer; note?: string }): void {
    this.drafts.update((d) => ({ ...d, [id]: { ...d[id], ...patch } }));
  }

  protected submit(f: FollowUpView): void {
    const draft = this.drafts()[f.id];
    if (!draft?.answer) return;
    this.busy.set(f.id);
    this.api.answerFollowUp(this.sessionId(), f.id, { answer: draft.answer, note: draft.note || undefined }).subscribe({
      next: (updated) => {
        this.busy.set(null);
        this.items.update((list) => list.map((x) => (x.id === updated.id ? updated : x)));
        this.message.success(this.i18n.t('sessions.followUp.submitted'));
      },
      error: (e: unknown) => {
        this.busy.set(null);
        this.message.error(toApiError(e).message);
      },
    });
  }
}
