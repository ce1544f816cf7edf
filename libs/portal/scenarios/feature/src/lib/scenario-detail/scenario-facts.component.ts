import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatBeijing, type ScenarioView } from '@scenematch/contracts';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { formatBudget } from '@scenematch/portal/shared/ui/scenario/scenario-format';

/**
 * A scenario's facts (units, domain, batch, deadline, budget, site, capabilities, contact — or
 * a way to sign in for it) and its texts (description, pain points, expected outcome).
 */
@Component({
  selector: 'sm-scenario-facts',
  imports: [
    NzDescriptionsModule,
    NzIconModule,
    NzTagModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .contact-item {
      margin-left: 12px;
    }
    .contact-item nz-icon {
      margin-right: 4px;
    }
    .text-block {
      margin-top: 20px;
    }
    .text-block h2 {
      font-size: 16px;
      margin: 0 0 8px;
    }
    .text-block p {
      white-space: pre-wrap;
      margin: 0;
      line-height: 1.8;
    }
  `,
  template: `
    @let s = scenario();
    <nz-descriptions
      [nzColumn]="{ xxl: 2, xl: 2, lg: 2, md: 2, sm: 1, xs: 1 }"
      nzBordered
      nzSize="small"
    >
      <nz-descriptions-item
        [nzTitle]="'scenarios.agency' | transloco"
        [nzSpan]="2"
      >
        <span data-testid="detail-agency" data-i18n-skip>{{
          s.agency.name
        }}</span>
        @if (s.coAgencies.length) {
          <span class="muted" data-testid="detail-co-agencies"
            >{{ 'scenarios.coAgenciesValue' | transloco
            }}<span data-i18n-skip>{{ coAgencyNames() }}</span
            >{{ 'scenarios.coAgenciesEnd' | transloco }}</span
          >
        }
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'scenarios.domain' | transloco"
        ><span data-i18n-skip>{{
          s.domain.name
        }}</span></nz-descriptions-item
      >
      <nz-descriptions-item [nzTitle]="'scenarios.batch' | transloco">
        <span data-i18n-skip>
          {{
            s.batch
              ? ('scenarios.batchValue'
                | transloco: { n: s.batch.number, name: s.batch.name })
              : ('common.none' | transloco)
          }}</span
        >
      </nz-descriptions-item>
      @if (s.seqNo !== null) {
        <nz-descriptions-item [nzTitle]="'scenarios.seqNo' | transloco">{{
          'scenarios.seqNoValue' | transloco: { n: s.seqNo }
        }}</nz-descriptions-item>
      }
      <nz-descriptions-item [nzTitle]="'scenarios.deadline' | transloco">
        <span data-testid="detail-deadline">{{
          s.deadline
            ? formatBeijing(s.deadline)
            : ('scenarios.noDeadline' | transloco)
        }}</span>
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'scenarios.budget' | transloco">
        <span data-testid="detail-budget">{{ budget() }}</span>
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'scenarios.site' | transloco">
        @if (s.site) {
          <span data-i18n-skip>{{ s.site }}</span>
        } @else {
          {{ 'common.notFilled' | transloco }}
        }
      </nz-descriptions-item>
      <nz-descriptions-item
        [nzTitle]="'scenarios.capabilities' | transloco"
        [nzSpan]="2"
      >
        @for (c of s.capabilities; track c.code) {
          <nz-tag data-i18n-skip>{{ c.name }}</nz-tag>
        } @empty {
          <span class="muted">{{ 'common.notFilled' | transloco }}</span>
        }
      </nz-descriptions-item>
      <nz-descriptions-item
        [nzTitle]="'scenarios.contact' | transloco"
        [nzSpan]="2"
      >
        @if (s.contact; as c) {
          <span data-testid="detail-contact" data-i18n-skip>
            @if (c.name || c.phone || c.email) {
              {{ c.name }}
              @if (c.phone) {
                <span class="contact-item"
                  ><nz-icon nzType="phone" />{{ c.phone }}</span
                >
              }
              @if (c.email) {
                <span class="contact-item"
                  ><nz-icon nzType="mail" />{{ c.email }}</span
                >
              }
            } @else {
              <span class="muted">{{
                'common.notFilled' | transloco
              }}</span>
            }
          </span>
        } @else {
          <a
            routerLink="/login"
            [queryParams]="{ returnUrl: '/scenarios/' + s.id }"
            data-testid="contact-login"
            >{{ 'scenarios.contactLogin' | transloco }}</a
          >
        }
      </nz-descriptions-item>
    </nz-descriptions>

    <section class="text-block">
      <h2>{{ 'scenarios.description' | transloco }}</h2>
      <p
        data-testid="detail-description"
        [attr.data-i18n-skip]="s.description ? '' : null"
      >
        {{ s.description || ('common.none' | transloco) }}
      </p>
    </section>
    <section class="text-block">
      <h2>{{ 'scenarios.painPoints' | transloco }}</h2>
      <p [attr.data-i18n-skip]="s.painPoints ? '' : null">
        {{ s.painPoints || ('common.none' | transloco) }}
      </p>
    </section>
    <section class="text-block">
      <h2>{{ 'scenarios.expectedOutcome' | transloco }}</h2>
      <p [attr.data-i18n-skip]="s.expectedOutcome ? '' : null">
        {{ s.expectedOutcome || ('common.none' | transloco) }}
      </p>
  `,
})
export class ScenarioFactsComponent {
  private readonly lang = inject(LanguageService);

  readonly scenario = input.required<ScenarioView>();

  /** Deadlines as Beijing wall time: 2026-12-20 17:00. */
  protected readonly formatBeijing = formatBeijing;

  protected readonly coAgencyNames = computed(() =>
    this.scenario()
      .coAgencies.map((c) => c.name)
      .join(this.lang.t('scenarios.listSeparator')),
  );

  protected readonly budget = computed(() => {
    const s = this.scenario();
    return formatBudget(s.budgetMin, s.budgetMax, (key, params) =>
      this.lang.t(key, params),
    );
  });
}
