import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RolesGuard } from '@scenematch/server-common';
import { AppConfig } from '@scenematch/server-config';
import { OrganisationsModule } from '@scenematch/server-organisations';
import { createRedis } from '@scenematch/server-queue';
import { AccountAdminController } from './admin/account-admin.controller';
import { AccountAdminService } from './admin/account-admin.service';
import { AuthController, MeController } from './auth.controller';
import { PersonalDataController } from './personal-data/personal-data.controller';
import { PersonalDataService } from './personal-data/personal-data.service';
import { AuthService } from './auth.service';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';
import { JwtAuthGuard } from './guards';
import { LoginAttempts } from './login-attempts';
import { MfaEnrolmentGuard } from './mfa/mfa-enrolment.guard';
import { MfaController } from './mfa/mfa.controller';
import { MfaService } from './mfa/mfa.service';
import { PasswordService } from './password.service';
import { ContactChannelsController, SmsLoginController } from './phone/phone.controller';
import { PhoneService } from './phone/phone.service';
import { SmsCodes } from './phone/sms-codes';
import { SessionVersions } from './session-versions';
import { JwtStrategy, LocalStrategy } from './strategies';
import { ResilientThrottlerStorage } from './throttler-storage';
import { TokenService } from './token.service';
import { OidcRelyingParty } from './sso/oidc-relying-party';
import { SsoAccountController, SsoController } from './sso/sso.controller';
import { SsoLinkRequest, UserIdentity } from './sso/sso.entities';
import { SsoFlowStore } from './sso/sso-flow.store';
import { SsoService } from './sso/sso.service';

/**
 * Sign-in and accounts. Installs the global guards every later endpoint relies on: JWT
 * authentication (routes are private unless @Public) and @Roles checks.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([User, RefreshToken, UserIdentity, SsoLinkRequest]),
    PassportModule,
    JwtModule.register({}),
    OrganisationsModule,
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const redis = createRedis(config.REDIS_URL, 'producer', { keyPrefix: `${config.QUEUE_PREFIX}:throttle:` });
        redis.on('error', () => undefined);
        return {
          throttlers: [{ name: 'default', ttl: 60_000, limit: config.AUTH_RATE_LIMIT_PER_MINUTE }],
          storage: new ResilientThrottlerStorage(redis),
          errorMessage: '请求过于频繁，请稍后再试',
        };
      },
    }),
  ],
  controllers: [AuthController, MeController, MfaController, AccountAdminController, PersonalDataController, SsoController, SsoAccountController, SmsLoginController, ContactChannelsController],
  providers: [
    AuthService,
    TokenService,
    LoginAttempts,
    MfaService,
    MfaEnrolmentGuard,
    PasswordService,
    SessionVersions,
    AccountAdminService,
    PersonalDataService,
    OidcRelyingParty,
    SsoFlowStore,
    SsoService,
    PhoneService,
    SmsCodes,
    LocalStrategy,
    JwtStrategy,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AuthService, TokenService, SessionVersions, TypeOrmModule],
})
export class AuthModule {}
