import {
  DEMAND_CATEGORIES,
  SESSION_MODES,
  SESSION_TYPES,
} from '@scenematch/contracts';
import type {
  FieldRow,
  FieldSpec,
} from '../../../shared/admin-forms/field-list.component';
import {
  PARTICIPANT_CATEGORY_KEYS,
  SESSION_MODE_KEYS,
  SESSION_TYPE_KEYS,
} from '../../sessions/session-keys';
import { SESSION_RULES as R } from './session-form';

const K = 'sessionsAdmin.form.';

/** A session field: its label and message keys follow its control's name. */
function field(
  control: string,
  id: string,
  kind: FieldSpec['kind'],
  extra: Partial<FieldSpec> = {},
): FieldSpec {
  return {
    control,
    id,
    kind,
    label: `${K}${control}`,
    fallback: `${K}errors.${control}`,
    testid: `session-field-${id}`,
    ...extra,
  };
}

function options(
  values: readonly string[],
  keys: Readonly<Record<string, string>>,
): FieldSpec['options'] {
  return values.map((value) => ({ value, label: keys[value] }));
}

const LIMITS: FieldRow = [
  field('maxCompanies', 'max-companies', 'number', {
    min: 1,
    max: R.maxCompaniesMax,
    placeholder: `${K}unlimited`,
  }),
  field('maxAgencies', 'max-agencies', 'number', {
    min: 1,
    max: R.maxAgenciesMax,
    placeholder: `${K}unlimited`,
  }),
];
const MODE: FieldRow = [
  field('mode', 'mode', 'select', {
    fallback: undefined,
    options: options(SESSION_MODES, SESSION_MODE_KEYS),
  }),
  field('followUpAfterDays', 'follow-up', 'number', {
    min: 1,
    max: 1000,
    hint: `${K}followUpHint`,
  }),
];

/**
 * The session form's fields in order, as rows: before the shape-locked notice (`head`), the
 * agenda's shape (`shape`), and after the breaks (`tail`; `tailOnline` with the meeting links).
 */
export const SESSION_FIELDS = {
  head: [
    [
      field('title', 'title', 'text', {
        required: true,
        maxlength: R.titleMax,
      }),
    ],
    [
      field('sessionType', 'type', 'select', {
        fallback: undefined,
        options: options(SESSION_TYPES, SESSION_TYPE_KEYS),
      }),
      field('admits', 'admits', 'select', {
        required: true,
        multiple: true,
        hint: `${K}admitsHint`,
        options: options(DEMAND_CATEGORIES, PARTICIPANT_CATEGORY_KEYS),
      }),
    ],
    [field('venue', 'venue', 'text', { maxlength: R.venueMax })],
    [field('description', 'description', 'textarea', { rows: 3 })],
  ],
  shape: [
    [
      field('startsAt', 'starts-at', 'datetime', { required: true }),
      field('slotMinutes', 'slot-minutes', 'number', {
        required: true,
        min: R.slotMinutesMin,
        max: R.slotMinutesMax,
      }),
    ],
    [
      field('slots', 'slots', 'number', {
        required: true,
        min: R.slotsMin,
        max: R.slotsMax,
      }),
      field('tables', 'tables', 'number', {
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
      field('onlineLink', 'online-link', 'text', {
        hint: `${K}onlineLinkHint`,
        maxlength: 500,
        example: 'https://meeting.tencent.com/dm/…',
      }),
    ],
    [
      field('tableLinks', 'table-links', 'textarea', {
        hint: `${K}tableLinksHint`,
        fallback: undefined,
        rows: 3,
      }),
    ],
  ],
} satisfies Record<string, readonly FieldRow[]>;
