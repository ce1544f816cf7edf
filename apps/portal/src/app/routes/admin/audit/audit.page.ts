import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import type { Page } from '@scenematch/contracts';
import {
  AuditApi,
  type AuditRecord,
  type AuditVerification,
} from '../../../core/data-access/audit.api';
import { saveFile } from '../../../core/data-access/download';
import { toApiError } from '../../../core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../../core/i18n/language.service';
import { AuditFiltersFormComponent } from './audit-filters-form.component';
import { AuditTableComponent } from './audit-table.component';
import { UrlList } from '../../../shared/list/url-list';
import { urlListOptions } from '../../../shared/list/list-filters';
import { auditFilterModel, type AuditListFilters } from './audit-filters';
import { PageHeadComponent } from '../../../shared/ui/page-head.component';

/**
 * 审计日志 (organisers and admins): the hash-chained trail filtered by action, user, object,
 * outcome and date range (kept in the URL with the paging), paged on the server; the integrity
 * check; CSV and Excel exports of the same filters.
 */
@Component({
  selector: 'sm-audit-page',
  imports: [
    PageHeadComponent,
    AuditFiltersFormComponent,
    AuditTableComponent,
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
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

  /** The trail, a page at a time, for the URL's filters (exports use them too). */
  protected readonly list = new UrlList<AuditListFilters, Page<AuditRecord>>({
    ...urlListOptions(auditFilterModel),
    load: (filters) =>
      this.api.list(
        auditFilterModel.filtersToQuery(filters),
        filters.page,
        filters.pageSize,
      ),
    loadFailed: '',
  });

  protected readonly verifying = signal(false);
  protected readonly verification = signal<AuditVerification | null>(null);
  protected readonly exporting = signal<'csv' | 'xlsx' | null>(null);
  /** The export buttons, by format. */
  protected readonly exports = [
    { format: 'csv', icon: 'download', label: 'admin.audit.exportCsv' },
    { format: 'xlsx', icon: 'file-excel', label: 'admin.audit.exportXlsx' },
  ] as const;

  /** Runs a query with these filters from page 1 (again, when they have not changed). */
  protected search(filters: Omit<AuditListFilters, 'page' | 'pageSize'>): void {
    const current = this.list.filters();
    const next = { ...current, ...filters, page: 1 };
    if (
      JSON.stringify(auditFilterModel.filtersToParams(next)) ===
      JSON.stringify(auditFilterModel.filtersToParams(current))
    )
      this.list.retry();
    else this.list.apply(next);
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
          this.i18n.t('admin.audit.verifyFailedBecause', {
            message: toApiError(error).message,
          }),
        );
      },
    });
  }

  protected download(format: 'csv' | 'xlsx'): void {
    if (this.exporting()) return;
    this.exporting.set(format);
    this.api
      .export(auditFilterModel.filtersToQuery(this.list.filters()), format)
      .subscribe({
        next: (file) => {
          this.exporting.set(null);
          saveFile(file);
        },
        error: (error: unknown) => {
          this.exporting.set(null);
          this.message.error(
            this.i18n.t('admin.audit.exportFailedBecause', {
              message: toApiError(error).message,
            }),
          );
        },
      });
  }
}
