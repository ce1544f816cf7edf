import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ContactChannelsView, SmsCodeSent } from '@scenematch/contracts';
import { Observable } from 'rxjs';

/** The signed-in user's mobile number, SMS consent and WeChat binding. */
@Injectable({ providedIn: 'root' })
export class ContactChannelsApi {
  private readonly http = inject(HttpClient);

  view(): Observable<ContactChannelsView> {
    return this.http.get<ContactChannelsView>('/api/me/contact-channels');
  }

  sendCode(phone: string): Observable<SmsCodeSent> {
    return this.http.post<SmsCodeSent>('/api/me/phone/code', { phone });
  }

  bind(body: {
    phone: string;
    code: string;
    password: string;
  }): Observable<ContactChannelsView> {
    return this.http.put<ContactChannelsView>('/api/me/phone', body);
  }

  unbind(): Observable<ContactChannelsView> {
    return this.http.delete<ContactChannelsView>('/api/me/phone');
  }

  setSmsConsent(consent: boolean): Observable<ContactChannelsView> {
    return this.http.put<ContactChannelsView>('/api/me/sms-consent', {
      consent,
    });
  }

  bindWechat(openid: string): Observable<ContactChannelsView> {
    return this.http.put<ContactChannelsView>('/api/me/wechat', { openid });
  }

  unbindWechat(): Observable<ContactChannelsView> {
    return this.http.delete<ContactChannelsView>('/api/me/wechat');
  }
}
