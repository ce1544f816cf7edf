import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ApplicationView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Observable } from 'rxjs';
import { map } from 'rxjs/operators';
import { AuthStore } from '../../../core/auth/auth.store';
import { ApplicationsApi } from '../../../core/data-access/applications.api';
import { toApiError } from '../../../core/http/api-error';
import { TEXTS } from '../../../core/i18n/zh-cn';
import { APPLICATION_TEXTS } from '../../../core/i18n/zh-cn.applications';
import {
  applicationActions,
  formatQuote,
  type ApplicationUiAction,
} from '../../../shared/application/application-format';
import { ApplicationStatusTagComponent } from '../../../shared/application/application-status-tag.component';
import { ReloadableList } from '../../../shared/ui/reloadable-list';
import { BeijingTimePipe } from '../../../shared/text/beijing-time';

/** 我的申报: the company's applications with their state, and 修改 / 提交 / 撤回 before the deadline. */
@Component({
  selector: 'sm-my-applications-page',
  imports: [
    BeijingTimePipe,
    RouterLink,
    NzButtonModule,
    NzEmptyModule,
    NzIconModule,
    NzPopconfirmModule,
    NzResultModule,
    NzTableModule,
    NzTagModule,
    ApplicationStatusTagComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-applications.page.html',
  styleUrl: '../me-page.less',
})
export class MyApplicationsPage {
  private readonly api = inject(ApplicationsApi);
  private readonly auth = inject(AuthStore);
  private readonly message = inject(NzMessageService);

  protected readonly t = APPLICATION_TEXTS.mine;
  protected readonly common = TEXTS.common;
  protected readonly formatQuote = formatQuote;

  protected readonly busy = signal<string | null>(null);
  private readonly list = new ReloadableList(() =>
    this.api.mine().pipe(map((page) => page.items)),
  );
  protected readonly items = this.list.items;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;

  protected can(row: ApplicationView, action: ApplicationUiAction): boolean {
    return applicationActions(row, this.auth.user()?.organisation?.id).includes(
      action,
    );
  }

  protected isMember(row: ApplicationView): boolean {
    return row.company.id !== this.auth.user()?.organisation?.id;
  }

  protected submit(row: ApplicationView): void {
    this.run(row, this.api.submit(row.id), this.t.done.submit);
  }

  protected withdraw(row: ApplicationView): void {
    this.run(row, this.api.withdraw(row.id), this.t.done.withdraw);
  }

  private run(
    row: ApplicationView,
    call: Observable<ApplicationView>,
    done: string,
  ): void {
    if (this.busy()) return;
    this.busy.set(row.id);
    call.subscribe({
      next: () => {
        this.busy.set(null);
        this.message.success(done);
        this.list.reload();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const e = toApiError(error);
        const details = e.errors?.map((f) => f.message).join('；');
        this.message.error(details ? `${e.message}：${details}` : e.message);
        this.list.reload();
      },
    });
  }

  protected retry(): void {
    this.list.reload();
  }
}
