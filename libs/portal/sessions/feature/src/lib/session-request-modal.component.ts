import { ChangeDetectionStrategy, Component, effect, inject, input, model, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MeetingRequestView } from '@scenematch/contracts';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { SessionsApi } from '@scenematch/portal/sessions/data-access/sessions.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';

/** An organisation one may ask for a meeting. */
export interface RequestTarget {
  id: string;
  name: string;
  /** Scenarios the agency side brings (to pick the one to talk about). */
  scenarios: Array<{ id: string; title: string }>;
}

/** The dialog that asks `target` for a meeting (about one of its scenarios, with a message). */
@Component({
  selector: 'sm-session-request-modal',
  imports: [TranslocoPipe, FormsModule, FormFieldComponent, NzFormModule, NzInputModule, NzModalModule, NzSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="!!target()"
      [nzTitle]="target() ? ('sessions.requests.modalTitle' | transloco: { name: target()!.name }) : ''"
      (nzOnCancel)="target.set(null)"
      (nzOnOk)="send()"
      [nzOkText]="'sessions.requests.send' | transloco"
      [nzOkLoading]="busy()"
    >
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical" data-testid="request-form">
          @if (target()?.scenarios?.length) {
            <sm-form-field [label]="'sessions.requests.scenario' | transloco">
              <nz-select name="scenarioId" data-i18n-skip [(ngModel)]="form.scenarioId" [nzPlaceHolder]="'sessions.requests.scenarioPlaceholder' | transloco" nzAllowClear>
                @for (sc of target()!.scenarios; track sc.id) { <nz-option [nzValue]="sc.id" [nzLabel]="sc.title" /> }
              </nz-select>
            </sm-form-field>
          }
          <sm-form-field [label]="'sessions.requests.message' | transloco">
            <textarea nz-input name="message" rows="3" maxlength="500" [(ngModel)]="form.message" [placeholder]="'sessions.requests.messagePlaceholder' | transloco" data-testid="request-message"></textarea>
          </sm-form-field>
        </form>
      </ng-container>
    </nz-modal>
  `,
})
export class SessionRequestModalComponent {
  private readonly api = inject(SessionsApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(LanguageService);

  readonly sessionId = input.required<string>();
  /** Whom the dialog asks; null closes it. */
  readonly target = model<RequestTarget | null>(null);
  /** The request sent (the dialog closes). */
  readonly sent = output<MeetingRequestView>();

  protected readonly busy = signal(false);
  protected form = { scenarioId: null as string | null, message: '' };

  constructor() {
    effect(() => {
      const target = this.target();
      if (target) this.form = { scenarioId: target.scenarios.length === 1 ? target.scenarios[0].id : null, message: '' };
    });
  }

  protected send(): void {
    const target = this.target();
    if (!target) return;
    this.busy.set(true);
    const body = { toOrganisationId: target.id, scenarioId: this.form.scenarioId ?? undefined, message: this.form.message || undefined };
    this.api.request(this.sessionId(), body).subscribe({
      next: (request) => {
        this.busy.set(false);
        this.target.set(null);
        this.sent.emit(request);
        this.message.success(this.i18n.t('sessions.requests.sent'));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.message.error(toApiError(error).message);
      },
    });
  }
}
