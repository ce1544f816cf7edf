import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatBeijing } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { RecommendationView } from '@scenematch/portal/matching/data-access/matching.api';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { MatchReasonsComponent } from '@scenematch/portal/matching/ui/match-reasons.component';
import { ScoreRingComponent } from '@scenematch/portal/matching/ui/score-ring.component';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';

/**
 * A recommended scenario: its score, facts, the invitation or the lowering by dismissed ones, the
 * reasons, and 为什么推荐 (`why`), 不感兴趣 (`dismiss`) and 去申报.
 */
@Component({
  selector: 'sm-recommendation-card',
  imports: [
    ActionButtonComponent,
    BeijingTimePipe,
    MatchReasonsComponent,
    NzButtonModule,
    NzIconModule,
    NzTagModule,
    RouterLink,
    ScoreRingComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.invited]': '!!rec().invitation' },
  styleUrl: './recommendation-card.component.less',
  template: `
      @let r = rec();
      <sm-score-ring
        class="score"
        [score]="r.score"
        data-testid="recommendation-score"
        [attr.data-score]="r.score"
      />
      <div class="body">
        <a
          class="title"
          [routerLink]="['/scenarios', r.scenario.id]"
          data-testid="recommendation-title"
          data-i18n-skip
          >{{ r.scenario.title }}</a
        >
        <div class="meta">
          <nz-tag nzColor="blue" data-i18n-skip>{{
            r.scenario.domain
          }}</nz-tag>
          <span class="meta-item" data-i18n-skip
            ><nz-icon nzType="bank" />{{ r.scenario.agency }}</span
          >
          @if (r.scenario.batch) {
            <span class="meta-item" data-i18n-skip
              ><nz-icon nzType="profile" />{{ r.scenario.batch }}</span
            >
          }
          <span class="meta-item"
            ><nz-icon nzType="calendar" />{{
              r.scenario.deadline
                ? ('matching.recommendations.deadlineValue'
                  | transloco: { d: formatBeijing(r.scenario.deadline) })
                : ('matching.recommendations.noDeadline' | transloco)
            }}</span
          >
        </div>
        @if (r.invitation; as inv) {
          <div
            class="signal invited-note"
            data-testid="recommendation-invited"
          >
            <nz-tag nzColor="gold"
              ><nz-icon nzType="mail" />{{
                'matching.recommendations.invited' | transloco
              }}</nz-tag
            >
            <span data-i18n-skip>{{
              'matching.recommendations.invitedBy'
                | transloco: { by: inv.by, at: (inv.at | bjTime) ?? '' }
            }}</span>
            @if (inv.message) {
              <div class="muted small" data-i18n-skip>
                {{
                  'matching.recommendations.invitationMessage'
                    | transloco: { m: inv.message }
                }}
              </div>
            }
          </div>
        }
        @if (r.lowered; as low) {
          <div
            class="signal lowered-note"
            data-testid="recommendation-lowered"
          >
            <nz-tag>{{
              'matching.recommendations.lowered'
                | transloco: { points: low.points }
            }}</nz-tag>
            <span class="muted small" data-i18n-skip
              >{{
                'matching.recommendations.loweredBecause'
                  | transloco: { titles: loweredTitles() }
              }}
              @if (low.shared.length) {
                {{ loweredShared() }}
              }
            </span>
          </div>
        }
        <sm-match-reasons
          class="reasons"
          [reasons]="r.reasons"
          color="green"
          tagTestId="recommendation-reason"
        />
        <div class="actions">
          <sm-action-button
            icon="question-circle"
            testid="recommendation-why"
            (pressed)="why.emit()"
          >
            {{ 'matching.recommendations.why' | transloco }}
          </sm-action-button>
          <sm-action-button
            type="text"
            icon="stop"
            testid="recommendation-dismiss"
            (pressed)="dismiss.emit()"
          >
            {{ 'matching.recommendations.dismiss' | transloco }}
          </sm-action-button>
          <a
            nz-button
            nzType="primary"
            [routerLink]="['/scenarios', r.scenario.id]"
            data-testid="recommendation-apply"
            >{{ 'matching.recommendations.apply' | transloco
            }}<nz-icon nzType="arrow-right"
          /></a>
        </div>
      </div>
  `,
})
export class RecommendationCardComponent {
  private readonly lang = inject(LanguageService);

  readonly rec = input.required<RecommendationView>();
  readonly why = output<void>();
  readonly dismiss = output<void>();

  /** Deadlines as Beijing wall time: 2026-12-20 17:00. */
  protected readonly formatBeijing = formatBeijing;

  protected readonly loweredTitles = computed(() =>
    (this.rec().lowered?.because ?? [])
      .map((b) => b.title)
      .join(this.lang.language() === 'en' ? '”, “' : '」「'),
  );

  /** What a lowered recommendation shares with the dismissed ones (the API words it in the reader's language). */
  protected readonly loweredShared = computed(() =>
    this.lang.t('matching.recommendations.loweredShared', {
      shared: (this.rec().lowered?.shared ?? []).join(
        this.lang.language() === 'en' ? '; ' : '；',
      ),
    }),
  );
}
