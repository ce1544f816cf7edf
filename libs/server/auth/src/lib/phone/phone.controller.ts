import { Body, Controller, Delete, HttpCode, Post, Put, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ContactChannelsView, LoginResponse, SmsCodeSent } from '@scenematch/contracts';
import { ActionRoute, Actor, ApiErrors, ApiOk, CurrentActor, Public, ReadRoute, ReqMeta, RequestMeta } from '@scenematch/server-common';
import { BindPhoneDto, SmsConsentDto, SmsLoginDto, SmsSendDto, WechatBindDto } from '../dto/phone.dto';
import { PhoneService } from './phone.service';

@ApiTags('auth')
@Controller('auth/sms')
export class SmsLoginController {
  constructor(private readonly phones: PhoneService) {}

  @Post('send')
  @Public()
  @HttpCode(202)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Ask for a sign-in code by SMS: the same answer whether or not the number has an account (limited per number and address)' })
  @ApiOk('SmsCodeSent', 'Accepted: a code is sent if the number has an account')
  @ApiErrors({ 403: 'Sign-in by SMS is switched off', 503: 'The SMS service is unavailable' })
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

  @Post('phone/code')
  @HttpCode(202)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Send a code to a number the caller is adding or changing to' })
  @ApiOk('SmsCodeSent', 'Accepted: the code is on its way')
  @ApiErrors({ 403: 'SMS is switched off', 409: 'The number belongs to another account', 503: 'The SMS service is unavailable' })
  sendCode(@CurrentActor() actor: Actor, @Body() dto: SmsSendDto, @ReqMeta() meta: RequestMeta): Promise<SmsCodeSent> {
    return this.phones.sendBindCode(actor, dto.phone, meta);
  }

  @Put('phone')
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Bind (or change to) the number with its code and the current password' })
  @ApiOk('ContactChannelsView')
  @ApiErrors({ 409: 'The number belongs to another account' })
  bind(@CurrentActor() actor: Actor, @Body() dto: BindPhoneDto, @ReqMeta() meta: RequestMeta): Promise<ContactChannelsView> {
    return this.phones.bind(actor, dto.phone, dto.code, dto.password, meta);
  }

  @Delete('phone')
  @ApiOperation({ summary: 'Remove the number (sign-in by phone and SMS end; the SMS consent is withdrawn)' })
  @ApiOk('ContactChannelsView')
  @ApiErrors({ 409: 'No number is bound' })
  unbind(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ContactChannelsView> {
    return this.phones.unbind(actor, meta);
  }

  @Put('sms-consent')
  @ApiOperation({ summary: 'Give (time recorded) or withdraw the consent to SMS notices (个人信息保护法)' })
  @ApiOk('ContactChannelsView')
  consent(@CurrentActor() actor: Actor, @Body() dto: SmsConsentDto, @ReqMeta() meta: RequestMeta): Promise<ContactChannelsView> {
    return this.phones.setSmsConsent(actor, dto.consent, meta);
  }

  @Put('wechat')
  @ApiOperation({ summary: "Bind the caller's openid under the WeChat service account" })
  @ApiOk('ContactChannelsView')
  @ApiErrors({ 409: 'The openid is bound to another account' })
  bindWechat(@CurrentActor() actor: Actor, @Body() dto: WechatBindDto, @ReqMeta() meta: RequestMeta): Promise<ContactChannelsView> {
    return this.phones.bindWechat(actor, dto.openid, meta);
  }

  @Delete('wechat')
  @ApiOperation({ summary: 'Unbind WeChat (no more template messages)' })
  @ApiOk('ContactChannelsView')
  unbindWechat(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ContactChannelsView> {
    return this.phones.unbindWechat(actor, meta);
  }
}
