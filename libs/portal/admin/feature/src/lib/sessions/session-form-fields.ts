import {
  DEMAND_CATEGORIES,
  SESSION_MODES,
  SESSION_TYPES,
} from '@scenematch/contracts';
import type { FieldRow } from '@scenematch/portal/shared/ui/admin-forms/field-list.component';
import type { FieldSpec } from '@scenematch/portal/shared/ui/forms/field-spec';
import {
  PARTICIPANT_CATEGORY_KEYS,
  SESSION_MODE_KEYS,
  SESSION_TYPE_KEYS,
} from '@scenematch/portal/sessions/ui/session-keys';
import { SESSION_RULES as R } from './session-form';

/** A session field: its control is named by the last part of its label's key. */
function field(
  label: string,
  id: string,
  kind: FieldSpec['kind'],
  extra: Partial<FieldSpec> = {},
): FieldSpec {
  const control = label.slice(label.lastIndexOf('.') + 1);
  return { control, id, kind, label, testid: `session-field-${id}`, ...extra };
}

function options(
  values: readonly string[],
  keys: Readonly<Record<string, string>>,
): FieldSpec['options'] {
  return values.map((value) => ({ value, label: keys[value] }));
}

const LIMITS: FieldRow = [
  field('sessionsAdmin.form.maxCompanies', 'max-companies', 'number', {
    fallback: 'sessionsAdmin.form.errors.maxCompanies',
    min: 1,
    max: R.maxCompaniesMax,
    placeholder: 'sessionsAdmin.form.unlimited',
  }),
  field('sessionsAdmin.form.maxAgencies', 'max-agencies', 'number', {
    fallback: 'sessionsAdmin.form.errors.maxAgencies',
    min: 1,
    max: R.maxAgenciesMax,
    placeholder: 'sessionsAdmin.form.unlimited',
  }),
];
const MODE: FieldRow = [
  field('sessionsAdmin.form.mode', 'mode', 'select', {
    options: options(SESSION_MODES, SESSION_MODE_KEYS),
  }),
  field('sessionsAdmin.form.followUpAfterDays', 'follow-up', 'number', {
    fallback: 'sessionsAdmin.form.errors.followUpAfterDays',
    hint: 'sessionsAdmin.form.followUpHint',
    min: 1,
    max: 1000,
  }),
];

/**
 * The session form's fields in order, as rows: before the shape-locked notice (`head`), the
 * agenda's shape (`shape`), and after the breaks (`tail`; `tailOnline` with the meeting links).
 */
export const SESSION_FIELDS = {
  head: [
    [
      field('sessionsAdmin.form.title', 'title', 'text', {
        fallback: 'sessionsAdmin.form.errors.title',
        required: true,
        maxlength: R.titleMax,
      }),
    ],
    [
      field('sessionsAdmin.form.sessionType', 'type', 'select', {
        options: options(SESSION_TYPES, SESSION_TYPE_KEYS),
      }),
      field('sessionsAdmin.form.admits', 'admits', 'select', {
        fallback: 'sessionsAdmin.form.errors.admits',
        hint: 'sessionsAdmin.form.admitsHint',
        required: true,
        multiple: true,
        options: options(DEMAND_CATEGORIES, PARTICIPANT_CATEGORY_KEYS),
      }),
    ],
    [
      field('sessionsAdmin.form.venue', 'venue', 'text', {
        fallback: 'sessionsAdmin.form.errors.venue',
        maxlength: R.venueMax,
      }),
    ],
    [
      field('sessionsAdmin.form.description', 'description', 'textarea', {
        fallback: 'sessionsAdmin.form.errors.description',
        rows: 3,
      }),
    ],
  ],
  shape: [
    [
      field('sessionsAdmin.form.startsAt', 'starts-at', 'datetime', {
        fallback: 'sessionsAdmin.form.errors.startsAt',
        required: true,
      }),
      field('sessionsAdmin.form.slotMinutes', 'slot-minutes', 'number', {
        fallback: 'sessionsAdmin.form.errors.slotMinutes',
        required: true,
        min: R.slotMinutesMin,
        max: R.slotMinutesMax,
      }),
    ],
    [
      field('sessionsAdmin.form.slots', 'slots', 'number', {
        fallback: 'sessionsAdmin.form.errors.slots',
        required: true,
        min: R.slotsMin,
        max: R.slotsMax,
      }),
      field('sessionsAdmin.form.tables', 'tables', 'number', {
        fallback: 'sessionsAdmin.form.errors.tables',
        required: true,
        min: R.tablesMin,
        max: R.tablesMax,
      }),
    ],
  ],
  tail: [LIMITS, MODE],
  tailOnline: [
    LIMITS,
    MODE,
    [
      field('sessionsAdmin.form.onlineLink', 'online-link', 'text', {
        fallback: 'sessionsAdmin.form.errors.onlineLink',
        hint: 'sessionsAdmin.form.onlineLinkHint',
        maxlength: 500,
        example: 'https://meeting.tencent.com/dm/…',
      }),
    ],
    [
      field('sessionsAdmin.form.tableLinks', 'table-links', 'textarea', {
        hint: 'sessionsAdmin.form.tableLinksHint',
        rows: 3,
      }),
    ],
  ],
} satisfies Record<string, readonly FieldRow[]>;
