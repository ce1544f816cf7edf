import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import type { Page } from '@scenematch/contracts';
import {
  AuditApi,
  type AuditRecord,
  type AuditVerification,
} from '@scenematch/portal/admin/data-access/audit.api';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { AuditFiltersFormComponent } from './audit-filters-form.component';
import { AuditTableComponent } from './audit-table.component';
import { ApiActions } from '@scenematch/portal/shared/ui/ui/api-actions';
import { FileDownloads } from '@scenematch/portal/shared/ui/ui/file-downloads';
import { UrlList } from '@scenematch/portal/shared/ui/list/url-list';
import { urlListOptions } from '@scenematch/portal/shared/ui/list/list-filters';
import { auditFilterModel, type AuditListFilters } from './audit-filters';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

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

  protected readonly verifying = new ApiActions<'verify'>();
  protected readonly verification = signal<AuditVerification | null>(null);
  protected readonly exporting = new FileDownloads<'csv' | 'xlsx'>();
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
    this.verifying.run('verify', this.api.verify(), {
      then: (result) => this.verification.set(result),
      failed: (e) =>
        this.i18n.t('admin.audit.verifyFailedBecause', { message: e.message }),
    });
  }

  protected download(format: 'csv' | 'xlsx'): void {
    this.exporting.run(
      format,
      this.api.export(auditFilterModel.filtersToQuery(this.list.filters()), format),
      (e) => this.i18n.t('admin.audit.exportFailedBecause', { message: e.message }),
    );
  }
}
