import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { TranslocoPipe } from '@jsverse/transloco';

/** The states a page's load can be in; any other value (e.g. 'done') shows the content. */
export type PageLoadState =
  | 'loading'
  | 'notFound'
  | 'forbidden'
  | 'failed'
  | (string & {});

/**
 * The frame of a page (or a card) that loads its data: a skeleton while it loads, a 404 result
 * with a way back when there is nothing, a 403 result, an error result with a 重试 button that
 * emits `retry`, and the projected content otherwise.
 *
 * ```html
 * <sm-page-state [state]="view().state" [failure]="failure()" (retry)="retry()"
 *   [notFoundTitle]="t.notFound" backLink="/products" notFoundTestId="company-not-found">
 *   …the page…
 * </sm-page-state>
 * ```
 */
@Component({
  selector: 'sm-page-state',
  imports: [
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzResultModule,
    NzSkeletonModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (shown()) {
      @case ('loading') {
        @if (card()) {
          <nz-card
            ><nz-skeleton [nzActive]="true" [nzParagraph]="{ rows: rows() }"
          /></nz-card>
        } @else {
          <nz-skeleton [nzActive]="true" [nzParagraph]="{ rows: rows() }" />
        }
      }
      @case ('notFound') {
        <nz-result
          nzStatus="404"
          [nzTitle]="notFoundTitle()"
          [nzSubTitle]="notFoundText()"
          [attr.data-testid]="notFoundTestId()"
        >
          @if (backLink(); as link) {
            <div nz-result-extra>
              <a nz-button nzType="primary" [routerLink]="link">{{
                backText() || ('common.back' | transloco)
              }}</a>
            </div>
          }
        </nz-result>
      }
      @case ('forbidden') {
        <nz-result
          nzStatus="403"
          [nzTitle]="forbiddenTitle()"
          [attr.data-testid]="forbiddenTestId()"
        />
      }
      @case ('failed') {
        <nz-result
          nzStatus="error"
          [nzTitle]="errorTitle() || ('common.loadFailed' | transloco)"
          [nzSubTitle]="failure() ?? ''"
          [attr.data-testid]="errorTestId()"
        >
          @if (retryable()) {
            <div nz-result-extra>
              <button
                nz-button
                nzType="primary"
                (click)="retry.emit()"
                data-testid="page-state-retry"
              >
                <nz-icon nzType="reload" />{{ 'common.retry' | transloco }}
              </button>
            </div>
          }
        </nz-result>
      }
      @default {
        <ng-content />
      }
    }
  `,
})
export class PageStateComponent {
  /** The load's state; 'failed' is also shown whenever `failure` holds a message. */
  readonly state = input<PageLoadState>('done');
  /** The failure's message (shown under the title); a message alone means 'failed'. */
  readonly failure = input<string | null | undefined>(null);
  /** Paragraph rows of the loading skeleton. */
  readonly rows = input(8);
  /** Whether the skeleton sits in a card (a page) or bare (inside a card already). */
  readonly card = input(true);
  readonly errorTitle = input<string>('');
  readonly errorTestId = input<string | null>(null);
  /** Whether the error shows a 重试 button (a listener of `retry`). */
  readonly retryable = input(true);
  readonly notFoundTitle = input<string>('');
  readonly notFoundText = input<string>('');
  readonly notFoundTestId = input<string | null>(null);
  readonly forbiddenTitle = input<string>('');
  readonly forbiddenTestId = input<string | null>(null);
  /** Where the 404's button leads; none, no button. */
  readonly backLink = input<string | readonly unknown[] | null>(null);
  readonly backText = input<string>('');

  readonly retry = output<void>();

  protected readonly shown = computed(() =>
    this.failure() ? 'failed' : this.state(),
  );
}
