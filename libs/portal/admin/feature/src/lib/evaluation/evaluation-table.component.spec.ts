import type { ApplicationView, EvaluationRow } from '@scenematch/contracts';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { startPortalComponent } from '@scenematch/portal/testing/portal-harness';
import { EvaluationTableComponent } from './evaluation-table.component';

describe('EvaluationTableComponent', () => {
  async function render(inputs: Record<string, unknown>) {
    const { fixture } = startPortalComponent(EvaluationTableComponent, {
      providers: [provideNoopAnimations()],
    });
    fixture.componentRef.setInput('files', new Map());
    for (const [name, value] of Object.entries(inputs))
      fixture.componentRef.setInput(name, value);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const byTestId = (id: string) =>
      element.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
    return { fixture, element, byTestId };
  }

  it('lists the submitted applications with 通过/不通过, off while blocked', async () => {
    const submitted = [
      {
        id: 'a1',
        company: { name: '甲公司' },
        quote: 120000,
        submittedAt: '2026-01-02T03:04:05Z',
      },
    ] as unknown as ApplicationView[];
    const { fixture, element, byTestId } = await render({
      kind: 'check',
      submitted,
      blocked: '截止后才能审查',
    });
    const rejected: ApplicationView[] = [];
    fixture.componentInstance.reject.subscribe((a) => rejected.push(a));
    const row = byTestId('check-row');
    expect(row?.dataset['id']).toBe('a1');
    expect(row?.textContent).toContain('甲公司');
    expect(byTestId('form-check-blocked')).not.toBeNull();
    const shortlist = byTestId('check-shortlist') as HTMLButtonElement;
    expect(shortlist.tagName).toBe('BUTTON');
    expect(shortlist.disabled).toBe(true);
    expect((byTestId('check-reject') as HTMLButtonElement).disabled).toBe(true);
    fixture.componentRef.setInput('blocked', null);
    fixture.detectChanges();
    byTestId('check-reject')?.click();
    expect(rejected.map((a) => a.id)).toEqual(['a1']);
    expect(element.querySelector('[data-testid="board-row"]')).toBeNull();
  });

  it('shows the board with scores, outliers and 拟揭榜 until one is awarded', async () => {
    const evaluated = [
      {
        applicationId: 'a2',
        company: '乙公司',
        status: 'under_review',
        count: 2,
        assigned: 3,
        score: 81.256,
        trimmed: true,
        totals: [
          { expertId: 'e1', total: 80, outlier: false },
          { expertId: 'e2', total: 40, outlier: true },
        ],
      },
    ] as unknown as EvaluationRow[];
    const { fixture, element, byTestId } = await render({
      kind: 'board',
      evaluated,
    });
    expect(byTestId('board-row')?.dataset['id']).toBe('a2');
    expect(byTestId('board-score')?.textContent?.trim()).toBe('81.26');
    expect(
      element.querySelectorAll('[data-testid="board-expert-total"]').length,
    ).toBe(2);
    expect(byTestId('board-award')?.tagName).toBe('BUTTON');
    expect(byTestId('form-check-blocked')).toBeNull();
    fixture.componentRef.setInput('awarded', true);
    fixture.detectChanges();
    expect(byTestId('board-award')).toBeNull();
  });
});
