import type { FormBuilder, FormGroup } from '@angular/forms';
import type { FieldSpec } from '../../shared/field-specs/control-field.component';
import { caseGroup, certificationGroup, PROFILE_RULES } from './profile-form';

/** A field of a profile row; `grow` ones share the row's free width. */
export type ProfileRowField = FieldSpec & { grow?: boolean };

/** What differs between 企业资料's lists of rows: texts (translation keys), test ids, fields. */
export interface ProfileRowList {
  title: string;
  testid: string;
  rowTestid: string;
  removeTestid: string;
  addTestid: string;
  empty: string;
  add: string;
  max: number;
  /** The fields on the row, next to its remove button. */
  fields: readonly ProfileRowField[];
  /** The fields under the row. */
  below: readonly ProfileRowField[];
  create(fb: FormBuilder): FormGroup;
}

const P = 'products.profile';

/**
 * A field of a row, named by its test id (`cert-kind`): its id is `pp-cert-kind-<row>` and its
 * texts are `products.profile.*.certKind`; required unless told.
 */
function rowField(
  testid: string,
  key: string,
  kind: FieldSpec['kind'],
  extra: Partial<ProfileRowField> & { placeholderOf?: string } = {},
): ProfileRowField {
  const text = testid.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const { placeholderOf, ...rest } = extra;
  return {
    key,
    kind,
    id: `pp-${testid}-`,
    testid,
    label: `${P}.fields.${text}`,
    fallback: `${P}.errors.${text}`,
    required: true,
    ...(placeholderOf
      ? { placeholder: `${P}.placeholders.${placeholderOf}` }
      : {}),
    ...rest,
  };
}

export const CERTIFICATION_LIST: ProfileRowList = {
  title: `${P}.sections.certifications`,
  testid: 'certifications',
  rowTestid: 'certification-row',
  removeTestid: 'remove-certification',
  addTestid: 'add-certification',
  empty: `${P}.noCertifications`,
  add: `${P}.addCertification`,
  max: PROFILE_RULES.certificationsMax,
  fields: [
    rowField('cert-kind', 'kind', 'select', {
      grow: true,
      placeholderOf: 'certKind',
    }),
    rowField('cert-number', 'number', 'text', { grow: true, maxlength: 100 }),
    rowField('cert-valid-until', 'validUntil', 'date', {
      id: 'pp-cert-until-',
      required: false,
      fallback: undefined,
      placeholderOf: 'certValidUntil',
    }),
  ],
  below: [],
  create: (fb) => certificationGroup(fb),
};

export const CASE_LIST: ProfileRowList = {
  title: `${P}.sections.cases`,
  testid: 'cases',
  rowTestid: 'case-row',
  removeTestid: 'remove-case',
  addTestid: 'add-case',
  empty: `${P}.noCases`,
  add: `${P}.addCase`,
  max: PROFILE_RULES.casesMax,
  fields: [
    rowField('case-customer', 'customer', 'text', {
      grow: true,
      maxlength: 100,
      placeholderOf: 'caseCustomer',
    }),
    rowField('case-year', 'year', 'number', {
      min: PROFILE_RULES.caseYearMin,
      max: PROFILE_RULES.caseYearMax,
    }),
    rowField('case-domain', 'domain', 'select', {
      grow: true,
      placeholderOf: 'select',
    }),
  ],
  below: [
    rowField('case-summary', 'summary', 'textarea', {
      rows: 2,
      placeholderOf: 'caseSummary',
    }),
  ],
  create: (fb) => caseGroup(fb, { year: new Date().getFullYear() }),
};
