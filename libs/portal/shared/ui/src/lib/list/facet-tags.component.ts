import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';

/** A facet of a list's result: a filter value and how many results have it. */
export interface FacetTag {
  code: string;
  name: string;
  count: number;
}

/**
 * The facets of a list's result as checkable tags with their counts, under the filters: a click
 * emits the facet's code (the page toggles its filter).
 */
@Component({
  selector: 'sm-facet-tags',
  imports: [NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      margin-top: 12px;
      display: flex;
      flex-wrap: wrap;
      gap: 6px 0;
      align-items: center;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .count {
      opacity: 0.65;
    }
  `,
  template: `
    <span class="muted">{{ label() }}</span>
    @for (f of facets(); track f.code) {
      <nz-tag
        nzMode="checkable"
        [nzChecked]="isSelected(f.code)"
        (nzCheckedChange)="facetToggle.emit(f.code)"
        [attr.data-code]="f.code"
        [attr.data-name]="f.name"
        [attr.data-testid]="tagTestId()"
        data-i18n-skip
        >{{ f.name }} <span class="count">{{ f.count }}</span></nz-tag
      >
    }
  `,
})
export class FacetTagsComponent {
  readonly facets = input.required<readonly FacetTag[]>();
  /** The chosen code (one-of filter) or codes (any-of filter). */
  readonly selected = input<string | readonly string[] | null>(null);
  readonly label = input('');
  readonly tagTestId = input.required<string>();
  readonly facetToggle = output<string>();

  protected isSelected(code: string): boolean {
    const s = this.selected();
    return typeof s === 'string' ? s === code : !!s?.includes(code);
  }
}
