import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
} from '@angular/core';
import type { ApplicationView } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { ApplicationFilesComponent } from '@scenematch/portal/shared/ui/application/application-files.component';
import { formatQuote } from '@scenematch/portal/shared/ui/application/application-format';

/** The sealed application an expert scores: quote, duration, products, proposal, team, files. */
@Component({
  selector: 'sm-review-application-facts',
  imports: [
    TranslocoPipe,
    NzDescriptionsModule,
    NzTagModule,
    ApplicationFilesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .proposal {
      white-space: pre-wrap;
    }
  `,
  template: `
    @let app = application();
    <nz-descriptions
      class="review-facts"
      nzBordered
      nzSize="small"
      [nzColumn]="{ xxl: 2, xl: 2, lg: 2, md: 2, sm: 1, xs: 1 }"
    >
      <nz-descriptions-item
        [nzTitle]="'applications.review.quote' | transloco"
        >{{ quote(app.quote) }}</nz-descriptions-item
      >
      <nz-descriptions-item
        [nzTitle]="'applications.review.durationDays' | transloco"
        >{{
          'applications.review.days' | transloco: { n: app.durationDays }
        }}</nz-descriptions-item
      >
      <nz-descriptions-item
        [nzTitle]="'applications.review.products' | transloco"
        [nzSpan]="2"
      >
        @for (p of app.products; track p.id) {
          <nz-tag data-i18n-skip>{{ p.name }}</nz-tag>
        } @empty {
          <span class="muted">—</span>
        }
      </nz-descriptions-item>
      <nz-descriptions-item
        [nzTitle]="'applications.review.proposal' | transloco"
        [nzSpan]="2"
      >
        <div class="proposal" data-testid="review-proposal" data-i18n-skip>
          {{ app.proposal }}
        </div>
      </nz-descriptions-item>
      @if (app.team) {
        <nz-descriptions-item
          [nzTitle]="'applications.review.team' | transloco"
          [nzSpan]="2"
        >
          <div class="proposal" data-i18n-skip>{{ app.team }}</div>
        </nz-descriptions-item>
      }
      <nz-descriptions-item
        [nzTitle]="'applications.review.files' | transloco"
        [nzSpan]="2"
      >
        <sm-application-files
          [files]="app.files"
          [showEmpty]="true"
          data-testid="review-files"
        />
      </nz-descriptions-item>
    </nz-descriptions>
  `,
})
export class ReviewApplicationFactsComponent {
  private readonly i18n = inject(LanguageService);

  readonly application = input.required<ApplicationView>();

  protected quote(yuan: number): string {
    return formatQuote(yuan, (key, params) => this.i18n.t(key, params));
  }
}
