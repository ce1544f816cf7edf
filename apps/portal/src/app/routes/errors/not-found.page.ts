import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ErrorResultComponent } from './error-result.component';

@Component({
  selector: 'sm-not-found-page',
  imports: [ErrorResultComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<sm-error-result
    status="404"
    name="notFound"
    testid="not-found"
  />`,
})
export class NotFoundPage {}
