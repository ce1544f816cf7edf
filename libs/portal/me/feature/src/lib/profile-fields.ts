import type { FieldSpec } from '@scenematch/portal/shared/ui/forms/field-spec';
import { PROFILE_RULES } from './profile-form';

/** A field of 企业资料: id `pp-<stem>`, test id `field-<stem>`. */
function profileField(
  control: string,
  stem: string,
  kind: FieldSpec['kind'],
  texts: Pick<FieldSpec, 'label' | 'fallback' | 'placeholder'>,
  extra: Partial<FieldSpec> = {},
): FieldSpec {
  return {
    control,
    kind,
    id: `pp-${stem}`,
    ...(kind === 'select' ? { search: true } : {}),
    testid: `field-${stem}`,
    ...texts,
    ...extra,
  };
}

/** The single fields of the profile form, by control name. */
export const PROFILE_FIELDS = {
  introduction: profileField(
    'introduction',
    'intro',
    'textarea',
    {
      label: 'products.profile.fields.introduction',
      fallback: 'products.profile.errors.introductionMax',
      placeholder: 'products.profile.placeholders.introduction',
    },
    { testid: 'field-introduction', rows: 5 },
  ),
  district: profileField(
    'district',
    'district',
    'text',
    {
      label: 'products.profile.fields.district',
      fallback: 'products.profile.errors.districtMax',
      placeholder: 'products.profile.placeholders.district',
    },
    { maxlength: 50 },
  ),
  website: profileField('website', 'website', 'text', {
    label: 'products.profile.fields.website',
    fallback: 'products.profile.errors.website',
    placeholder: 'products.profile.placeholders.website',
  }),
} satisfies Record<string, FieldSpec>;

/** Domains and capabilities: several names from the taxonomy each. */
export const PROFILE_TAG_FIELDS: readonly FieldSpec[] = [
  profileField(
    'domains',
    'domains',
    'select',
    {
      label: 'products.profile.fields.domains',
      fallback: 'products.profile.errors.domainsMax',
      placeholder: 'products.profile.placeholders.select',
    },
    { multiple: true, max: PROFILE_RULES.domainsMax, md: 12 },
  ),
  profileField(
    'capabilities',
    'capabilities',
    'select',
    {
      label: 'products.profile.fields.capabilities',
      fallback: 'products.profile.errors.capabilitiesMax',
      placeholder: 'products.profile.placeholders.select',
    },
    { multiple: true, max: PROFILE_RULES.capabilitiesMax, md: 12 },
  ),
];

/** The contact person (shown to the platform only). */
export const PROFILE_CONTACT_FIELDS: readonly FieldSpec[] = [
  profileField(
    'contactName',
    'contact-name',
    'text',
    {
      label: 'products.profile.fields.contactName',
      fallback: 'products.profile.errors.contactNameMax',
    },
    { maxlength: 50, md: 8 },
  ),
  profileField(
    'contactPhone',
    'contact-phone',
    'text',
    {
      label: 'products.profile.fields.contactPhone',
      fallback: 'products.profile.errors.phone',
    },
    { maxlength: 20, md: 8 },
  ),
  profileField(
    'contactEmail',
    'contact-email',
    'text',
    {
      label: 'products.profile.fields.contactEmail',
      fallback: 'products.profile.errors.email',
    },
    { md: 8 },
  ),
];
