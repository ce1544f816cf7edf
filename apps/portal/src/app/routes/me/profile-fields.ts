import type { FieldSpec } from '../../shared/field-specs/control-field.component';
import { PROFILE_RULES } from './profile-form';

const P = 'products.profile';

/** A field of 企业资料: id `pp-<stem>`, test id `field-<stem>`, label `…fields.<key>`. */
function profileField(
  key: string,
  stem: string,
  kind: FieldSpec['kind'],
  fallback: string,
  extra: Partial<FieldSpec> = {},
): FieldSpec {
  return {
    key,
    kind,
    id: `pp-${stem}`,
    testid: `field-${stem}`,
    label: `${P}.fields.${key}`,
    fallback: `${P}.errors.${fallback}`,
    ...extra,
  };
}

const SELECT = { multiple: true, placeholder: `${P}.placeholders.select` };

/** The single fields of the profile form, by control name. */
export const PROFILE_FIELDS = {
  introduction: profileField(
    'introduction',
    'intro',
    'textarea',
    'introductionMax',
    {
      testid: 'field-introduction',
      rows: 5,
      placeholder: `${P}.placeholders.introduction`,
    },
  ),
  district: profileField('district', 'district', 'text', 'districtMax', {
    maxlength: 50,
    placeholder: `${P}.placeholders.district`,
  }),
  website: profileField('website', 'website', 'text', 'website', {
    placeholder: `${P}.placeholders.website`,
  }),
} satisfies Record<string, FieldSpec>;

/** Domains and capabilities: several names from the taxonomy each. */
export const PROFILE_TAG_FIELDS: readonly FieldSpec[] = [
  profileField('domains', 'domains', 'select', 'domainsMax', {
    ...SELECT,
    max: PROFILE_RULES.domainsMax,
  }),
  profileField('capabilities', 'capabilities', 'select', 'capabilitiesMax', {
    ...SELECT,
    max: PROFILE_RULES.capabilitiesMax,
  }),
];

/** The contact person (shown to the platform only). */
export const PROFILE_CONTACT_FIELDS: readonly FieldSpec[] = [
  profileField('contactName', 'contact-name', 'text', 'contactNameMax', {
    maxlength: 50,
  }),
  profileField('contactPhone', 'contact-phone', 'text', 'phone', {
    maxlength: 20,
  }),
  profileField('contactEmail', 'contact-email', 'text', 'email'),
];
