import { Body, Controller, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ContactChannelsView, LoginResponse, SmsCodeSent } from '@scenematch/contracts';
import { ActionRoute, Actor, CurrentActor, DeleteRoute, ReadRoute, ReplaceRoute, ReqMeta, RequestMeta } from '@scenematch/server-common';
import { BindPhoneDto, SmsConsentDto, SmsLoginDto, SmsSendDto, WechatBindDto } from '../dto/phone.dto';
import { PhoneService } from './phone.service';

@ApiTags('auth')
@Controller('auth/sms')
export class SmsLoginController {
  constructor(private readonly phones: PhoneService) {}

  @UseGuards(ThrottlerGuard)
  @ActionRoute('send', { public: true, summary: 'Ask for a sign-in code by SMS: the same answer whether or not the number has an account (limited per number and address)', queued: true, ok: 'SmsCodeSent', description: 'Accepted: a code is sent if the number has an account', errors: [{ 403: 'Sign-in by SMS is switched off', 503: 'The SMS service is unavailable' }] })
  send(@Body() dto: SmsSendDto, @ReqMeta() meta: RequestMeta): Promise<SmsCodeSent> {
    return this.phones.sendLoginCode(dto.phone, meta);
  }

  @UseGuards(ThrottlerGuard)
  @ActionRoute('login', { public: true, summary: 'Sign in with a verified mobile number and its code: tokens, or the TOTP challenge of a second factor', ok: 'LoginResponse', errors: [{ 401: 'Wrong or expired code, or no account with this verified number', 403: 'Sign-in by SMS is switched off, or the account is disabled', 423: 'The account is locked' }] })
  login(@Body() dto: SmsLoginDto, @ReqMeta() meta: RequestMeta): Promise<LoginResponse> {
    return this.phones.login(dto.phone, dto.code, meta);
  }
}

@ApiTags('auth')
@Controller('me')
export class ContactChannelsController {
  constructor(private readonly phones: PhoneService) {}

  @ReadRoute('contact-channels', { summary: "The caller's mobile number (unmasked: their own), SMS consent and WeChat binding", ok: 'ContactChannelsView' })
  view(@CurrentActor() actor: Actor): Promise<ContactChannelsView> {
    return this.phones.channels(actor.userId);
  }

  @UseGuards(ThrottlerGuard)
  @ActionRoute('phone/code', { summary: 'Send a code to a number the caller is adding or changing to', queued: true, ok: 'SmsCodeSent', description: 'Accepted: the code is on its way', errors: [{ 403: 'SMS is switched off', 409: 'The number belongs to another account', 503: 'The SMS service is unavailable' }] })
  sendCode(@CurrentActor() actor: Actor, @Body() dto: SmsSendDto, @ReqMeta() meta: RequestMeta): Promise<SmsCodeSent> {
    return this.phones.sendBindCode(actor, dto.phone, meta);
  }

  @UseGuards(ThrottlerGuard)
  @ReplaceRoute('phone', { summary: 'Bind (or change to) the number with its code and the current password', ok: 'ContactChannelsView', errors: [{ 409: 'The number belongs to another account' }] })
  bind(@CurrentActor() actor: Actor, @Body() dto: BindPhoneDto, @ReqMeta() meta: RequestMeta): Promise<ContactChannelsView> {
    return this.phones.bind(actor, dto.phone, dto.code, dto.password, meta);
  }

  @DeleteRoute('phone', { summary: 'Remove the number (sign-in by phone and SMS end; the SMS consent is withdrawn)', ok: 'ContactChannelsView', errors: [{ 409: 'No number is bound' }] })
  unbind(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ContactChannelsView> {
    return this.phones.unbind(actor, meta);
  }

  @ReplaceRoute('sms-consent', { summary: 'Give (time recorded) or withdraw the consent to SMS notices (个人信息保护法)', ok: 'ContactChannelsView' })
  consent(@CurrentActor() actor: Actor, @Body() dto: SmsConsentDto, @ReqMeta() meta: RequestMeta): Promise<ContactChannelsView> {
    return this.phones.setSmsConsent(actor, dto.consent, meta);
  }

  @ReplaceRoute('wechat', { summary: "Bind the caller's openid under the WeChat service account", ok: 'ContactChannelsView', errors: [{ 409: 'The openid is bound to another account' }] })
  bindWechat(@CurrentActor() actor: Actor, @Body() dto: WechatBindDto, @ReqMeta() meta: RequestMeta): Promise<ContactChannelsView> {
    return this.phones.bindWechat(actor, dto.openid, meta);
  }

  @DeleteRoute('wechat', { summary: 'Unbind WeChat (no more template messages)', ok: 'ContactChannelsView' })
  unbindWechat(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ContactChannelsView> {
    return this.phones.unbindWechat(actor, meta);
  }
}
