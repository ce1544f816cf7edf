import {
  ChangeDetectionStrategy,
  Component,
  inject,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Page } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { of, Subject } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import {
  MatchingApi,
  MAX_PAGE_SIZE,
  type DismissalView,
} from '@scenematch/portal/matching/data-access/matching.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { DISMISS_REASON_KEYS } from '@scenematch/portal/matching/ui/match-format';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';

/**
 * The company's dismissed scenarios (已标记不感兴趣) with 恢复; shown only when there are some.
 * Emits `restored` after a restore (the recommendations change with it).
 */
@Component({
  selector: 'sm-dismissed-recommendations',
  imports: [
    BeijingTimePipe,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzTagModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    nz-card {
      margin-top: 16px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .small {
      font-size: 12px;
    }
    .dismissed {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 12px;
      padding: 8px 0;
      border-bottom: 1px solid #f0f0f0;
    }
    .dismissed:last-child {
      border-bottom: none;
    }
    .dismissed-body {
      min-width: 0;
    }
    .dismissed-body a {
      word-break: break-all;
    }
    .note {
      margin-top: 2px;
    }
  `,
  template: `
  @if (dismissed(); as d) {
    @if (d.total > 0) {
      <nz-card
        [nzTitle]="'matching.recommendations.dismissedTitle' | transloco"
        [nzExtra]="dismissedCountTpl"
        data-testid="dismissed-list"
      >
        @for (x of d.items; track x.scenario.id) {
          <div
            class="dismissed"
            [attr.data-id]="x.scenario.id"
            data-testid="dismissed-item"
          >
            <div class="dismissed-body">
              <a
                [routerLink]="['/scenarios', x.scenario.id]"
                data-i18n-skip
                >{{ x.scenario.title }}</a
              >
              <div class="muted small">
                @if (x.reason) {
                  <nz-tag>{{ reasonKeys[x.reason] | transloco }}</nz-tag>
                }
                @if (x.scenario.status !== 'published') {
                  <nz-tag>{{
                    'matching.recommendations.notOpen' | transloco
                  }}</nz-tag>
                }
                {{
                  'matching.recommendations.dismissedAt'
                    | transloco
                      : { at: (x.dismissedAt | bjTime: 'date') ?? '' }
                }}
              </div>
              @if (x.note) {
                <div class="muted small note" data-i18n-skip>
                  {{ x.note }}
                </div>
              }
            </div>
            <button
              nz-button
              nzSize="small"
              [nzLoading]="restoring() === x.scenario.id"
              (click)="restore(x)"
              data-testid="dismissed-restore"
            >
              <nz-icon nzType="rollback" />{{
                'matching.recommendations.restore' | transloco
              }}
            </button>
          </div>
        }
      </nz-card>
      <ng-template #dismissedCountTpl>
        <span class="muted">{{
          'matching.recommendations.dismissedCount'
            | transloco: { n: d.total }
        }}</span>
      </ng-template>
    }
  }
  `,
})
export class DismissedRecommendationsComponent {
  private readonly api = inject(MatchingApi);
  private readonly message = inject(NzMessageService);
  private readonly lang = inject(LanguageService);

  readonly restored = output<void>();

  protected readonly reasonKeys: Record<string, string> = DISMISS_REASON_KEYS;
  private readonly reload$ = new Subject<void>();
  protected readonly dismissed = toSignal(
    this.reload$.pipe(
      startWith(undefined),
      switchMap(() =>
        this.api.dismissed({ pageSize: MAX_PAGE_SIZE }).pipe(
          map((p): Page<DismissalView> | null => p),
          catchError(() => of(null)),
        ),
      ),
    ),
    { initialValue: null as Page<DismissalView> | null },
  );
  protected readonly restoring = signal<string | null>(null);

  reload(): void {
    this.reload$.next();
  }

  protected restore(d: DismissalView): void {
    this.restoring.set(d.scenario.id);
    this.api.restore(d.scenario.id).subscribe({
      next: () => {
        this.restoring.set(null);
        this.message.success(
          this.lang.t('matching.recommendations.restored', {
            title: d.scenario.title,
          }),
        );
        this.restored.emit();
      },
      error: (error: unknown) => {
        this.restoring.set(null);
        this.message.error(
          toApiError(error).message ||
            this.lang.t('matching.recommendations.restoreFailed'),
        );
      },
    });
  }
}
