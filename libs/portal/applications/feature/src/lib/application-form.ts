import { FormBuilder, Validators } from '@angular/forms';
import type { ApplicationStatus, ApplicationView } from '@scenematch/contracts';
import type { ApplicationRequest } from '@scenematch/portal/applications/data-access/applications.api';
import {
  APPLICATION_STATUS_KEYS,
  type Translate,
} from '@scenematch/portal/shared/ui/application/application-keys';
import type { FormNotice } from '@scenematch/portal/shared/ui/forms/form-notices.component';
import type { IntentButton } from '@scenematch/portal/shared/ui/forms/intent-buttons.component';

/** The API's limits (ApplicationDto), checked before sending. */
export const APPLICATION_RULES = {
  proposalMin: 20,
  proposalMax: 20000,
  quoteMax: 1e11,
  durationMin: 1,
  durationMax: 3650,
  teamMax: 5000,
  membersMax: 4,
} as const;

export interface ApplicationFormValue {
  proposal: string;
  quote: number | null;
  durationDays: number | null;
  team: string;
  productIds: string[];
  memberIds: string[];
  truthful: boolean;
}

const trimmedLength = (min: number, max: number) => (c: { value: unknown }) => {
  const n = String(c.value ?? '').trim().length;
  return n < min || n > max ? { length: true } : null;
};

/** The form's control paths are the API's field paths, except `declarations.truthful` (an alias). */
export const APPLICATION_ERROR_ALIASES = {
  'declarations.truthful': 'truthful',
};

export function createApplicationForm(fb: FormBuilder) {
  const R = APPLICATION_RULES;
  return fb.nonNullable.group({
    proposal: [
      '',
      [Validators.required, trimmedLength(R.proposalMin, R.proposalMax)],
    ],
    quote: fb.control<number | null>(null, [
      Validators.required,
      Validators.min(0),
      Validators.max(R.quoteMax),
    ]),
    durationDays: fb.control<number | null>(null, [
      Validators.required,
      Validators.min(R.durationMin),
      Validators.max(R.durationMax),
    ]),
    team: ['', [Validators.maxLength(R.teamMax)]],
    productIds: fb.nonNullable.control<string[]>([]),
    memberIds: fb.nonNullable.control<string[]>(
      [],
      [
        (c: { value: unknown }) =>
          Array.isArray(c.value) && c.value.length > R.membersMax
            ? { maxMembers: true }
            : null,
      ],
    ),
    // Required on submit only (a draft may be saved without it): checked by the page.
    truthful: false,
  });
}

export type ApplicationForm = ReturnType<typeof createApplicationForm>;

/** The form's value as the API's body: trimmed texts, whole days, a quote in 元 rounded to fen. */
export function toApplicationRequest(
  value: ApplicationFormValue,
): ApplicationRequest {
  return {
    proposal: value.proposal.trim(),
    productIds: [...value.productIds],
    memberIds: [...value.memberIds],
    quote: Math.round((value.quote ?? 0) * 100) / 100,
    durationDays: Math.round(value.durationDays ?? 0),
    team: value.team.trim(),
    declarations: { truthful: value.truthful },
  };
}

export function fromApplicationView(
  view: ApplicationView,
): ApplicationFormValue {
  return {
    proposal: view.proposal,
    quote: view.quote,
    durationDays: view.durationDays,
    team: view.team ?? '',
    productIds: view.products.map((p) => p.id),
    memberIds: (view.members ?? []).map((m) => m.id),
    truthful: !!view.declarations?.['truthful'],
  };
}

/** Only what changed, so that a PATCH leaves the rest alone. */
export function changedApplicationFields(
  before: ApplicationRequest,
  after: ApplicationRequest,
): Partial<ApplicationRequest> {
  const changes: Partial<ApplicationRequest> = {};
  const keys = Object.keys(after) as Array<keyof ApplicationRequest>;
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      (changes as Record<string, unknown>)[key] = after[key];
  }
  return changes;
}

/**
 * What 揭榜申报 says above its fields: why it cannot be edited (its state, or the scenario no
 * longer taking bids), the batch rules a submission failed, a failed save.
 */
export function applyNotices(
  state: {
    locked: boolean;
    saved: boolean;
    status: ApplicationStatus;
    eligibility: readonly string[];
    error: string | null;
  },
  t: Translate,
): (FormNotice | false)[] {
  return [
    state.locked && {
      type: 'warning',
      message: state.saved
        ? t('applications.apply.notEditable', {
            status: t(APPLICATION_STATUS_KEYS[state.status]),
          })
        : t('applications.apply.closed'),
      testid: 'apply-locked',
    },
    state.eligibility.length > 0 && {
      type: 'error',
      message: t('applications.apply.eligibilityTitle'),
      description: state.eligibility,
      testid: 'apply-eligibility',
    },
    !!state.error && {
      type: 'error',
      message: state.error,
      testid: 'apply-error',
    },
  ];
}

export type ApplySaveIntent = 'save' | 'submit';

const DRAFT_BUTTONS: IntentButton<ApplySaveIntent>[] = [
  {
    intent: 'save',
    label: 'applications.apply.saveDraft',
    testid: 'apply-save',
    submit: true,
  },
  {
    intent: 'submit',
    label: 'applications.apply.submit',
    testid: 'apply-submit',
    type: 'primary',
    icon: 'send',
    question: 'applications.apply.confirmSubmit',
    ok: 'applications.apply.confirmSubmitOk',
  },
];
const SUBMITTED_BUTTONS: IntentButton<ApplySaveIntent>[] = [
  {
    intent: 'save',
    label: 'applications.apply.saveChanges',
    testid: 'apply-save',
    type: 'primary',
    submit: true,
  },
];

/**
 * The buttons of 揭榜申报: a draft is saved (the form's submit) or submitted after a confirmation;
 * a submitted application is saved with its changes.
 */
export function applyButtons(
  isDraft: boolean,
): IntentButton<ApplySaveIntent>[] {
  return isDraft ? DRAFT_BUTTONS : SUBMITTED_BUTTONS;
}
