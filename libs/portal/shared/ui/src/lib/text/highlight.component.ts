import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { highlightSegments } from './highlight';

/**
 * Text with the search words marked. Built from text segments and interpolation (no innerHTML):
 * whatever a scenario's title or description holds is shown as text.
 */
@Component({
  selector: 'sm-highlight',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Both kinds of segment are elements: whitespace between them is dropped by the compiler, so
  // the rendered text is exactly the original however this template is formatted.
  template: `@for (s of segments(); track $index) {
    @if (s.hit) {
      <mark class="sm-hit">{{ s.text }}</mark>
    } @else {
      <span>{{ s.text }}</span>
    }
  }`,
})
export class HighlightComponent {
  readonly text = input.required<string>();
  readonly terms = input<readonly string[]>([]);

  protected readonly segments = computed(() =>
    highlightSegments(this.text() ?? '', this.terms()),
  );
}
