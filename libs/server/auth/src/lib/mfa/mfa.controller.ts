import { Body, Controller, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { AuthTokens, MfaEnableResult, MfaSetup, MfaStatus } from '@scenematch/contracts';
import { ActionRoute, Actor, CurrentActor, ReadRoute, ReqMeta, RequestMeta } from '@scenematch/server-common';
import { MfaEnableDto, MfaDisableDto, MfaVerifyDto } from '../dto/mfa.dto';
import { CurrentMfaSubject, MfaEnrolmentGuard } from './mfa-enrolment.guard';
import { MfaService, MfaSubject } from './mfa.service';

@ApiTags('auth')
@Controller('auth/mfa')
export class MfaController {
  constructor(private readonly mfa: MfaService) {}

  @ReadRoute({ summary: 'Whether the signed-in user has a second factor, and whether it is mandatory', ok: 'MfaStatus' })
  status(@CurrentActor() actor: Actor): Promise<MfaStatus> {
    return this.mfa.status(actor.userId);
  }

  @UseGuards(ThrottlerGuard, MfaEnrolmentGuard)
  @ApiBearerAuth()
  @ActionRoute('setup', { public: true, summary: 'A new TOTP secret with its otpauth URL and QR code (access or enrolment token)', ok: 'MfaSetup', errors: [{ 401: 'Neither a valid access token nor an enrolment token', 409: 'A second factor is already enabled' }] })
  setup(@CurrentMfaSubject() subject: MfaSubject, @ReqMeta() meta: RequestMeta): Promise<MfaSetup> {
    return this.mfa.setup(subject, meta);
  }

  @UseGuards(ThrottlerGuard, MfaEnrolmentGuard)
  @ApiBearerAuth()
  @ActionRoute('enable', { public: true, summary: 'Confirm the new secret with a code: recovery codes (shown once), and tokens when enrolling at sign-in', ok: 'MfaEnableResult', errors: [{ 401: 'Neither a valid access token nor an enrolment token', 409: 'A second factor is already enabled, or no setup was started' }] })
  enable(@CurrentMfaSubject() subject: MfaSubject, @Body() dto: MfaEnableDto, @ReqMeta() meta: RequestMeta): Promise<MfaEnableResult> {
    return this.mfa.enable(subject, dto.code, meta, dto.password);
  }

  @UseGuards(ThrottlerGuard)
  @ActionRoute('verify', { public: true, summary: 'Second step of a sign-in: challenge token and a TOTP or recovery code give the tokens', ok: 'AuthTokens', errors: [{ 401: 'The challenge token is invalid or expired, or the code is wrong', 423: 'Too many wrong codes: locked until `lockedUntil`' }] })
  verify(@Body() dto: MfaVerifyDto, @ReqMeta() meta: RequestMeta): Promise<AuthTokens> {
    return this.mfa.verify(dto, meta);
  }

  @UseGuards(ThrottlerGuard)
  @ActionRoute('disable', { summary: 'Switch the second factor off (password and a code); refused where it is mandatory', noContent: true, description: 'Switched off', errors: [{ 409: 'No second factor is enabled, or it is mandatory for this role' }] })
  async disable(@CurrentActor() actor: Actor, @Body() dto: MfaDisableDto, @ReqMeta() meta: RequestMeta): Promise<void> {
    await this.mfa.disable(actor.userId, dto, meta);
  }
}
