import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type {
  Role,
  ScenarioEventView,
  ScenarioRevisionView,
  ScenarioStatus,
} from '@scenematch/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { TaxonomyStore } from '@scenematch/portal/scenarios/data-access/taxonomy.store';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { ROLE_LABEL_KEYS } from '@scenematch/portal/core/i18n/role-labels';
import { revisionChanges } from '@scenematch/portal/shared/ui/scenario/scenario-format';
import { SCENARIO_STATUS_KEYS } from '@scenematch/portal/shared/ui/scenario/scenario-status-keys';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';

/**
 * A scenario's history: its public revisions (what changed, in words) and, for its unit and
 * staff (`events` given), the lifecycle steps with who took them and why.
 */
@Component({
  selector: 'sm-scenario-history',
  imports: [BeijingTimePipe, NzCardModule, NzTimelineModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .small {
      font-size: 12px;
    }
    .rev-head {
      display: flex;
      justify-content: space-between;
      gap: 8px;
    }
    .changes {
      padding-left: 16px;
      margin: 4px 0 0;
    }
    .changes .field {
      font-weight: 500;
    }
    .changes del {
      color: rgba(0, 0, 0, 0.45);
    }
    .changes ins {
      text-decoration: none;
      color: #389e0d;
    }
    .events {
      margin-top: 16px;
    }
    .events .reason {
      color: #d46b08;
    }
  `,
  template: `
    <nz-card
      [nzTitle]="'scenarios.revisions' | transloco"
      [nzExtra]="revisionHint"
      data-testid="revisions"
    >
      @if (changes().length) {
        <nz-timeline>
          @for (r of changes(); track r.version) {
            <nz-timeline-item>
              <div class="rev-head">
                <strong>{{
                  'scenarios.revisionTitle' | transloco: { v: r.version }
                }}</strong>
                <span class="muted">{{ r.changedAt | bjTime }}</span>
              </div>
              @if (r.changedBy) {
                <div class="muted" data-i18n-skip>
                  {{
                    'scenarios.revisionBy' | transloco: { who: r.changedBy }
                  }}
                </div>
              }
              <ul class="changes" data-i18n-skip>
                @for (c of r.items; track c.field) {
                  <li data-testid="revision-change">
                    <span class="field">{{ c.label }}</span
                    >： <del>{{ c.from }}</del> → <ins>{{ c.to }}</ins>
                  </li>
                }
              </ul>
            </nz-timeline-item>
          }
        </nz-timeline>
      } @else {
        <span class="muted">{{ 'scenarios.noRevisions' | transloco }}</span>
      }
      <ng-template #revisionHint>
        <span class="muted small">{{
          'scenarios.revisionsHint' | transloco
        }}</span>
      </ng-template>
    </nz-card>

    @if (events(); as evs) {
      <nz-card
        class="events"
        [nzTitle]="'scenarios.events' | transloco"
        data-testid="events"
      >
        <nz-timeline>
          @for (e of evs; track $index) {
            <nz-timeline-item
              [nzColor]="
                e.to === 'returned' || e.to === 'cancelled' ? 'red' : 'blue'
              "
            >
              <div>
                {{
                  e.from
                    ? ('scenarios.eventChange'
                      | transloco
                        : {
                            from: statusLabel(e.from),
                            to: statusLabel(e.to),
                          })
                    : ('scenarios.eventCreated'
                      | transloco: { to: statusLabel(e.to) })
                }}
              </div>
              <div class="muted">
                {{ e.at | bjTime }}
                @if (e.actorRole) {
                  · {{ roleLabel(e.actorRole) }}
                }
              </div>
              @if (e.reason) {
                <div class="reason">
                  {{ 'scenarios.eventReason' | transloco
                  }}<span data-i18n-skip>{{ e.reason }}</span>
                </div>
              }
            </nz-timeline-item>
          }
        </nz-timeline>
      </nz-card>
    }
  `,
})
export class ScenarioHistoryComponent {
  private readonly taxonomy = inject(TaxonomyStore);
  private readonly lang = inject(LanguageService);

  readonly revisions = input.required<readonly ScenarioRevisionView[]>();
  /** The lifecycle steps; null: not shown (the user may not see them). */
  readonly events = input<readonly ScenarioEventView[] | null>(null);

  protected readonly changes = computed(() => {
    const names = {
      domainName: (code: string) => this.taxonomy.domainName(code),
      capabilityName: (code: string) => this.taxonomy.capabilityName(code),
    };
    return this.revisions().map((r) => ({
      ...r,
      items: revisionChanges(r.changes, names, (key, params) =>
        this.lang.t(key, params),
      ),
    }));
  });

  protected statusLabel(status: ScenarioStatus | null): string {
    return status ? this.lang.t(SCENARIO_STATUS_KEYS[status]) : '';
  }

  protected roleLabel(role: string | null): string {
    const key = ROLE_LABEL_KEYS[role as Role] as string | undefined;
    return role ? (key ? this.lang.t(key) : role) : '';
  }
}
