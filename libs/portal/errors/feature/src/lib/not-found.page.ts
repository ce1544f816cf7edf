import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ErrorResultComponent } from './error-result.component';

@Component({
  selector: 'sm-not-found-page',
  imports: [ErrorResultComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<sm-error-result
    status="404"
    title="common.errors.notFoundTitle"
    text="common.errors.notFoundText"
    testid="not-found"
  />`,
})
export class NotFoundPage {}
