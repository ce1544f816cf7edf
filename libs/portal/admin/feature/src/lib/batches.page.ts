import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import type { ScenarioBatchView } from '@scenematch/contracts';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule, NzModalService } from 'ng-zorro-antd/modal';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { BatchesApi } from '@scenematch/portal/scenarios/data-access/batches.api';
import { ScenariosApi } from '@scenematch/portal/scenarios/data-access/scenarios.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { BATCH_STATUS_KEYS } from '@scenematch/portal/shared/ui/scenario/scenario-status-keys';
import { ReloadableList } from '@scenematch/portal/shared/ui/ui/reloadable-list';
import {
  DATA_TABLE,
  type TableColumn,
} from '@scenematch/portal/shared/ui/ui/data-table.component';
import { BatchFormDialogComponent } from './batch-form-dialog.component';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

const BATCH_STATUS_COLORS: Record<ScenarioBatchView['status'], string> = {
  draft: 'processing',
  published: 'success',
  closed: 'default',
};

/** 榜单批次: prepare numbered lists, release them (with their approved scenarios) and close them. */
@Component({
  selector: 'sm-batches-page',
  imports: [
    PageHeadComponent,
    BatchFormDialogComponent,
    DATA_TABLE,
    NzIconModule,
    NzModalModule,
    NzTagModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './batches.page.html',
  styleUrl: './admin-page.less',
})
export class BatchesPage {
  private readonly api = inject(BatchesApi);
  private readonly scenarios = inject(ScenariosApi);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);

  private readonly lang = inject(LanguageService);
  protected readonly colors = BATCH_STATUS_COLORS;

  protected readonly batches = new ReloadableList(() => this.api.list());
  protected readonly rows = this.batches.items;
  protected readonly columns = computed(
    (): TableColumn<ScenarioBatchView>[] => [
      {
        key: 'number',
        title: this.lang.t('scenarios.admin.batchNumber'),
        width: '90px',
        value: (b) =>
          this.lang.t('scenarios.admin.batchNumberValue', { n: b.number }),
      },
      {
        key: 'name',
        title: this.lang.t('scenarios.admin.batchName'),
        value: (b) => b.name,
        data: true,
      },
      {
        key: 'issuer',
        title: this.lang.t('scenarios.admin.batchIssuer'),
        value: (b) => b.issuer,
        data: true,
      },
      {
        key: 'window',
        title: this.lang.t('scenarios.admin.batchWindow'),
        width: '220px',
        value: (b) =>
          b.opensOn || b.closesOn
            ? this.lang.t('scenarios.admin.windowValue', {
                from: b.opensOn ?? '—',
                to: b.closesOn ?? '—',
              })
            : this.lang.t('scenarios.admin.windowNone'),
      },
      {
        key: 'status',
        title: this.lang.t('scenarios.admin.batchStatus'),
        width: '140px',
        tag: (b) => ({
          text: this.lang.t(BATCH_STATUS_KEYS[b.status]),
          color: this.colors[b.status],
        }),
        testId: 'batch-status',
      },
      {
        key: 'count',
        title: this.lang.t('scenarios.admin.batchScenarios'),
        width: '80px',
        value: (b) => b.scenarioCount,
        testId: 'batch-count',
      },
      {
        key: 'actions',
        title: this.lang.t('common.actions'),
        width: '220px',
        buttons: [
          {
            label: this.lang.t('scenarios.actions.edit'),
            testid: 'batch-edit',
            shown: (b) => b.status !== 'closed',
            pressed: (b) => this.openEdit(b),
          },
          {
            label: this.lang.t('scenarios.admin.publishBatch'),
            testid: 'batch-publish',
            type: 'primary',
            shown: (b) => b.status === 'draft',
            busy: (b) => this.busy() === b.id,
            pressed: (b) => void this.confirmPublish(b),
          },
          {
            label: this.lang.t('scenarios.admin.closeBatch'),
            testid: 'batch-close',
            danger: true,
            shown: (b) => b.status === 'published',
            busy: (b) => this.busy() === b.id,
            pressed: (b) => this.confirmClose(b),
          },
        ],
      },
    ],
  );
  protected readonly rowAttrs = (b: ScenarioBatchView) => ({
    'data-number': b.number,
  });

  protected readonly busy = signal<string | null>(null);
  private readonly dialog = viewChild.required(BatchFormDialogComponent);

  protected openCreate(): void {
    const next = Math.max(0, ...this.rows().map((b) => b.number)) + 1;
    this.dialog().openCreate(next);
  }

  protected openEdit(batch: ScenarioBatchView): void {
    this.dialog().openEdit(batch);
  }

  /** Asks with the number of approved scenarios that go live with the batch, then releases it. */
  protected async confirmPublish(batch: ScenarioBatchView): Promise<void> {
    if (this.busy()) return;
    this.busy.set(batch.id);
    let approved = 0;
    try {
      approved = (
        await firstValueFrom(
          this.scenarios.list({
            batch: batch.id,
            status: ['approved'],
            pageSize: 1,
          }),
        )
      ).total;
    } catch {
      // The count is information only; the release itself reports how many went live.
    }
    this.busy.set(null);
    const texts = {
      title: this.lang.t('scenarios.admin.publishBatchTitle'),
      content: this.lang.t('scenarios.admin.publishBatchContent', {
        n: approved,
      }),
      ok: this.lang.t('scenarios.admin.publishBatchOk'),
    };
    this.ask(batch, texts, async () => {
      const result = await firstValueFrom(this.api.publish(batch.id));
      return this.lang.t('scenarios.admin.batchPublished', {
        n: result.published,
      });
    });
  }

  protected confirmClose(batch: ScenarioBatchView): void {
    const texts = {
      title: this.lang.t('scenarios.admin.closeBatchTitle'),
      content: this.lang.t('scenarios.admin.closeBatchContent'),
      ok: this.lang.t('scenarios.admin.closeBatchOk'),
      danger: true,
    };
    this.ask(batch, texts, async () => {
      const result = await firstValueFrom(this.api.close(batch.id));
      return this.lang.t('scenarios.admin.batchClosed', { n: result.closed });
    });
  }

  /**
   * Asks before 发布 or 截止 of a batch; on OK runs the change (the dialog's button spins meanwhile),
   * says how it went and reloads the list.
   */
  private ask(
    batch: ScenarioBatchView,
    texts: { title: string; content: string; ok: string; danger?: boolean },
    change: () => Promise<string>,
  ): void {
    this.modal.confirm({
      nzTitle: `${texts.title}${this.lang.t('agency.colon')}${batch.name}`,
      nzContent: texts.content,
      nzOkText: texts.ok,
      nzOkDanger: texts.danger,
      nzCancelText: this.lang.t('common.cancel'),
      nzOnOk: async () => {
        this.busy.set(batch.id);
        try {
          this.message.success(await change());
        } catch (error) {
          this.message.error(toApiError(error).message);
        } finally {
          this.busy.set(null);
          this.batches.reload();
        }
      },
    });
  }
}
