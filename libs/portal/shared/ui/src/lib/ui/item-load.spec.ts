import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { of, throwError } from 'rxjs';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { ItemLoad } from './item-load';

describe('ItemLoad', () => {
  const signedIn = signal(false);

  function setUp(fetch: (id: string) => ReturnType<typeof of<{ id: string }>>) {
    TestBed.configureTestingModule({
      providers: [
        {
          provide: AuthStore,
          useValue: {
            isSignedIn: signedIn,
            whenReady: () => Promise.resolve(),
          },
        },
      ],
    });
    const id = signal('a');
    const starts: boolean[] = [];
    const load = TestBed.runInInjectionContext(
      () => new ItemLoad(id, fetch, (other) => starts.push(other)),
    );
    return { id, load, starts };
  }

  async function settle(): Promise<void> {
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
  }

  it('loads the item of the id, again when the id or the session changes', async () => {
    const { id, load, starts } = setUp((key) => of({ id: key }));
    expect(load.view()).toEqual({ state: 'loading' });
    await settle();
    expect(load.item()).toEqual({ id: 'a' });
    signedIn.set(true);
    await settle();
    id.set('b');
    await settle();
    expect(load.item()).toEqual({ id: 'b' });
    expect(starts).toEqual([true, false, true]);
  });

  it('tells a missing item from a failed load', async () => {
    const status = { code: 404 };
    const { load } = setUp(() =>
      throwError(
        () =>
          new HttpErrorResponse({
            status: status.code,
            error: { statusCode: status.code, message: '出错了' },
          }),
      ),
    );
    await settle();
    expect(load.view()).toEqual({ state: 'notFound' });
    status.code = 500;
    load.retry();
    await settle();
    expect(load.view().state).toBe('failed');
    expect(load.failure()).toBeTruthy();
    load.set({ id: 'a' });
    expect(load.item()).toEqual({ id: 'a' });
  });
});
