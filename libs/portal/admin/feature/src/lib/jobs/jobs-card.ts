import { computed, Directive, inject, input } from '@angular/core';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import type {
  TableColumn,
  TableSource,
} from '@scenematch/portal/shared/ui/ui/data-table.model';
import type { Translate } from '../stats/stats-format';

/**
 * What the cards of 任务监控 share: their table's rows (loaded by the page), the row an action is
 * under way for, the columns and the total line in the reader's language. The page runs the
 * actions; a card only asks for them.
 */
@Directive()
export abstract class JobsCard<R> {
  readonly source = input.required<TableSource<R>>();
  /** The row (or named action) an action is under way for. */
  readonly busy = input<string | null>(null);

  private readonly i18n = inject(LanguageService);
  protected readonly t: Translate = (key, params) => this.i18n.t(key, params);
  protected readonly columns = computed(() => this.columnsOf(this.t));
  protected readonly totalText = (n: number) => this.t(this.totalKey, { n });

  /** Catalogue key of the total line, with the count as `n`. */
  protected abstract readonly totalKey: string;
  protected abstract readonly columnsOf: (t: Translate) => TableColumn<R>[];
}
