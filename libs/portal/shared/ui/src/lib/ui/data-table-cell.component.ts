import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  TemplateRef,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionButtonComponent } from './action-button.component';
import type { TableCellContext, TableColumn } from './data-table.model';

/**
 * One cell of an `sm-data-table` (`<td smTableCell>`): the column's `smCell` template, else its
 * tag, link or text, with the muted `sub` line under it, then the row's buttons. On a card-layout table it carries the
 * column title as its label.
 */
@Component({
  // eslint-disable-next-line @angular-eslint/component-selector -- a cell of nz-table must be the <td> itself
  selector: 'td[smTableCell]',
  imports: [
    ActionButtonComponent,
    NgTemplateOutlet,
    NzButtonModule,
    NzIconModule,
    NzTagModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .small {
      font-size: 12px;
    }
    .row-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
  `,
  host: {
    '[attr.data-testid]':
      'column().tag || column().link ? null : (column().testId ?? null)',
    '[attr.data-label]': 'labelled() ? column().title : null',
    '[attr.data-i18n-skip]': "column().data && !blank() ? '' : null",
  },
  template: `
    @let col = column();
    @let r = row();
    @if (template(); as cell) {
      <ng-container
        *ngTemplateOutlet="cell; context: { $implicit: r, index: index() }"
      />
    } @else if (col.tag) {
      @if (col.tag(r); as tag) {
        <nz-tag
          [nzColor]="tag.color ?? ''"
          [attr.data-testid]="col.testId ?? null"
          >{{ tag.text }}</nz-tag
        >
      }
    } @else if (col.link) {
      <a [routerLink]="col.link(r)" [attr.data-testid]="col.testId ?? null">{{
        col.value?.(r) ?? ''
      }}</a>
    } @else if (blank()) {
      {{ col.empty }}
    } @else {
      {{ col.value?.(r) ?? '' }}
    }
    @if (col.sub?.(r); as sub) {
      <div
        class="muted small"
        [attr.data-i18n-skip]="col.subData ? '' : null"
        [textContent]="sub"
      ></div>
    }
    @if (col.buttons) {
      <div class="row-actions">
        @for (b of col.buttons; track b.label) {
          @if (b.shown?.(r) ?? true) {
            @if (b.link; as link) {
              <a
                nz-button
                nzSize="small"
                [nzType]="b.type ?? null"
                [routerLink]="link(r)"
                [attr.data-testid]="b.testid"
              >
                @if (b.icon) {
                  <nz-icon [nzType]="b.icon" />
                }
                {{ b.label }}</a
              >
            } @else {
              @let busy = b.busy?.(r) ?? false;
              <sm-action-button
                size="small"
                [type]="b.type ?? null"
                [danger]="!!b.danger"
                [icon]="b.icon"
                [question]="b.question"
                [ok]="b.ok"
                [disabled]="b.disabled?.(r) ?? false"
                [busy]="busy"
                [loading]="busy"
                [testid]="b.testid"
                (pressed)="b.pressed?.(r)"
                >{{ b.label }}</sm-action-button
              >
            }
          }
        }
      </div>
    }
  `,
})
export class DataTableCellComponent<T> {
  readonly column = input.required<TableColumn<T>>({ alias: 'smTableCell' });
  readonly row = input.required<T>();
  readonly index = input(0);
  /** The column's `smCell` template, if the page gave one. */
  readonly template = input<TemplateRef<TableCellContext<T>> | undefined>(
    undefined,
  );
  /** Whether the cell carries its column title (`data-label`) for the card layout. */
  readonly labelled = input(false);

  /** Whether the cell shows the column's `empty` text in place of a value. */
  protected readonly blank = computed(() => {
    const col = this.column();
    if (col.empty === undefined || this.template()) return false;
    const value = col.value?.(this.row());
    return value === null || value === undefined || value === '';
  });
}
