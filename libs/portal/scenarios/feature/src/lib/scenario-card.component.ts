import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatBeijing, type ScenarioView } from '@scenematch/contracts';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { StatusTagComponent } from '@scenematch/portal/shared/ui/scenario/status-tag.component';
import { HighlightComponent } from '@scenematch/portal/shared/ui/text/highlight.component';
import { snippet } from '@scenematch/portal/shared/ui/text/highlight';

const SNIPPET_LENGTH = 120;

/** A scenario in the public list: title, status, facts and the description's snippet, hits marked. */
@Component({
  selector: 'sm-scenario-card',
  imports: [
    HighlightComponent,
    NzIconModule,
    NzTagModule,
    RouterLink,
    StatusTagComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './scenario-card.component.less',
  template: `
    @let s = scenario();
    <header>
      <a
        class="title"
        [routerLink]="['/scenarios', s.id]"
        data-testid="scenario-title"
        data-i18n-skip
        ><sm-highlight [text]="s.title" [terms]="terms()"
      /></a>
      <sm-status-tag [status]="s.status" />
    </header>
    <div class="meta">
      <nz-tag nzColor="blue" data-i18n-skip>{{ s.domain.name }}</nz-tag>
      <span class="meta-item" data-i18n-skip
        ><nz-icon nzType="bank" /><sm-highlight
          [text]="s.agency.name"
          [terms]="terms()"
        />
        @for (c of s.coAgencies; track c.id) {
          <span
            >{{ 'scenarios.listSeparator' | transloco
            }}<sm-highlight [text]="c.name" [terms]="terms()"
          /></span>
        }
      </span>
      @if (s.batch; as b) {
        <span class="meta-item" data-i18n-skip
          ><nz-icon nzType="profile" />{{
            'scenarios.batchValue' | transloco: { n: b.number, name: b.name }
          }}</span
        >
      }
      <span class="meta-item"
        ><nz-icon nzType="calendar" />{{
          s.deadline
            ? ('scenarios.deadlineValue'
              | transloco: { d: formatBeijing(s.deadline) })
            : ('scenarios.noDeadline' | transloco)
        }}</span
      >
    </div>
    @if (description(); as text) {
      <p class="description" data-i18n-skip>
        <sm-highlight [text]="text" [terms]="terms()" />
      </p>
    }
    @if (s.capabilities.length) {
      <div class="capabilities" data-i18n-skip>
        @for (c of s.capabilities; track c.code) {
          <nz-tag>{{ c.name }}</nz-tag>
        }
      </div>
    }
  `,
})
export class ScenarioCardComponent {
  readonly scenario = input.required<ScenarioView>();
  /** The search's words, marked where they occur. */
  readonly terms = input<readonly string[]>([]);

  /** Deadlines as Beijing wall time: 2026-12-20 17:00. */
  protected readonly formatBeijing = formatBeijing;
  protected readonly description = computed(() =>
    snippet(this.scenario().description, this.terms(), SNIPPET_LENGTH),
  );
}
