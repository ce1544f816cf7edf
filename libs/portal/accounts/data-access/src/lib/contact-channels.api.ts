import { inject, Injectable } from '@angular/core';
import type { RequestBody } from '@scenematch/api-client';
import type { ContactChannelsView, SmsCodeSent } from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '@scenematch/portal/core/http/api-client';

/** The signed-in user's mobile number, SMS consent and WeChat binding. */
@Injectable({ providedIn: 'root' })
export class ContactChannelsApi {
  private readonly api = inject(ApiClient);

  view(): Observable<ContactChannelsView> {
    return this.api.get('/api/me/contact-channels');
  }

  sendCode(phone: string): Observable<SmsCodeSent> {
    return this.api.post('/api/me/phone/code', { phone });
  }

  bind(
    body: RequestBody<'/api/me/phone', 'put'>,
  ): Observable<ContactChannelsView> {
    return this.api.put('/api/me/phone', body);
  }

  unbind(): Observable<ContactChannelsView> {
    return this.api.delete('/api/me/phone');
  }

  setSmsConsent(consent: boolean): Observable<ContactChannelsView> {
    return this.api.put('/api/me/sms-consent', { consent });
  }

  bindWechat(openid: string): Observable<ContactChannelsView> {
    return this.api.put('/api/me/wechat', { openid });
  }

  unbindWechat(): Observable<ContactChannelsView> {
    return this.api.delete('/api/me/wechat');
  }
}
