import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Subscription } from 'rxjs';
import {
  MatchingApi,
  type RebuildView,
} from '@scenematch/portal/matching/data-access/matching.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import {
  durationText,
  pollRebuild,
  PROGRESS_STATUS,
  rebuildPercent,
  STATUS_COLORS,
  STATUS_KEYS,
  upsertRun,
} from './rebuild-progress';
import { RebuildRunsTableComponent } from './rebuild-runs-table.component';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

/**
 * 智能匹配 (organisers): the latest full recomputations of the matches, the running one with live
 * progress, and the button that starts a new one.
 */

@Component({
  selector: 'sm-matching-admin-page',
  imports: [
    PageHeadComponent,
    ActionButtonComponent,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzProgressModule,
    NzResultModule,
    NzSkeletonModule,
    RebuildRunsTableComponent,
    NzTagModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './matching-admin.page.html',
  styleUrl: './matching-admin.page.less',
})
export class MatchingAdminPage {
  private readonly api = inject(MatchingApi);
  private readonly message = inject(NzMessageService);

  private readonly lang = inject(LanguageService);
  protected readonly statusKeys = STATUS_KEYS;
  protected readonly statusColors = STATUS_COLORS;
  protected readonly progressStatus = PROGRESS_STATUS;
  protected readonly percent = rebuildPercent;

  protected readonly runs = signal<RebuildView[]>([]);
  protected readonly state = signal<'loading' | 'done' | 'failed'>('loading');
  protected readonly loadError = signal<string | null>(null);
  protected readonly pollError = signal(false);
  protected readonly starting = signal(false);

  protected readonly latest = computed(() => this.runs()[0] ?? null);
  protected readonly running = computed(
    () => this.latest()?.status === 'running',
  );

  private poll: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.poll?.unsubscribe());
    this.load();
  }

  protected load(): void {
    this.state.set(this.runs().length ? 'done' : 'loading');
    this.api.rebuilds().subscribe({
      next: (runs) => {
        this.runs.set(runs);
        this.state.set('done');
        this.loadError.set(null);
        const running = runs.find((r) => r.status === 'running');
        if (running) this.follow(running.id);
      },
      error: (error: unknown) => {
        this.loadError.set(toApiError(error).message);
        this.state.set(this.runs().length ? 'done' : 'failed');
      },
    });
  }

  protected start(): void {
    if (this.starting()) return;
    this.starting.set(true);
    const wasRunning = this.runs().some((r) => r.status === 'running');
    this.api.startRebuild().subscribe({
      next: (run) => {
        this.starting.set(false);
        this.runs.update((runs) => upsertRun(runs, run));
        this.message.info(
          this.lang.t(
            wasRunning
              ? 'matching.admin.alreadyRunning'
              : 'matching.admin.started',
          ),
        );
        if (run.status === 'running') this.follow(run.id);
      },
      error: (error: unknown) => {
        this.starting.set(false);
        this.message.error(toApiError(error).message);
      },
    });
  }

  /** Polls a running rebuild every second until it completes or fails. */
  private follow(id: string): void {
    this.poll?.unsubscribe();
    this.pollError.set(false);
    this.poll = pollRebuild((runId) => this.api.rebuild(runId), id).subscribe({
      next: (run) => {
        this.runs.update((runs) => upsertRun(runs, run));
        if (run.status === 'completed')
          this.message.success(this.lang.t('matching.admin.completed'));
        if (run.status === 'failed')
          this.message.error(this.lang.t('matching.admin.failed'));
      },
      error: () => this.pollError.set(true),
    });
  }

  protected duration(run: RebuildView): string {
    return durationText(run, (key, params) => this.lang.t(key, params));
  }

  /** The organiser's words: the work is split into parts (shards) computed one by one. */
  protected shards(run: RebuildView): string {
    if (run.shards <= 0) return this.lang.t('matching.admin.shardsPreparing');
    if (run.shardsDone >= run.shards)
      return this.lang.t('matching.admin.shardsDone', { total: run.shards });
    return this.lang.t('matching.admin.shardsProgress', {
      done: run.shardsDone,
      total: run.shards,
    });
  }
}
