import {
  ChangeDetectionStrategy,
  Component,
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
import { AUDIT_TEXTS } from '../../../core/i18n/zh-cn.audit';
import { auditFiltersOf, type AuditFilterForm } from './audit-filters';
import {
  DATA_TABLE,
  type TableColumn,
} from '../../../shared/ui/data-table.component';

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
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit.page.html',
  styleUrls: ['../admin-page.less', './audit.page.less'],
})
export class AuditPage {
  private readonly api = inject(AuditApi);
  private readonly message = inject(NzMessageService);

  protected readonly t = AUDIT_TEXTS;
  protected readonly outcomeColors = OUTCOME_COLORS;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    action: [''],
    actor: [''],
    entityType: [''],
    entityId: [''],
    outcome: [''],
    dates: [[] as Date[]],
  });

  protected readonly columns: TableColumn<AuditRecord>[] = [
    {
      key: 'at',
      title: this.t.columns.at,
      width: '170px',
      value: (r) => formatDate(r.at, 'yyyy-MM-dd HH:mm:ss', 'en-US', '+0800'),
    },
    { key: 'action', title: this.t.columns.action },
    { key: 'actor', title: this.t.columns.actor, testId: 'audit-actor' },
    { key: 'entity', title: this.t.columns.entity },
    {
      key: 'outcome',
      title: this.t.columns.outcome,
      width: '80px',
      tag: (r) => ({
        text: this.t.outcomes[r.outcome],
        color: this.outcomeColors[r.outcome],
      }),
      testId: 'audit-outcome',
    },
    {
      key: 'source',
      title: this.t.columns.source,
      width: '140px',
      value: (r) => r.ip,
    },
  ];
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
          `${this.t.verifyFailed}：${toApiError(error).message}`,
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
          `${this.t.exportFailed}：${toApiError(error).message}`,
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

  protected actionLabel(action: string): string {
    return (
      this.t.actions.find((a) => a.value === action)?.label ??
      this.t.actions.find(
        (a) => a.value.endsWith('.') && action.startsWith(a.value),
      )?.label ??
      ''
    );
  }

  protected entityTypeLabel(type: string): string {
    return this.t.entities.find((e) => e.value === type)?.label ?? type;
  }
}
