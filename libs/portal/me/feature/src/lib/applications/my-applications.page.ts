import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatBeijing, type ApplicationView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Observable } from 'rxjs';
import { map } from 'rxjs/operators';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { ApplicationsApi } from '@scenematch/portal/applications/data-access/applications.api';
import { ApiActions } from '@scenematch/portal/shared/ui/ui/api-actions';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { applicationActions, formatQuote, type ApplicationUiAction } from '@scenematch/portal/shared/ui/application/application-format';
import { ApplicationStatusTagComponent } from '@scenematch/portal/shared/ui/application/application-status-tag.component';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';
import { DATA_TABLE, type TableColumn } from '@scenematch/portal/shared/ui/ui/data-table.component';
import { ReloadableList } from '@scenematch/portal/shared/ui/ui/reloadable-list';
import { ConsortiumInvitationsComponent } from './consortium-invitations.component';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

/**
 * 我的申报: the company's applications with their state, and 修改 / 提交 / 撤回 before the deadline;
 * above them the consortium invitations. On a phone each application is a card.
 */
@Component({
  selector: 'sm-my-applications-page',
  imports: [
    PageHeadComponent,
    TranslocoPipe,
    BeijingTimePipe,
    RouterLink,
    ...DATA_TABLE,
    NzButtonModule,
    NzIconModule,
    NzTagModule,
    ApplicationStatusTagComponent,
    ConsortiumInvitationsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-applications.page.html',
  styleUrls: ['../me-page.less'],
})
export class MyApplicationsPage {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ApplicationsApi);
  private readonly auth = inject(AuthStore);

  /** Deadlines as Beijing wall time: 2026-12-20 17:00. */
  protected readonly formatBeijing = formatBeijing;
  /** The submit and withdraw calls; `busy()` names the application whose call is under way. */
  private readonly actions = new ApiActions();
  protected readonly busy = this.actions.busy;
  protected readonly list = new ReloadableList(() => this.api.mine().pipe(map((page) => page.items)));
  protected readonly rowAttrs = (row: ApplicationView) => ({ 'data-id': row.id, 'data-status': row.status });
  protected readonly columns = computed<TableColumn<ApplicationView>[]>(() => {
    const t = (key: string) => this.i18n.t(key);
    return [
      { key: 'scenario', title: t('applications.mine.scenario') },
      { key: 'quote', title: t('applications.mine.quote'), width: '200px', value: (row) => formatQuote(row.quote, (key, params) => this.i18n.t(key, params)) },
      { key: 'status', title: t('applications.mine.status'), width: '130px' },
      { key: 'submittedAt', title: t('applications.mine.submittedAt'), width: '150px' },
      {
        key: 'actions',
        title: t('common.actions'),
        width: '220px',
        buttons: [
          { label: t('applications.mine.edit'), testid: 'row-edit', icon: 'edit', shown: (row) => this.can(row, 'edit'), link: (row) => ['/me/applications', row.id, 'edit'] },
          { label: t('applications.mine.submit'), testid: 'row-submit', type: 'primary', icon: 'send', question: t('applications.mine.confirmSubmit'), shown: (row) => this.can(row, 'submit'), busy: (row) => this.busy() === row.id, pressed: (row) => this.submit(row) },
          { label: t('applications.mine.withdraw'), testid: 'row-withdraw', danger: true, icon: 'rollback', question: t('applications.mine.confirmWithdraw'), shown: (row) => this.can(row, 'withdraw'), busy: (row) => this.busy() === row.id, pressed: (row) => this.withdraw(row) },
        ],
      },
    ];
  });

  protected can(row: ApplicationView, action: ApplicationUiAction): boolean {
    return applicationActions(row, this.auth.user()?.organisation?.id).includes(action);
  }

  protected isMember(row: ApplicationView): boolean {
    return row.company.id !== this.auth.user()?.organisation?.id;
  }

  protected submit(row: ApplicationView): void {
    this.run(row, this.api.submit(row.id), 'applications.mine.done.submit');
  }

  protected withdraw(row: ApplicationView): void {
    this.run(row, this.api.withdraw(row.id), 'applications.mine.done.withdraw');
  }

  private run(row: ApplicationView, call: Observable<ApplicationView>, done: string): void {
    this.actions.run(row.id, call, {
      done: this.i18n.t(done),
      settled: () => this.list.reload(),
    });
  }
}
