import type { Role } from './roles';
import type { OrganisationType } from './roles';

/** The version of the privacy notice (/privacy) a registration consents to; bump it when the text changes. */
export const PRIVACY_NOTICE_VERSION = '2026-12-06';

export const USER_STATUSES = ['active', 'disabled', 'locked', 'erased'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const VERIFICATION_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** A user as the admin console lists it. */
export interface AdminUserView {
  /** @format uuid */
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisation: { id: string; name: string; type: OrganisationType; verified: boolean };
  status: UserStatus;
  disabledReason: string | null;
  mfaEnabled: boolean;
  /** The verified mobile number, masked (138****5678): staff never see it whole. */
  phone: string | null;
  /** @format date-time */
  lockedUntil: string | null;
  /** @format date-time */
  lastLoginAt: string | null;
  /** @format date-time */
  createdAt: string;
}

/** An organisation as the admin console lists it (verification queue included). */
export interface AdminOrganisationView {
  /** @format uuid */
  id: string;
  type: OrganisationType;
  name: string;
  uscc: string | null;
  /** Whether the code passes GB 32100-2015 (format and check character). */
  usccValid: boolean;
  verificationStatus: VerificationStatus;
  /** @format date-time */
  verifiedAt: string | null;
  /** @format date-time */
  rejectedAt: string | null;
  rejectionReason: string | null;
  /** @asType integer */
  members: number;
  /** @format date-time */
  createdAt: string;
}

/** What a signed-in user can download about themselves (个人信息保护法 第四十五条). */
export interface PersonalDataExport {
  /** @format date-time */
  exportedAt: string;
  privacyNoticeVersion: string | null;
  account: {
    id: string;
    email: string;
    displayName: string;
    role: Role;
    /** @format date-time */
    createdAt: string;
    /** @format date-time */
    lastLoginAt: string | null;
    /** @format date-time */
    passwordChangedAt: string | null;
    mfaEnabled: boolean;
    /** The owner's own copy: the number unmasked. */
    phone: string | null;
    /** @format date-time */
    phoneVerifiedAt: string | null;
    /** @format date-time */
    smsConsentAt: string | null;
    wechatBound: boolean;
    privacyConsentVersion: string | null;
    /** @format date-time */
    privacyConsentedAt: string | null;
  };
  organisation: { id: string; type: OrganisationType; name: string; uscc: string | null; verified: boolean };
  notifications: Array<{ id: string; kind: string; title: string; body: string; link: string | null; readAt: string | null; createdAt: string }>;
  auditEvents: Array<{ id: string; at: string; action: string; outcome: string; entityType: string | null; entityId: string | null; ip: string | null; userAgent: string | null }>;
}
