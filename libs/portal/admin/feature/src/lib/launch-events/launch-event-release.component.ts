import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import type { LaunchEventView } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import type { NzButtonSize } from 'ng-zorro-antd/button';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';

/**
 * 发布 of a planned launch event, in its row and in its drawer: asks first how many products the
 * release lists, and spins while that event's release is under way.
 */
@Component({
  selector: 'sm-launch-event-release',
  imports: [ActionButtonComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
  `,
  template: `
    <sm-action-button
      type="primary"
      [size]="size()"
      [question]="'products.events.releaseConfirm' | transloco: { n: count() }"
      [ok]="'products.events.releaseOk' | transloco"
      [busy]="busy() === 'release:' + event().id"
      [testid]="testid()"
      (pressed)="release.emit(event())"
      icon="notification"
    >
      {{ 'products.events.release' | transloco }}
    </sm-action-button>
  `,
})
export class LaunchEventReleaseComponent {
  readonly event = input.required<LaunchEventView>();
  /** How many products the release lists. */
  readonly count = input.required<number>();
  /** The action under way on the page ('release:<id>' while this event's runs). */
  readonly busy = input<string | null>(null);
  readonly testid = input.required<string>();
  readonly size = input<NzButtonSize>('default');
  readonly release = output<LaunchEventView>();
}
