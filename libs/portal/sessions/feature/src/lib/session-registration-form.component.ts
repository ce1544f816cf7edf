import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { PUBLIC_SCENARIO_STATUSES, sessionSlotTimes, type ParticipantView, type SessionView } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { of } from 'rxjs';
import { catchError } from 'rxjs/operators';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { ScenariosApi } from '@scenematch/portal/scenarios/data-access/scenarios.api';
import { SessionsApi, type SessionNeedRequest } from '@scenematch/portal/sessions/data-access/sessions.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import { slotLabel } from './session-format';
import { emptyNeed, needErrors, SessionNeedsFormComponent } from './session-needs-form.component';

const PHONE = /^[0-9+\-() ]{5,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Registration to a session (also the edit form of one's registration): the scenarios an agency
 * brings, a financier's needs, the number of meetings, the contact and the slots one cannot make.
 */
@Component({
  selector: 'sm-session-registration-form',
  imports: [
    TranslocoPipe,
    FormsModule,
    FormFieldComponent,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    SessionNeedsFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-registration-form.component.html',
  styles: `
    .form-row { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
    .register-form { max-width: 720px; }
    .banner { margin-bottom: 16px; }
    @media (max-width: 900px) { .form-row { grid-template-columns: minmax(0, 1fr); } }
  `,
})
export class SessionRegistrationFormComponent implements OnInit {
  private readonly api = inject(SessionsApi);
  private readonly scenariosApi = inject(ScenariosApi);
  private readonly auth = inject(AuthStore);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(LanguageService);
  private readonly translate = (key: string, params?: Record<string, unknown>) => this.i18n.t(key, params);

  readonly session = input.required<SessionView>();
  /** The caller's registration; none, the form registers. */
  readonly me = input<ParticipantView | null>(null);
  /** Registered or saved. */
  readonly saved = output<void>();

  protected readonly role = this.auth.role;
  protected readonly isFinancier = computed(() => this.role() === 'financier');
  protected readonly defaultNeedType = computed(() => (this.auth.user()?.organisation.financierKind === 'investor' ? 'investment' : 'loan'));
  /** A registration is edited only while the session is open for registration. */
  protected readonly locked = computed(() => !!this.me() && this.session().status !== 'open_for_registration');
  protected readonly ownScenarios = signal<Array<{ id: string; title: string }>>([]);
  protected readonly busy = signal(false);
  protected readonly formError = signal<string | null>(null);
  /** Field-level errors, keyed by the API's field paths. */
  protected readonly fieldErrors = signal<Record<string, string>>({});
  /** A financier's needs (loan products, investment focuses). */
  protected readonly needs = signal<SessionNeedRequest[]>([]);
  protected form = { scenarioIds: [] as string[], capacity: null as number | null, unavailableSlots: [] as number[], contactName: '', contactPhone: '', contactEmail: '' };
  protected readonly slotOptions = computed(() =>
    sessionSlotTimes(this.session()).map((x) => ({ value: x.slot, label: slotLabel(this.translate, x.slot, x.startsAt, x.endsAt) })),
  );

  ngOnInit(): void {
    const me = this.me();
    if (me) {
      this.form = {
        scenarioIds: me.scenarios.map((s) => s.id),
        capacity: me.capacity ?? null,
        unavailableSlots: me.unavailableSlots ?? [],
        contactName: me.contactName ?? '',
        contactPhone: me.contactPhone ?? '',
        contactEmail: me.contactEmail ?? '',
      };
      this.needs.set(me.needs.map(({ type, name, amountMin, amountMax, termMonths, audience, stages, sectors, description }) => ({ type, name, amountMin, amountMax, termMonths, audience, stages, sectors, description })));
    } else if (this.isFinancier()) this.needs.set([emptyNeed(this.defaultNeedType())]);
    if (this.role() === 'agency') this.loadOwnScenarios();
  }

  private loadOwnScenarios(): void {
    this.scenariosApi
      // An agency brings its public scenarios (published or later).
      .list({ mine: true, status: PUBLIC_SCENARIO_STATUSES, pageSize: 100 })
      .pipe(catchError(() => of({ items: [] as Array<{ id: string; title: string }> })))
      .subscribe((page) => this.ownScenarios.set(page.items.map((s) => ({ id: s.id, title: s.title }))));
  }

  protected register(): void {
    this.formError.set(null);
    const errors: Record<string, string> = this.isFinancier() ? needErrors(this.translate, this.needs()) : {};
    const phone = this.form.contactPhone.trim();
    const email = this.form.contactEmail.trim();
    if (this.form.contactPhone && !PHONE.test(phone)) errors['contactPhone'] = this.i18n.t('sessions.contact.phoneInvalid');
    if (this.form.contactEmail && !EMAIL.test(email)) errors['contactEmail'] = this.i18n.t('sessions.contact.emailInvalid');
    this.fieldErrors.set(errors);
    if (Object.keys(errors).length) return;
    this.busy.set(true);
    const body = {
      scenarioIds: this.role() === 'agency' ? this.form.scenarioIds : undefined,
      capacity: this.form.capacity ?? undefined,
      unavailableSlots: this.form.unavailableSlots,
      contactName: this.form.contactName || undefined,
      contactPhone: phone || undefined,
      contactEmail: email || undefined,
      needs: this.isFinancier() ? this.needs() : undefined,
    };
    const session = this.session();
    const me = this.me();
    const call = me ? this.api.updateParticipant(session.id, me.id, body) : this.api.register(session.id, body);
    call.subscribe({
      next: () => {
        this.busy.set(false);
        this.message.success(this.i18n.t(me ? 'sessions.register.saved' : 'sessions.register.registered'));
        this.saved.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const e = toApiError(error);
        this.fieldErrors.set(Object.fromEntries((e.errors ?? []).map((x) => [x.field, x.message])));
        this.formError.set(e.errors?.length ? e.errors.map((x) => x.message).join(this.i18n.t('sessions.register.errorSeparator')) : e.message);
      },
    });
  }
}
