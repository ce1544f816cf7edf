import { provideNoopAnimations } from '@angular/platform-browser/animations';
import {
  endHttpComponent,
  type HttpComponent,
  startHttpComponent,
} from '../../../testing/http-component';
import { BatchSelectComponent } from './batch-select.component';

describe('BatchSelectComponent', () => {
  let under: HttpComponent<BatchSelectComponent>;

  beforeEach(() => {
    under = startHttpComponent(BatchSelectComponent, {
      providers: [provideNoopAnimations()],
    });
    under.fixture.componentRef.setInput('placeholder', '全部批次');
    under.fixture.componentRef.setInput('testid', 'stats-batch');
    under.fixture.detectChanges();
  });

  afterEach(() => endHttpComponent(under));

  it('loads the batches and carries the test id and placeholder', () => {
    under.httpMock
      .expectOne('/api/batches')
      .flush([{ id: 'b1', number: 1, name: '首批' }]);
    under.fixture.detectChanges();
    const select = under.element.querySelector(
      '[data-testid="stats-batch"]',
    ) as HTMLElement;
    expect(select.tagName).toBe('NZ-SELECT');
    expect(select.textContent).toContain('全部批次');
  });

  it('shows no batch when they cannot be loaded', () => {
    under.httpMock
      .expectOne('/api/batches')
      .flush(null, { status: 500, statusText: 'Server Error' });
    under.fixture.detectChanges();
    expect(under.element.querySelector('nz-option')).toBeNull();
  });
});
