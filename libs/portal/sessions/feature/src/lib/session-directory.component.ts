import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, OnInit, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  PARTICIPANT_CATEGORIES,
  type DirectoryEntry,
  type DirectoryView,
  type ParticipantCategory,
  type ParticipantKind,
  type SessionNeed,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { of, Subject } from 'rxjs';
import { catchError, debounceTime, distinctUntilChanged, switchMap } from 'rxjs/operators';
import { SessionsApi } from '@scenematch/portal/sessions/data-access/sessions.api';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import type { Translate } from '@scenematch/portal/auth/ui/auth-errors';
import { INVESTMENT_STAGE_KEYS, NEED_TYPE_KEYS, PARTICIPANT_CATEGORY_KEYS } from '@scenematch/portal/sessions/ui/session-keys';

export const CATEGORY_COLORS: Record<ParticipantCategory, string> = { enterprise: 'blue', agency: 'cyan', finance: 'gold', investor: 'purple' };

/** A need's amount range in 万元 (10k CNY), or '' when it has none. */
export function amountRange(t: Translate, min: number | null, max: number | null): string {
  if (min !== null && max !== null) return t('sessions.needs.amountBetween', { min, max });
  if (min !== null) return t('sessions.needs.amountFrom', { min });
  if (max !== null) return t('sessions.needs.amountUpTo', { max });
  return '';
}

/** One line describing a need: its amounts, term or stages, and who it is for (audience and sectors as entered). */
export function needSummary(t: Translate, need: SessionNeed): string {
  const separator = t('sessions.listSeparator');
  const parts = [amountRange(t, need.amountMin, need.amountMax)];
  if (need.type === 'loan') {
    if (need.termMonths) parts.push(t('sessions.needs.termMonths', { n: need.termMonths }));
    if (need.audience) parts.push(need.audience);
  } else {
    if (need.stages.length) parts.push(need.stages.map((s) => t(INVESTMENT_STAGE_KEYS[s])).join(separator));
    if (need.sectors.length) parts.push(need.sectors.join(separator));
  }
  return parts.filter(Boolean).join(' · ');
}

/**
 * 参会名录: who is coming to a session, searchable and filtered by kind, with each one's scenarios,
 * needs or products. Contacts come from the server only for registered participants and staff; a
 * registered participant asks to meet (约见) an organisation of the other side from its card.
 */
@Component({
  selector: 'sm-session-directory',
  imports: [TranslocoPipe, FormsModule, NzAlertModule, NzButtonModule, NzEmptyModule, NzIconModule, NzInputModule, NzResultModule, NzSkeletonModule, NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="directory" data-testid="directory">
      <div class="toolbar">
        <nz-input-group class="search" nzPrefixIcon="search">
          <input nz-input [ngModel]="q()" (ngModelChange)="search$.next($event)" [placeholder]="'sessions.directory.search' | transloco" maxlength="50" data-testid="directory-search" />
        </nz-input-group>
        <div class="kinds" role="group" [attr.aria-label]="'sessions.directory.title' | transloco">
          <nz-tag nzMode="checkable" [nzChecked]="!category()" (nzCheckedChange)="setCategory(null)" data-testid="directory-kind-all">{{ 'sessions.directory.allKinds' | transloco }}</nz-tag>
          @for (c of categories; track c) {
            <nz-tag nzMode="checkable" [nzChecked]="category() === c" (nzCheckedChange)="setCategory(c)" [attr.data-testid]="'directory-kind-' + c">
              {{ 'sessions.directory.kindCount' | transloco: { label: (labels[c] | transloco), n: view()?.byCategory?.[c] ?? 0 } }}
            </nz-tag>
          }
        </div>
      </div>
      @if (view() && !view()!.contactsVisible) {
        <nz-alert nzType="info" nzShowIcon [nzMessage]="(signedIn() ? 'sessions.directory.contactsHidden' : 'sessions.directory.contactsHiddenSignIn') | transloco" class="hint" data-testid="directory-contacts-hidden" />
      }
      @if (failed()) {
        <nz-result nzStatus="error" [nzTitle]="'sessions.directory.loadFailed' | transloco">
          <div nz-result-extra><button nz-button (click)="reload()">{{ 'sessions.directory.retry' | transloco }}</button></div>
        </nz-result>
      } @else if (!view()) {
        <nz-skeleton [nzActive]="true" />
      } @else {
        <div class="muted small">{{ 'sessions.directory.total' | transloco: { n: view()!.total } }}</div>
        <div class="cards">
          @for (e of view()!.items; track e.participantId) {
            <article class="card" data-testid="directory-entry" [attr.data-org]="e.organisation.id">
              <header>
                <strong class="name" data-i18n-skip>{{ e.organisation.name }}</strong>
                <nz-tag [nzColor]="colors[e.category]">{{ labels[e.category] | transloco }}</nz-tag>
              </header>
              @if (e.scenarios.length) {
                <div class="label">{{ 'sessions.directory.scenarios' | transloco }}</div>
                <ul data-i18n-skip>@for (sc of e.scenarios; track sc.id) { <li>{{ sc.title }}</li> }</ul>
              }
              @if (e.needs.length) {
                <div class="label">{{ 'sessions.directory.needs' | transloco }}</div>
                <ul>
                  @for (n of e.needs; track n.id) {
                    <li data-testid="directory-need">
                      <nz-tag>{{ needTypes[n.type] | transloco }}</nz-tag><span data-i18n-skip>{{ n.name }}</span>
                      <!-- Amounts and stages in the reader's language, audience and sectors as entered. -->
                      <div class="muted small" data-i18n-skip>{{ summary(n) }}</div>
                    </li>
                  }
                </ul>
              }
              @if (e.products.length) {
                <div class="label">{{ 'sessions.directory.products' | transloco }}</div>
                <div class="products" data-i18n-skip>@for (p of e.products; track p.id) { <nz-tag>{{ p.name }}</nz-tag> }</div>
              }
              @if (e.contact; as c) {
                <div class="contact" data-testid="directory-contact" data-i18n-skip>
                  <nz-icon nzType="user" /> {{ c.name || '—' }}
                  @if (c.phone) { <span><nz-icon nzType="phone" /> <a [href]="'tel:' + c.phone">{{ c.phone }}</a></span> }
                  @if (c.email) { <span><nz-icon nzType="mail" /> <a [href]="'mailto:' + c.email">{{ c.email }}</a></span> }
                </div>
              }
              @if (canAsk(e)) {
                <footer>
                  @if (asked().has(e.organisation.id)) {
                    <nz-tag nzColor="green">{{ 'sessions.directory.asked' | transloco }}</nz-tag>
                  } @else {
                    <button nz-button nzType="primary" nzSize="small" [disabled]="!requestsOpen()" (click)="ask.emit(e)" data-testid="directory-ask">{{ 'sessions.directory.ask' | transloco }}</button>
                  }
                </footer>
              }
            </article>
          } @empty {
            <nz-empty [nzNotFoundContent]="'sessions.directory.empty' | transloco" />
          }
        </div>
      }
    </div>
  `,
  styles: `
    .toolbar { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin-bottom: 12px; }
    .search { flex: 1 1 260px; max-width: 420px; }
    .kinds { display: flex; flex-wrap: wrap; gap: 6px 0; }
    .hint { margin-bottom: 12px; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr)); gap: 12px; margin-top: 8px; }
    .card { border: 1px solid #f0f0f0; border-radius: 8px; padding: 12px 14px; background: #fff; min-width: 0; display: flex; flex-direction: column; gap: 4px; }
    header { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; }
    .name { font-size: 15px; overflow-wrap: anywhere; }
    .label { color: rgba(0, 0, 0, 0.45); font-size: 12px; margin-top: 6px; }
    ul { margin: 0; padding-left: 18px; }
    li { overflow-wrap: anywhere; }
    .products { display: flex; flex-wrap: wrap; gap: 4px 0; }
    .contact { display: flex; flex-wrap: wrap; gap: 4px 12px; margin-top: 8px; padding-top: 8px; border-top: 1px dashed #f0f0f0; overflow-wrap: anywhere; }
    footer { margin-top: auto; padding-top: 8px; display: flex; justify-content: flex-end; }
    .muted { color: rgba(0, 0, 0, 0.45); }
    .small { font-size: 12px; }
  `,
})
export class SessionDirectoryComponent implements OnInit {
  private readonly api = inject(SessionsApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly sessionId = input.required<string>();
  readonly signedIn = input(false);
  /** The caller's side when it is registered (it may ask the other side), else null. */
  readonly myKind = input<ParticipantKind | null>(null);
  readonly asked = input<Set<string>>(new Set());
  readonly requestsOpen = input(false);
  readonly ask = output<DirectoryEntry>();

  private readonly i18n = inject(LanguageService);
  protected readonly categories = PARTICIPANT_CATEGORIES;
  protected readonly labels = PARTICIPANT_CATEGORY_KEYS;
  protected readonly colors = CATEGORY_COLORS;
  protected readonly needTypes = NEED_TYPE_KEYS;
  protected readonly summary = (need: SessionNeed) => needSummary((key, params) => this.i18n.t(key, params), need);

  protected readonly q = signal('');
  protected readonly category = signal<ParticipantCategory | null>(null);
  protected readonly view = signal<DirectoryView | null>(null);
  protected readonly failed = signal(false);
  protected readonly search$ = new Subject<string>();
  private readonly query$ = new Subject<void>();
  protected readonly canAsk = (e: DirectoryEntry) => !!this.myKind() && this.myKind() !== e.kind;

  ngOnInit(): void {
    this.search$.pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed(this.destroyRef)).subscribe((q) => {
      this.q.set(q.trim());
      this.reload();
    });
    this.query$
      .pipe(
        switchMap(() =>
          this.api.directory(this.sessionId(), { q: this.q() || undefined, category: this.category() }).pipe(catchError(() => of(null))),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((view) => {
        this.failed.set(!view);
        if (view) this.view.set(view);
      });
    this.reload();
  }

  protected setCategory(c: ParticipantCategory | null): void {
    this.category.set(c);
    this.reload();
  }

  protected reload(): void {
    this.query$.next();
  }
}
