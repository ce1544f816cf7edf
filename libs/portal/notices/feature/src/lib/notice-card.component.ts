import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';
import {
  ApplicationsApi,
  type NoticeView,
  type ObjectionView,
} from '@scenematch/portal/applications/data-access/applications.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { formatQuote } from '@scenematch/portal/shared/ui/application/application-format';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';
import { noticeState } from './notice-format';
import { NoticeObjectionsComponent } from './notice-objections.component';

/**
 * One notice: the scenario, its period and its winners; 提出异议 while it runs; for staff its
 * objections and 确认揭榜.
 */
@Component({
  selector: 'sm-notice-card',
  imports: [
    TranslocoPipe,
    BeijingTimePipe,
    RouterLink,
    NzCardModule,
    NzTagModule,
    ActionButtonComponent,
    NoticeObjectionsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notice-card.component.html',
  styles: `
    :host {
      display: block;
      margin-bottom: 16px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
    }
    .winners-title {
      font-size: 15px;
      margin: 12px 0 8px;
    }
    .winners {
      margin: 0;
      padding-left: 18px;
    }
    .winners li span {
      margin-left: 12px;
    }
    .notice-actions {
      margin-top: 12px;
    }
  `,
})
export class NoticeCardComponent {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ApplicationsApi);
  private readonly message = inject(NzMessageService);
  private readonly translate = (
    key: string,
    params?: Record<string, unknown>,
  ) => this.i18n.t(key, params);

  readonly notice = input.required<NoticeView>();
  /** Its objections (staff only). */
  readonly objections = input<ObjectionView[]>([]);
  readonly staff = input(false);
  readonly signedIn = input(false);
  /** The clock of the countdown. */
  readonly now = input(new Date());
  /** 提出异议 on this notice. */
  readonly object = output<NoticeView>();
  /** The notice or one of its objections changed: the notices are read again. */
  readonly changed = output<void>();

  protected readonly state = computed(() =>
    noticeState(this.translate, this.notice(), this.now()),
  );
  protected readonly confirmable = computed(
    () => this.staff() && this.notice().status === 'in_notice',
  );
  protected readonly working = signal(false);

  protected formatQuote(yuan: number): string {
    return formatQuote(yuan, this.translate);
  }

  /** 确认揭榜; the API's 409 (notice not over, objections pending) is shown as it is. */
  protected confirm(): void {
    if (this.working()) return;
    this.working.set(true);
    this.api.confirmNotice(this.notice().id).subscribe({
      next: () => {
        this.working.set(false);
        this.message.success(this.i18n.t('applications.notices.confirmed2'));
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.working.set(false);
        this.message.error(toApiError(error).message);
      },
    });
  }
}
