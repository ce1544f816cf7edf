import type {
  ApplicationStatus,
  ConsortiumMemberState,
} from '@scenematch/contracts';

/** Catalogue keys of the application states (the Chinese texts equal APPLICATION_STATUS_LABELS). */
export const APPLICATION_STATUS_KEYS: Record<ApplicationStatus, string> = {
  draft: 'applications.statuses.draft',
  submitted: 'applications.statuses.submitted',
  withdrawn: 'applications.statuses.withdrawn',
  shortlisted: 'applications.statuses.shortlisted',
  rejected: 'applications.statuses.rejected',
  under_review: 'applications.statuses.under_review',
  selected: 'applications.statuses.selected',
  not_selected: 'applications.statuses.not_selected',
};

/** Catalogue keys of a consortium member's answers (CONSORTIUM_MEMBER_STATE_LABELS). */
export const CONSORTIUM_MEMBER_STATE_KEYS: Record<
  ConsortiumMemberState,
  string
> = {
  invited: 'applications.memberStates.invited',
  accepted: 'applications.memberStates.accepted',
  declined: 'applications.memberStates.declined',
};

/** A text lookup (LanguageService.t, or `translator` in specs) for plain functions. */
export type Translate = (
  key: string,
  params?: Record<string, unknown>,
) => string;
