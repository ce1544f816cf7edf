import type { Signal } from '@angular/core';
import type { FormControl } from '@angular/forms';
import { Router } from '@angular/router';
import { TestBed } from '@angular/core/testing';
import { NzMessageService } from 'ng-zorro-antd/message';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { settle, usePortalComponent } from '@scenematch/portal/testing/portal-harness';
import { PersonalDataCardComponent } from './personal-data-card.component';

/** What the tests reach of the card. */
interface Card {
  openErase(): void;
  erase(): Promise<void>;
  readonly password: FormControl<string>;
  readonly passwordError: Signal<string | null>;
  readonly erasing: Signal<boolean>;
  readonly busy: Signal<boolean>;
}

describe('PersonalDataCardComponent', () => {
  const under = usePortalComponent(PersonalDataCardComponent, { role: 'enterprise' });
  const card = () => under.fixture.componentInstance as unknown as Card;

  it('sends nothing without the password', async () => {
    under.fixture.detectChanges();
    card().openErase();
    await card().erase();
    expect(card().password.dirty).toBe(true);
    under.httpMock.expectNone('/api/me/erasure');
  });

  it('keeps a wrong password under its field, the dialog open', async () => {
    under.fixture.detectChanges();
    card().openErase();
    card().password.setValue('wrong');
    const done = card().erase();
    expect(card().busy()).toBe(true);
    under.httpMock.expectOne('/api/me/erasure').flush(
      { statusCode: 400, message: '校验失败', errors: [{ field: 'password', message: '密码不正确' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await done;
    expect(card().passwordError()).toBe('密码不正确');
    expect(card().password.errors).toEqual({ server: '密码不正确' });
    expect(card().erasing()).toBe(true);
    expect(card().busy()).toBe(false);
  });

  it('ends the session and goes home once the data is erased', async () => {
    const success = jest.spyOn(TestBed.inject(NzMessageService), 'success');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl');
    under.fixture.detectChanges();
    card().openErase();
    card().password.setValue('secret-1');
    const done = card().erase();
    const request = under.httpMock.expectOne('/api/me/erasure');
    expect(request.request.body).toEqual({ password: 'secret-1' });
    request.flush(null);
    await done;
    await settle();
    expect(card().erasing()).toBe(false);
    expect(TestBed.inject(AuthStore).user()).toBeNull();
    expect(success).toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledWith('/');
  });
});
