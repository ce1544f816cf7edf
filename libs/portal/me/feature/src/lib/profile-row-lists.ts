import type { FormBuilder, FormGroup } from '@angular/forms';
import type { FieldSpec } from '@scenematch/portal/shared/ui/forms/field-spec';
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

/** A field of a row: its id is `<idStem><row>`; required unless told. */
function rowField(
  testid: string,
  control: string,
  kind: FieldSpec['kind'],
  idStem: string,
  texts: Pick<FieldSpec, 'label' | 'fallback' | 'placeholder'>,
  extra: Partial<ProfileRowField> = {},
): ProfileRowField {
  return {
    control,
    kind,
    id: idStem,
    testid,
    required: true,
    ...(kind === 'select' ? { search: true } : {}),
    ...texts,
    ...extra,
  };
}

export const CERTIFICATION_LIST: ProfileRowList = {
  title: 'products.profile.sections.certifications',
  testid: 'certifications',
  rowTestid: 'certification-row',
  removeTestid: 'remove-certification',
  addTestid: 'add-certification',
  empty: 'products.profile.noCertifications',
  add: 'products.profile.addCertification',
  max: PROFILE_RULES.certificationsMax,
  fields: [
    rowField(
      'cert-kind',
      'kind',
      'select',
      'pp-cert-kind-',
      {
        label: 'products.profile.fields.certKind',
        fallback: 'products.profile.errors.certKind',
        placeholder: 'products.profile.placeholders.certKind',
      },
      { grow: true },
    ),
    rowField(
      'cert-number',
      'number',
      'text',
      'pp-cert-number-',
      {
        label: 'products.profile.fields.certNumber',
        fallback: 'products.profile.errors.certNumber',
      },
      { grow: true, maxlength: 100 },
    ),
    rowField(
      'cert-valid-until',
      'validUntil',
      'date',
      'pp-cert-until-',
      {
        label: 'products.profile.fields.certValidUntil',
        placeholder: 'products.profile.placeholders.certValidUntil',
      },
      { required: false },
    ),
  ],
  below: [],
  create: (fb) => certificationGroup(fb),
};

export const CASE_LIST: ProfileRowList = {
  title: 'products.profile.sections.cases',
  testid: 'cases',
  rowTestid: 'case-row',
  removeTestid: 'remove-case',
  addTestid: 'add-case',
  empty: 'products.profile.noCases',
  add: 'products.profile.addCase',
  max: PROFILE_RULES.casesMax,
  fields: [
    rowField(
      'case-customer',
      'customer',
      'text',
      'pp-case-customer-',
      {
        label: 'products.profile.fields.caseCustomer',
        fallback: 'products.profile.errors.caseCustomer',
        placeholder: 'products.profile.placeholders.caseCustomer',
      },
      { grow: true, maxlength: 100 },
    ),
    rowField(
      'case-year',
      'year',
      'number',
      'pp-case-year-',
      {
        label: 'products.profile.fields.caseYear',
        fallback: 'products.profile.errors.caseYear',
      },
      { min: PROFILE_RULES.caseYearMin, max: PROFILE_RULES.caseYearMax },
    ),
    rowField(
      'case-domain',
      'domain',
      'select',
      'pp-case-domain-',
      {
        label: 'products.profile.fields.caseDomain',
        fallback: 'products.profile.errors.caseDomain',
        placeholder: 'products.profile.placeholders.select',
      },
      { grow: true },
    ),
  ],
  below: [
    rowField(
      'case-summary',
      'summary',
      'textarea',
      'pp-case-summary-',
      {
        label: 'products.profile.fields.caseSummary',
        fallback: 'products.profile.errors.caseSummary',
        placeholder: 'products.profile.placeholders.caseSummary',
      },
      { rows: 2 },
    ),
  ],
  create: (fb) => caseGroup(fb, { year: new Date().getFullYear() }),
};
