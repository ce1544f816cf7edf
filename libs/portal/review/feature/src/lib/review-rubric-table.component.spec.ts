import { FormControl, FormRecord } from '@angular/forms';
import { DEFAULT_RUBRIC } from '@scenematch/contracts';
import {
  endPortalComponent,
  startPortalComponent,
  settle,
  type PortalComponent,
} from '@scenematch/portal/testing/portal-harness';
import { zh } from '@scenematch/portal/testing/transloco';
import { revealErrors } from '@scenematch/portal/shared/ui/forms/server-errors';
import { ReviewRubricTableComponent } from './review-rubric-table.component';
import { resetScoreControls } from './review-score.form';

describe('ReviewRubricTableComponent', () => {
  let under: PortalComponent<ReviewRubricTableComponent>;
  afterEach(() => endPortalComponent(under));

  it('draws one row per criterion with its score input bound to the scores, and names a missing score once the form is revealed', async () => {
    const scores = new FormRecord<FormControl<number | null>>({});
    resetScoreControls(scores, DEFAULT_RUBRIC);
    under = startPortalComponent(ReviewRubricTableComponent);
    under.fixture.componentRef.setInput('rubric', DEFAULT_RUBRIC);
    under.fixture.componentRef.setInput('scores', scores);
    under.fixture.detectChanges();
    await settle();
    under.fixture.detectChanges();

    const rows = under.element.querySelectorAll('[data-testid="rubric-row"]');
    expect(rows.length).toBe(DEFAULT_RUBRIC.length);
    expect(rows[0].getAttribute('data-code')).toBe(DEFAULT_RUBRIC[0].code);
    expect(under.element.textContent).toContain(DEFAULT_RUBRIC[0].name);

    const input = under.element.querySelector<HTMLInputElement>(
      `[data-testid="score-${DEFAULT_RUBRIC[0].code}"] input`,
    );
    expect(input).not.toBeNull();
    scores.controls[DEFAULT_RUBRIC[0].code].setValue(85);
    under.fixture.detectChanges();
    await settle();
    expect(input?.value).toBe('85.0');

    // The page reveals the errors on submit: the empty criteria say which score is missing.
    revealErrors(scores);
    under.fixture.detectChanges();
    await settle();
    under.fixture.detectChanges();
    const missing = zh('applications.review.scoreMissing').replace(
      '{{name}}',
      DEFAULT_RUBRIC[1].name,
    );
    expect(under.element.textContent).toContain(missing);
    expect(under.element.textContent).not.toContain(
      zh('applications.review.scoreMissing').replace(
        '{{name}}',
        DEFAULT_RUBRIC[0].name,
      ),
    );
  });
});
