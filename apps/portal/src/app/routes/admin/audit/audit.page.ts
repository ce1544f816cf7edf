import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { formatDate, JsonPipe } from '@angular/common';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import {
  AuditApi,
  type AuditFilters,
  type AuditOutcome,
  type AuditRecord,
  type AuditVerification,
} from '../../../core/data-access/audit.api';
import { saveFile } from '../../../core/data-access/download';
import { toApiError } from '../../../core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../../core/i18n/language.service';
import { ADMIN_ROLE_KEYS } from '../accounts/account-keys';
import { auditFiltersOf, type AuditFilterForm } from './audit-filters';
import {
  DATA_TABLE,
  type TableColumn,
} from '../../../shared/ui/data-table.component';

/** The prefix of sign-in and account actions (auth.login …), kept apart so that the codes do not read as catalogue keys. */
const AUTH = 'auth.';
/** Action filters (a code, or a prefix ending in '.') and their names, as catalogue keys. */
const ACTIONS: ReadonlyArray<{ value: string; key: string }> = [
  { value: AUTH, key: 'admin.audit.actions.authAll' },
  { value: `${AUTH}login`, key: 'admin.audit.actions.login' },
  { value: `${AUTH}logout`, key: 'admin.audit.actions.logout' },
  { value: `${AUTH}refresh`, key: 'admin.audit.actions.refresh' },
  { value: 'user.', key: 'admin.audit.actions.user' },
  { value: `${AUTH}register`, key: 'admin.audit.actions.register' },
  { value: `${AUTH}mfa`, key: 'admin.audit.actions.mfa' },
  { value: `${AUTH}password`, key: 'admin.audit.actions.password' },
  { value: 'access.denied', key: 'admin.audit.actions.denied' },
  { value: 'scenario.', key: 'admin.audit.actions.scenario' },
  { value: 'batch.', key: 'admin.audit.actions.batch' },
  { value: 'product.', key: 'admin.audit.actions.product' },
  { value: 'company.', key: 'admin.audit.actions.company' },
  { value: 'launch-event.', key: 'admin.audit.actions.launchEvent' },
  { value: 'application.', key: 'admin.audit.actions.application' },
  { value: 'review.', key: 'admin.audit.actions.review' },
  { value: 'award.', key: 'admin.audit.actions.award' },
  { value: 'organisation.', key: 'admin.audit.actions.organisation' },
  { value: 'matching.', key: 'admin.audit.actions.matching' },
  { value: 'session.', key: 'admin.audit.actions.session' },
  { value: 'notification.', key: 'admin.audit.actions.notification' },
  { value: 'stats.', key: 'admin.audit.actions.stats' },
  { value: 'audit.', key: 'admin.audit.actions.audit' },
];
const ENTITIES: ReadonlyArray<{ value: string; key: string }> = [
  { value: 'user', key: 'admin.audit.entities.user' },
  { value: 'organisation', key: 'admin.audit.entities.organisation' },
  { value: 'scenario', key: 'admin.audit.entities.scenario' },
  { value: 'batch', key: 'admin.audit.entities.batch' },
  { value: 'product', key: 'admin.audit.entities.product' },
  { value: 'application', key: 'admin.audit.entities.application' },
  { value: 'award', key: 'admin.audit.entities.award' },
  { value: 'launch-event', key: 'admin.audit.entities.launchEvent' },
  { value: 'session', key: 'admin.audit.entities.session' },
  { value: 'notification', key: 'admin.audit.entities.notification' },
];
const OUTCOME_KEYS: Record<AuditOutcome, string> = {
  success: 'admin.audit.outcomes.success',
  failure: 'admin.audit.outcomes.failure',
  denied: 'admin.audit.outcomes.denied',
};
const OUTCOME_COLORS: Record<AuditOutcome, string> = {
  success: 'success',
  failure: 'warning',
  denied: 'error',
};

/**
 * 审计日志 (organisers and admins): the hash-chained trail filtered by action, user, object,
 * outcome and date range, paged on the server; the integrity check; CSV and Excel exports of
 * the same filters.
 */
@Component({
  selector: 'sm-audit-page',
  imports: [
    DATA_TABLE,
    JsonPipe,
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDatePickerModule,
    NzFormModule,
    NzGridModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzTagModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit.page.html',
  styleUrls: ['../admin-page.less', './audit.page.less'],
})
export class AuditPage {
  private readonly api = inject(AuditApi);
  private readonly message = inject(NzMessageService);

  private readonly i18n = inject(LanguageService);
  protected readonly actionOptions = ACTIONS;
  protected readonly entityOptions = ENTITIES;
  protected readonly outcomeKeys = OUTCOME_KEYS;
  protected readonly totalText = (n: number) => this.i18n.t('admin.audit.total', { n });
  protected readonly outcomeColors = OUTCOME_COLORS;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    action: [''],
    actor: [''],
    entityType: [''],
    entityId: [''],
    outcome: [''],
    dates: [[] as Date[]],
  });

  protected readonly columns = computed((): TableColumn<AuditRecord>[] => [
    {
      key: 'at',
      title: this.i18n.t('admin.audit.columns.at'),
      width: '170px',
      value: (r) => formatDate(r.at, 'yyyy-MM-dd HH:mm:ss', 'en-US', '+0800'),
    },
    { key: 'action', title: this.i18n.t('admin.audit.columns.action') },
    { key: 'actor', title: this.i18n.t('admin.audit.columns.actor'), testId: 'audit-actor' },
    { key: 'entity', title: this.i18n.t('admin.audit.columns.entity') },
    {
      key: 'outcome',
      title: this.i18n.t('admin.audit.columns.outcome'),
      width: '80px',
      tag: (r) => ({
        text: this.i18n.t(OUTCOME_KEYS[r.outcome]),
        color: this.outcomeColors[r.outcome],
      }),
      testId: 'audit-outcome',
    },
    {
      key: 'source',
      title: this.i18n.t('admin.audit.columns.source'),
      width: '140px',
      value: (r) => r.ip,
    },
  ]);
  protected readonly rowAttrs = (r: AuditRecord) => ({
    'data-action': r.action,
    'data-outcome': r.outcome,
  });
  protected readonly isExpanded = (r: AuditRecord) => this.expanded().has(r.id);

  protected readonly items = signal<AuditRecord[]>([]);
  protected readonly total = signal(0);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());

  protected readonly verifying = signal(false);
  protected readonly verification = signal<AuditVerification | null>(null);
  protected readonly exporting = signal<'csv' | 'xlsx' | null>(null);

  /** The filters of the last query: paging and exports use them, not half-typed form values. */
  private applied: AuditFilters = {};

  constructor() {
    this.load();
  }

  protected search(): void {
    this.applied = auditFiltersOf(this.form.getRawValue() as AuditFilterForm);
    this.page.set(1);
    this.load();
  }

  protected reset(): void {
    this.form.reset();
    this.search();
  }

  protected changePage(page: number): void {
    this.page.set(page);
    this.load();
  }

  protected changePageSize(size: number): void {
    this.pageSize.set(size);
    this.page.set(1);
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.api.list(this.applied, this.page(), this.pageSize()).subscribe({
      next: (page) => {
        this.items.set(page.items);
        this.total.set(page.total);
        this.loading.set(false);
        this.loadError.set(null);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.loadError.set(toApiError(error).message);
      },
    });
  }

  protected verify(): void {
    this.verifying.set(true);
    this.api.verify().subscribe({
      next: (result) => {
        this.verifying.set(false);
        this.verification.set(result);
      },
      error: (error: unknown) => {
        this.verifying.set(false);
        this.message.error(
          this.i18n.t('admin.audit.verifyFailedBecause', { message: toApiError(error).message }),
        );
      },
    });
  }

  protected download(format: 'csv' | 'xlsx'): void {
    if (this.exporting()) return;
    this.exporting.set(format);
    this.api.export(this.applied, format).subscribe({
      next: (file) => {
        this.exporting.set(null);
        saveFile(file);
      },
      error: (error: unknown) => {
        this.exporting.set(null);
        this.message.error(
          this.i18n.t('admin.audit.exportFailedBecause', { message: toApiError(error).message }),
        );
      },
    });
  }

  protected toggle(id: string, open: boolean): void {
    const next = new Set(this.expanded());
    if (open) next.add(id);
    else next.delete(id);
    this.expanded.set(next);
  }

  /** The action's name as a catalogue key: its own, else its group's; '' when it has none. */
  protected actionKey(action: string): string {
    return (
      ACTIONS.find((a) => a.value === action)?.key ??
      ACTIONS.find((a) => a.value.endsWith('.') && action.startsWith(a.value))
        ?.key ??
      ''
    );
  }

  protected entityTypeLabel(type: string): string {
    const key = ENTITIES.find((e) => e.value === type)?.key;
    return key ? this.i18n.t(key) : type;
  }

  protected roleKey(role: string): string | null {
    return ADMIN_ROLE_KEYS[role as keyof typeof ADMIN_ROLE_KEYS] ?? null;
  }
}
