import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ApplicationsApi, type ObjectionView } from '@scenematch/portal/applications/data-access/applications.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { ReasonModalComponent } from '@scenematch/portal/shared/ui/reason-modal.component';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';
import { objectionStatus } from './notice-format';

type Decision = 'upheld' | 'dismissed';

/** A notice's objections for staff, each decided (成立 / 不成立) with a response while the notice runs. */
@Component({
  selector: 'sm-notice-objections',
  imports: [TranslocoPipe, BeijingTimePipe, NzButtonModule, NzTagModule, ReasonModalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="objections" data-testid="notice-objections">
      <h3 class="winners-title">{{ 'applications.notices.objectionList' | transloco }}</h3>
      @for (o of objections(); track o.id) {
        @let os = status(o);
        <div class="objection" data-testid="objection" [attr.data-id]="o.id" [attr.data-status]="o.status">
          <div class="objection-head">
            <strong data-i18n-skip>{{ o.organisation }}</strong>
            <span class="muted">{{ o.createdAt | bjTime }}</span>
            <nz-tag [nzColor]="os.color" data-testid="objection-status">{{ os.label }}</nz-tag>
          </div>
          <p class="objection-reason" data-i18n-skip>{{ o.reason }}</p>
          @if (o.response) {
            <p class="muted" data-testid="objection-response">
              {{ 'applications.notices.response' | transloco }}{{ 'applications.colon' | transloco }}<span data-i18n-skip>{{ o.response }}</span>
            </p>
          }
          @if (o.status === 'pending' && inNotice()) {
            <div class="objection-actions">
              <button nz-button nzSize="small" nzDanger (click)="decide(o, 'upheld')" data-testid="objection-uphold">
                {{ 'applications.notices.uphold' | transloco }}
              </button>
              <button nz-button nzSize="small" (click)="decide(o, 'dismissed')" data-testid="objection-dismiss">
                {{ 'applications.notices.dismiss' | transloco }}
              </button>
            </div>
          }
        </div>
      } @empty {
        <p class="muted">{{ 'applications.notices.objectionEmpty' | transloco }}</p>
      }
    </div>

    <sm-reason-modal
      [open]="deciding() !== null"
      [title]="decideTitle()"
      [label]="'applications.notices.decideLabel' | transloco"
      [maxLength]="3000"
      [lengthError]="'applications.notices.decideLengthError' | transloco"
      [placeholder]="deciding()?.decision === 'upheld' ? ('applications.notices.decideUpheldHint' | transloco) : ''"
      [danger]="deciding()?.decision === 'upheld'"
      [busy]="working()"
      [error]="decideError()"
      (confirmed)="confirmDecision($event)"
      (cancelled)="deciding.set(null)"
    />
  `,
  styles: `
    .muted { color: rgba(0, 0, 0, 0.45); }
    .winners-title { font-size: 15px; margin: 12px 0 8px; }
    .objection { border-top: 1px solid #f0f0f0; padding: 8px 0; }
    .objection-head { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
    .objection-reason { margin: 4px 0; white-space: pre-wrap; }
    .objection-actions { display: flex; gap: 8px; }
  `,
})
export class NoticeObjectionsComponent {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ApplicationsApi);
  private readonly message = inject(NzMessageService);

  readonly objections = input<ObjectionView[]>([]);
  /** The notice still runs: pending objections can be decided. */
  readonly inNotice = input(false);
  /** An objection was decided (or the decision failed): the notices are read again. */
  readonly changed = output<void>();

  protected readonly deciding = signal<{ objection: ObjectionView; decision: Decision } | null>(null);
  protected readonly decideError = signal<string | null>(null);
  protected readonly working = signal(false);
  protected readonly decideTitle = computed(() => {
    const d = this.deciding();
    if (!d) return '';
    const org = d.objection.organisation;
    return this.i18n.t(d.decision === 'upheld' ? 'applications.notices.decideUpheldTitle' : 'applications.notices.decideDismissedTitle', { org });
  });

  protected status(o: ObjectionView) {
    return objectionStatus((key, params) => this.i18n.t(key, params), o);
  }

  protected decide(objection: ObjectionView, decision: Decision): void {
    this.decideError.set(null);
    this.deciding.set({ objection, decision });
  }

  protected confirmDecision(response: string): void {
    const d = this.deciding();
    if (!d || this.working()) return;
    this.working.set(true);
    this.api.decideObjection(d.objection.id, d.decision, response).subscribe({
      next: () => {
        this.working.set(false);
        this.deciding.set(null);
        this.message.success(this.i18n.t('applications.notices.decided'));
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.working.set(false);
        const e = toApiError(error);
        const problem = e.errors?.find((f) => f.field === 'response');
        if (problem) {
          this.decideError.set(problem.message);
          return;
        }
        this.deciding.set(null);
        this.message.error(e.message);
        this.changed.emit();
      },
    });
  }
}
