import { Body, Controller, createParamDecorator, ExecutionContext, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { AuthTokens, LoginResponse, UserView } from '@scenematch/contracts';
import { ActionRoute, Actor, CreateRoute, CurrentActor, ReadRoute, ReqMeta, RequestMeta } from '@scenematch/server-common';
import { AuthService } from './auth.service';
import { LoginDto, RefreshDto, RegisterDto } from './dto/auth.dto';
import { ChangePasswordDto } from './dto/password.dto';
import { User } from './entities/user.entity';
import { LocalAuthGuard } from './guards';
import { PasswordService } from './password.service';

/** The user entity that LocalAuthGuard put on the request. */
const CurrentUserEntity = createParamDecorator(
  (_: unknown, context: ExecutionContext): User => context.switchToHttp().getRequest<{ user: User }>().user,
);

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly passwords: PasswordService,
  ) {}

  @UseGuards(ThrottlerGuard)
  @CreateRoute('register', { public: true, summary: 'Register a user together with a new organisation; signs the user in', created: 'AuthTokens', description: 'Registered and signed in', errors: [{ 409: 'The email is already registered, or the organisation (USCC) already exists' }] })
  register(@Body() dto: RegisterDto, @ReqMeta() meta: RequestMeta): Promise<AuthTokens> {
    return this.auth.register(dto, meta);
  }

  @UseGuards(ThrottlerGuard, LocalAuthGuard)
  @ActionRoute('login', { public: true, summary: 'Sign in with email and password: tokens, or a second-factor challenge, or an enrolment token', ok: 'LoginResponse', description: 'Tokens, a second-factor challenge, or an enrolment token', errors: [{ 401: 'Wrong email or password', 403: 'The account is disabled or its organisation was rejected', 423: 'Too many failures: locked until `lockedUntil`' }] })
  login(@Body() _dto: LoginDto, @ReqMeta() meta: RequestMeta, @CurrentUserEntity() user: User): Promise<LoginResponse> {
    return this.auth.login(user, meta);
  }

  @Throttle({ default: { limit: 600, ttl: 60_000 } })
  @UseGuards(ThrottlerGuard)
  @ActionRoute('refresh', { public: true, summary: 'Exchange a refresh token for new tokens (the refresh token rotates)', ok: 'AuthTokens', errors: [{ 401: 'The refresh token is unknown, expired or already used (a reused token ends every session)', 423: 'The account is locked' }] })
  refresh(@Body() dto: RefreshDto, @ReqMeta() meta: RequestMeta): Promise<AuthTokens> {
    return this.auth.refresh(dto.refreshToken, meta);
  }

  @ActionRoute('logout', { public: true, summary: "Sign out everywhere: revokes every refresh token of the token's user", noContent: true, description: 'Signed out (also when the token was already invalid)' })
  async logout(@Body() dto: RefreshDto, @ReqMeta() meta: RequestMeta): Promise<void> {
    await this.auth.logout(dto.refreshToken, meta);
  }

  @UseGuards(ThrottlerGuard)
  @ActionRoute('password', { summary: 'Change the password (policy, no reuse of the last five); ends every session', noContent: true, description: 'Changed; every session ends' })
  async changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto, @ReqMeta() meta: RequestMeta): Promise<void> {
    await this.passwords.change(actor.userId, dto, meta);
  }
}

@ApiTags('auth')
@Controller('me')
export class MeController {
  constructor(private readonly auth: AuthService) {}

  @ReadRoute({ summary: 'The signed-in user, role and organisation', ok: 'UserView' })
  me(@CurrentActor() actor: Actor): Promise<UserView> {
    return this.auth.me(actor.userId);
  }
}
