import { TestBed } from '@angular/core/testing';
import { HighlightComponent } from './highlight.component';

describe('HighlightComponent', () => {
  async function render(text: string, terms: string[]): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(HighlightComponent);
    fixture.componentRef.setInput('text', text);
    fixture.componentRef.setInput('terms', terms);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('marks the hits and renders the text exactly, without extra spaces', async () => {
    const element = await render('市容巡查与环境卫生巡查', ['巡查']);
    expect(element.textContent).toBe('市容巡查与环境卫生巡查');
    expect(
      Array.from(element.querySelectorAll('mark.sm-hit')).map(
        (m) => m.textContent,
      ),
    ).toEqual(['巡查', '巡查']);
  });

  it('shows markup in a title as text, never as HTML', async () => {
    const element = await render('<img src=x onerror=alert(1)>巡查', ['巡查']);
    expect(element.querySelector('img')).toBeNull();
    expect(element.textContent).toBe('<img src=x onerror=alert(1)>巡查');
  });
});
