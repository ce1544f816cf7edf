import { isValidUscc, OrganisationType } from '@scenematch/contracts';

/** What verification and rejection look at in an organisation. */
export interface VerificationState {
  uscc: string | null;
  verified: boolean;
  rejectedAt: Date | null;
}

/** Why staff may not verify an organisation now, or null when they may. */
export function verificationRefusal(organisation: VerificationState): 'invalid-uscc' | 'already-verified' | null {
  if (!organisation.uscc || !isValidUscc(organisation.uscc)) return 'invalid-uscc';
  if (organisation.verified) return 'already-verified';
  // A rejected organisation may be verified later: it corrected its details.
  return null;
}

/** Why staff may not reject an organisation now, or null when they may (only one awaiting verification). */
export function rejectionRefusal(organisation: VerificationState): 'already-verified' | 'already-rejected' | null {
  if (organisation.verified) return 'already-verified';
  if (organisation.rejectedAt) return 'already-rejected';
  return null;
}

/**
 * Registering an agency whose name already exists: a unit imported from a published list has no
 * code yet and is claimed by the registration; a unit that already has a code is taken.
 */
export function agencyNameClaim(existing: { uscc: string | null }): 'claim' | 'taken' {
  return existing.uscc ? 'taken' : 'claim';
}

/** Only banks and investors say which kind of financier they are. */
export function financierKindAllowed(type: OrganisationType, financierKind: string | null | undefined): boolean {
  return type === 'financier' || !financierKind;
}
