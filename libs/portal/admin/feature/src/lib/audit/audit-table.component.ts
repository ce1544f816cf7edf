import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { JsonPipe } from '@angular/common';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AuditRecord } from '@scenematch/portal/admin/data-access/audit.api';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import {
  DATA_TABLE,
  type TableSource,
} from '@scenematch/portal/shared/ui/ui/data-table.component';
import {
  actionKey,
  auditColumns,
  entityTypeKey,
  roleKey,
} from './audit-options';

/**
 * One page of the audit trail: who did what to which object, each record opening on its user
 * agent, request id and details. Paging is the source's: it asks the server for the next page.
 */
@Component({
  selector: 'sm-audit-table',
  imports: [DATA_TABLE, JsonPipe, NzTagModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-table.component.html',
  styleUrl: './audit-table.component.less',
})
export class AuditTableComponent {
  private readonly i18n = inject(LanguageService);

  /** The page's records, paged on the server; a failed load shows its message and 重试. */
  readonly source = input.required<TableSource<AuditRecord>>();

  protected readonly totalText = (n: number) =>
    this.i18n.t('admin.audit.total', { n });
  protected readonly actionKey = actionKey;
  protected readonly roleKey = roleKey;
  protected readonly columns = computed(() =>
    auditColumns((key) => this.i18n.t(key)),
  );
  protected readonly rowAttrs = (r: AuditRecord) => ({
    'data-action': r.action,
    'data-outcome': r.outcome,
  });
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly isExpanded = (r: AuditRecord) => this.expanded().has(r.id);

  protected toggle(id: string, open: boolean): void {
    const next = new Set(this.expanded());
    if (open) next.add(id);
    else next.delete(id);
    this.expanded.set(next);
  }

  protected entityTypeLabel(type: string): string {
    const key = entityTypeKey(type);
    return key ? this.i18n.t(key) : type;
  }
}
