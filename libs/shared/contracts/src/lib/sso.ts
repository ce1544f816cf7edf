import type { LoginResponse } from './auth-security';

/** Whether the unified identity service (统一身份认证) sign-in is offered, and its button text. */
export interface SsoConfigView {
  enabled: boolean;
  displayName: string;
}

/** The identity provider knows the person but the platform does not yet: an admin decides. */
export interface SsoPendingResult {
  ssoPending: true;
  message: string;
}

/** What the portal gets when it redeems the one-time sign-in result after the redirect. */
export type SsoExchangeResponse = LoginResponse | SsoPendingResult;

export function isSsoPending(response: SsoExchangeResponse): response is SsoPendingResult {
  return (response as SsoPendingResult).ssoPending === true;
}

export type SsoLinkRequestStatus = 'pending' | 'approved' | 'rejected';

export const SSO_LINK_REQUEST_STATUS_LABELS: Record<SsoLinkRequestStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已驳回',
};

/** A person signed in at the identity provider whom the platform could not link on its own. */
export interface SsoLinkRequestView {
  /** @format uuid */
  id: string;
  issuer: string;
  subject: string;
  name: string | null;
  email: string | null;
  emailVerified: boolean;
  phone: string | null;
  phoneVerified: boolean;
  /** The USCC (companies) or staff id the provider asserted, from the configured claim. */
  externalId: string | null;
  status: SsoLinkRequestStatus;
  /** An existing account with the same e-mail (unverified at the provider): a likely match. */
  suggestedUser: { id: string; email: string; displayName: string } | null;
  /** @format date-time */
  decidedAt: string | null;
  decisionReason: string | null;
  linkedUser: { id: string; email: string; displayName: string } | null;
  /** @format date-time */
  createdAt: string;
}

/** Approve by linking to an existing user, or by creating a user in an organisation. */
export interface SsoApproveRequest {
  userId?: string;
  organisationId?: string;
  email?: string;
  displayName?: string;
}

export interface SsoRejectRequest {
  reason: string;
}

/** One identity-provider account linked to a platform user. */
export interface LinkedIdentityView {
  /** @format uuid */
  id: string;
  issuer: string;
  providerName: string;
  subject: string;
  /** @format date-time */
  linkedAt: string;
  /** How it was linked: by a verified e-mail, by an admin's approval. */
  linkedBy: 'verified_email' | 'verified_phone' | 'admin_approval';
  /** @format date-time */
  lastLoginAt: string | null;
}
