import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { APPLICATION_STATUS_COLORS } from '../application/application-format';
import { APPLICATION_STATUS_KEYS } from '../application/application-keys';
import { PRODUCT_STATUS_COLORS } from '../product/product-format';
import { PRODUCT_STATUS_KEYS } from '../product/product-keys';
import { SCENARIO_STATUS_COLORS } from '../scenario/scenario-format';
import { SCENARIO_STATUS_KEYS } from '../scenario/scenario-status-keys';

interface StatusKind {
  /** Catalogue keys of the labels, by state. */
  keys: Readonly<Record<string, string>>;
  /** nz-tag colours, by state. */
  colors: Readonly<Record<string, string>>;
  testid: string;
}

/** The kinds of state, by the element name the tag is used under. */
const KINDS: Readonly<Record<string, StatusKind>> = {
  'sm-application-status-tag': {
    keys: APPLICATION_STATUS_KEYS,
    colors: APPLICATION_STATUS_COLORS,
    testid: 'application-status',
  },
  'sm-product-status-tag': {
    keys: PRODUCT_STATUS_KEYS,
    colors: PRODUCT_STATUS_COLORS,
    testid: 'product-status',
  },
  'sm-status-tag': {
    keys: SCENARIO_STATUS_KEYS,
    colors: SCENARIO_STATUS_COLORS,
    testid: 'status-tag',
  },
};

/**
 * A state (an application's, a product's or, as `sm-status-tag`, a scenario's: by the element
 * name) as a coloured tag with its label; an unknown state shows as itself in the default colour.
 */
@Component({
  selector: 'sm-application-status-tag, sm-product-status-tag, sm-status-tag',
  imports: [NzTagModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nz-tag
    [nzColor]="color()"
    [attr.data-status]="status()"
    [attr.data-testid]="kind.testid"
    >{{ label() | transloco }}</nz-tag
  >`,
})
export class StatusTagComponent {
  readonly status = input.required<string>();
  protected readonly kind =
    KINDS[(inject(ElementRef).nativeElement as Element).tagName.toLowerCase()];
  protected readonly label = computed(
    () => this.kind.keys[this.status()] ?? this.status(),
  );
  protected readonly color = computed(
    () => this.kind.colors[this.status()] ?? 'default',
  );
}
