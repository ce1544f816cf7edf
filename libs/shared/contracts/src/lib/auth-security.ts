import type { AuthTokens, UserView } from './api';

/** TOTP parameters every authenticator app understands (RFC 6238 defaults). */
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;
/** How many of the most recent passwords (the current one included) may not be chosen again. */
export const PASSWORD_HISTORY_DEPTH = 5;

/** POST /api/auth/login when the account has a second factor: the code is asked next. */
export interface MfaChallenge {
  mfaRequired: true;
  /** Short-lived; only POST /api/auth/mfa/verify accepts it. */
  challengeToken: string;
  /** @asType integer */
  expiresIn: number;
}

/**
 * POST /api/auth/login when a second factor is mandatory for the account but not set up yet: the
 * token only opens POST /api/auth/mfa/setup and /enable.
 */
export interface MfaEnrolmentRequired {
  mfaEnrolmentRequired: true;
  enrolmentToken: string;
  /** @asType integer */
  expiresIn: number;
  user: UserView;
}

export type LoginResponse = AuthTokens | MfaChallenge | MfaEnrolmentRequired;

export function isMfaChallenge(response: LoginResponse): response is MfaChallenge {
  return (response as MfaChallenge).mfaRequired === true;
}

export function isMfaEnrolment(response: LoginResponse): response is MfaEnrolmentRequired {
  return (response as MfaEnrolmentRequired).mfaEnrolmentRequired === true;
}

/** POST /api/auth/mfa/verify: the TOTP code or one recovery code (exactly one). */
export interface MfaVerifyRequest {
  challengeToken: string;
  code?: string;
  recoveryCode?: string;
}

/** POST /api/auth/mfa/setup */
export interface MfaSetup {
  /** Base32, for typing into an authenticator app by hand. */
  secret: string;
  otpauthUrl: string;
  /** PNG data URL of the otpauth URL as a QR code. */
  qrDataUrl: string;
}

/** POST /api/auth/mfa/enable: recovery codes are shown once; tokens when enrolling at sign-in. */
export interface MfaEnableResult {
  recoveryCodes: string[];
  tokens?: AuthTokens;
}

/** GET /api/auth/mfa */
export interface MfaStatus {
  enabled: boolean;
  /** A second factor is mandatory for this account (it cannot be switched off). */
  required: boolean;
  /** @format date-time */
  enabledAt: string | null;
  /** @asType integer */
  recoveryCodesLeft: number;
}

/** POST /api/auth/mfa/disable */
export interface MfaDisableRequest {
  password: string;
  code?: string;
  recoveryCode?: string;
}

/** POST /api/auth/password */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}
