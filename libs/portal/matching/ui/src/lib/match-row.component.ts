import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import type { MatchView } from '@scenematch/portal/matching/data-access/matching.api';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';
import { MatchReasonsComponent } from './match-reasons.component';
import { ScoreRingComponent } from './score-ring.component';

/**
 * A company matched to a scenario: its rank and score, whether it is verified and was invited
 * (and applied), the reasons, and 邀请揭榜 (`invite`) and 为什么 (`why`).
 */
@Component({
  selector: 'sm-match-row',
  imports: [
    ActionButtonComponent,
    BeijingTimePipe,
    MatchReasonsComponent,
    NzIconModule,
    NzTagModule,
    NzTooltipModule,
    RouterLink,
    ScoreRingComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './match-row.component.less',
  template: `
    @let m = match();
    <span class="rank">{{ rank() }}</span>
    <sm-score-ring [score]="m.score" [size]="52" />
    <div class="body">
      <div class="head">
        <a
          class="company"
          [routerLink]="['/companies', m.enterprise.id]"
          data-testid="match-company"
          data-i18n-skip
          >{{ m.enterprise.name }}</a
        >
        @if (m.enterprise.verified) {
          <nz-tag nzColor="success" data-testid="match-verified"
            ><nz-icon nzType="safety-certificate" />{{
              'matching.matches.verified' | transloco
            }}</nz-tag
          >
        } @else {
          <nz-tag>{{ 'matching.matches.unverified' | transloco }}</nz-tag>
        }
        <span class="muted">{{
          'matching.matches.listedProducts'
            | transloco: { n: m.enterprise.listedProducts }
        }}</span>
        @if (m.invitation; as inv) {
          <nz-tag
            nzColor="gold"
            nz-tooltip
            [nzTooltipTitle]="
              'matching.matches.invitedTip'
                | transloco: { by: inv.by, at: (inv.at | bjTime) ?? '' }
            "
            data-testid="match-invited"
            ><nz-icon nzType="mail" />{{
              'matching.matches.invited' | transloco
            }}</nz-tag
          >
          @if (inv.applied === true) {
            <nz-tag nzColor="success" data-testid="match-applied">{{
              'matching.matches.applied' | transloco
            }}</nz-tag>
          } @else if (inv.applied === false) {
            <nz-tag>{{ 'matching.matches.notApplied' | transloco }}</nz-tag>
          }
        }
      </div>
      <sm-match-reasons
        class="reasons"
        [reasons]="m.reasons"
        tagTestId="match-reason"
      />
    </div>
    <div class="row-actions">
      @if (canInvite() && !m.invitation) {
        <sm-action-button
          size="small"
          icon="send"
          testid="match-invite"
          (pressed)="invite.emit()"
        >
          {{ 'matching.matches.invite' | transloco }}
        </sm-action-button>
      }
      <sm-action-button
        type="link"
        icon="question-circle"
        testid="match-why"
        (pressed)="why.emit()"
      >
        {{ 'matching.matches.why' | transloco }}
      </sm-action-button>
    </div>
  `,
})
export class MatchRowComponent {
  readonly match = input.required<MatchView>();
  readonly rank = input.required<number>();
  /** The viewer may invite companies to apply (the owning unit or an organiser, while open). */
  readonly canInvite = input(false);
  readonly invite = output<void>();
  readonly why = output<void>();
}
