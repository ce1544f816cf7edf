import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { OrganisationSummary, ParticipantKind } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { of, Subject } from 'rxjs';
import { catchError, debounceTime, map, switchMap, tap } from 'rxjs/operators';
import { OrganisationsApi } from '@scenematch/portal/accounts/data-access/organisations.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { SessionPart } from './session-part';

/** Staff register an organisation (a company or an agency, found by name) with its number of meetings. */
@Component({
  selector: 'sm-participant-add',
  imports: [TranslocoPipe, FormsModule, NzButtonModule, NzCardModule, NzIconModule, NzInputNumberModule, NzSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="'sessionsAdmin.participants.add' | transloco" data-testid="participant-add">
      <div class="add">
        <nz-select class="kind" [(ngModel)]="kind" (ngModelChange)="kindChanged()" data-testid="participant-kind">
          <nz-option nzValue="enterprise" [nzLabel]="'sessionsAdmin.kinds.enterprise' | transloco" />
          <nz-option nzValue="agency" [nzLabel]="'sessionsAdmin.kinds.agency' | transloco" />
        </nz-select>
        <nz-select
          class="org"
          nzShowSearch
          nzServerSearch
          nzAllowClear
          [nzPlaceHolder]="'sessionsAdmin.participants.searchPlaceholder' | transloco"
          [nzNotFoundContent]="(searching() ? 'sessionsAdmin.participants.searching' : 'sessionsAdmin.participants.noMatch') | transloco"
          [(ngModel)]="organisationId"
          (nzOnSearch)="search($event)"
          data-testid="participant-organisation"
          data-i18n-skip
        >
          @for (o of options(); track o.id) {
            <nz-option [nzValue]="o.id" [nzLabel]="o.name" />
          }
        </nz-select>
        <nz-input-number [(ngModel)]="capacity" [nzMin]="0" [nzMax]="session().slots" [nzPrecision]="0" [nzPlaceHolder]="'sessionsAdmin.participants.capacity' | transloco" data-testid="participant-capacity" />
        <button nz-button nzType="primary" [disabled]="!organisationId" [nzLoading]="busy()" (click)="register()" data-testid="participant-register">
          <nz-icon nzType="user-add" />{{ 'sessionsAdmin.participants.register' | transloco }}
        </button>
      </div>
      <div class="muted">{{ 'sessionsAdmin.participants.capacityHint' | transloco }}</div>
      @if (addError(); as error) {
        <div class="error" data-testid="participant-add-error">{{ error }}</div>
      }
    </nz-card>
  `,
  styles: `
    nz-card { margin-bottom: 16px; }
    .add { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .kind { width: 120px; }
    .org { flex: 1 1 280px; min-width: 220px; }
    .muted { color: rgba(0, 0, 0, 0.45); }
    .error { color: #cf1322; margin-top: 8px; }
  `,
})
export class ParticipantAddComponent extends SessionPart implements OnInit {
  private readonly organisations = inject(OrganisationsApi);

  /** An organisation was registered. */
  readonly registered = output<void>();

  protected kind: ParticipantKind = 'enterprise';
  protected organisationId: string | null = null;
  protected capacity: number | null = null;
  protected readonly busy = signal(false);
  protected readonly options = signal<OrganisationSummary[]>([]);
  protected readonly searching = signal(false);
  protected readonly addError = signal<string | null>(null);
  private readonly search$ = new Subject<string>();

  constructor() {
    super();
    this.search$
      .pipe(
        debounceTime(250),
        tap(() => this.searching.set(true)),
        switchMap((q) =>
          this.organisations.search(this.kind, q).pipe(
            map((page) => page.items),
            catchError(() => of([] as OrganisationSummary[])),
          ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((items) => {
        this.searching.set(false);
        this.options.set(items);
      });
  }

  ngOnInit(): void {
    this.search$.next('');
  }

  protected search(q: string): void {
    this.search$.next(q);
  }

  protected kindChanged(): void {
    this.organisationId = null;
    this.options.set([]);
    this.search$.next('');
  }

  protected register(): void {
    if (!this.organisationId || this.busy()) return;
    this.busy.set(true);
    this.addError.set(null);
    const name = this.options().find((o) => o.id === this.organisationId)?.name ?? '';
    const body = { organisationId: this.organisationId, ...(this.capacity !== null ? { capacity: this.capacity } : {}) };
    this.api.register(this.session().id, body).subscribe({
      next: () => {
        this.busy.set(false);
        this.organisationId = null;
        this.capacity = null;
        this.message.success(this.i18n.t('sessionsAdmin.participants.registered', { name }));
        this.registered.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const e = toApiError(error);
        this.addError.set(e.errors?.map((x) => x.message).join(this.i18n.t('sessions.register.errorSeparator')) || e.message);
      },
    });
  }
}
