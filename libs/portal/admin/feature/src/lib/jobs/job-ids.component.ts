import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { idEntries } from './jobs-columns';

/**
 * The ids a job or outbox row carries (通知, 申请 …), one a line with its name in the reader's
 * language; each line gets `itemTestId` when given.
 */
@Component({
  selector: 'sm-job-ids',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './jobs.page.less',
  styles: ':host { display: contents; }',
  template: `
    @for (id of entries(); track id.label) {
      <div class="id" [attr.data-testid]="itemTestId()">
        <span class="muted">{{ id.label }}</span> <code>{{ id.value }}</code>
      </div>
    }
  `,
})
export class JobIdsComponent {
  readonly ids = input.required<Record<string, string>>();
  readonly itemTestId = input<string | null>(null);

  private readonly i18n = inject(LanguageService);
  protected readonly entries = computed(() =>
    idEntries(this.ids(), (key, params) => this.i18n.t(key, params)),
  );
}
