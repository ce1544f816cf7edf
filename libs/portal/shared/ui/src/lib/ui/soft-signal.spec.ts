import { TestBed } from '@angular/core/testing';
import { Subject, of, throwError } from 'rxjs';
import { softSignal } from './soft-signal';

describe('softSignal', () => {
  it('holds the fallback while the request runs, then its answer', () => {
    const answer = new Subject<string[]>();
    const value = TestBed.runInInjectionContext(() =>
      softSignal(answer, [] as string[]),
    );
    expect(value()).toEqual([]);
    answer.next(['a', 'b']);
    expect(value()).toEqual(['a', 'b']);
  });

  it('keeps the fallback when the request fails', () => {
    const value = TestBed.runInInjectionContext(() =>
      softSignal(throwError(() => new Error('down')), 'none'),
    );
    expect(value()).toBe('none');
  });

  it('takes an answer that arrives at once', () => {
    const value = TestBed.runInInjectionContext(() =>
      softSignal(of(3), 0),
    );
    expect(value()).toBe(3);
  });
});
