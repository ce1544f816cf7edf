import { Injectable, Logger, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { AppConfig } from '@scenematch/server-config';
import * as client from 'openid-client';

/** What the provider asserted about the person, from the validated ID token and the UserInfo answer. */
export interface VerifiedClaims {
  issuer: string;
  subject: string;
  /** Authentication methods the provider used (`amr`), e.g. ['pwd', 'otp']. */
  amr: string[];
  acr: string | null;
  claims: Record<string, unknown>;
}

/** One sign-in attempt's secrets, kept server-side until the provider sends the browser back. */
export interface PendingAuthorization {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * The relying party (openid-client v6): discovery, the authorization request with PKCE (S256),
 * state and nonce, and the code exchange, in which the library checks the state, the ID token's
 * signature, issuer, audience, expiry and nonce, and the PKCE verifier.
 */
@Injectable()
export class OidcRelyingParty {
  private readonly logger = new Logger(OidcRelyingParty.name);
  private discovered: Promise<client.Configuration> | null = null;

  constructor(private readonly config: AppConfig) {}

  get settings() {
    const oidc = this.config.oidc;
    if (!oidc) throw new NotFoundException('未启用统一身份认证登录');
    return oidc;
  }

  /** 404 when sign-in through the identity service is switched off. */
  assertEnabled(): void {
    if (!this.config.oidc) throw new NotFoundException('未启用统一身份认证登录');
  }

  /** The provider's configuration, discovered once (again after a failure). */
  private configuration(): Promise<client.Configuration> {
    const oidc = this.settings;
    if (!this.discovered) {
      // http:// issuers only outside production (a local provider in development and tests).
      const options = oidc.issuer.startsWith('http://') && !this.config.isProduction ? { execute: [client.allowInsecureRequests] } : undefined;
      this.discovered = client.discovery(new URL(oidc.issuer), oidc.clientId, oidc.clientSecret, undefined, options).catch((error: unknown) => {
        this.discovered = null;
        this.logger.warn(`OIDC discovery at ${oidc.issuer} failed: ${(error as Error).message}`);
        throw new ServiceUnavailableException('统一身份认证服务暂时无法访问，请稍后再试');
      });
    }
    return this.discovered;
  }

  async authorizationUrl(): Promise<{ url: string; pending: PendingAuthorization }> {
    const configuration = await this.configuration();
    const pending: PendingAuthorization = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /** Exchanges the code; throws when the state, nonce, PKCE verifier or ID token do not check out. */
  async redeem(query: Record<string, string>, pending: PendingAuthorization): Promise<VerifiedClaims> {
    const configuration = await this.configuration();
    const current = new URL(this.settings.redirectUri);
    current.search = new URLSearchParams(query).toString();
    const tokens = await client.authorizationCodeGrant(configuration, current, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new Error('no ID token');
    let claims: Record<string, unknown> = { ...idToken };
    // Code flow providers often keep profile claims (e-mail, phone) for the UserInfo endpoint.
    if (tokens.access_token && configuration.serverMetadata().userinfo_endpoint) {
      const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
      claims = { ...userInfo, ...claims };
    }
    return {
      issuer: idToken.iss,
      subject: idToken.sub,
      amr: Array.isArray(idToken['amr']) ? idToken['amr'].map(String) : [],
      acr: typeof idToken['acr'] === 'string' ? idToken['acr'] : null,
      claims,
    };
  }
}
