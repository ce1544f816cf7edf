import {
  AbstractControl,
  FormBuilder,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  type CompanyTier,
  type CompanyView,
  HEADCOUNT_BANDS,
} from '@scenematch/contracts';
import type { CompanyProfileRequest } from '@scenematch/portal/products/data-access/companies.api';
import { fromIsoDate, toIsoDate } from '@scenematch/portal/shared/ui/forms/dates';
import {
  contactControls,
  optionalPattern,
  requiredText,
  trimmedLength,
} from '@scenematch/portal/shared/ui/forms/text-validators';
import { countBetween, resizeArray } from './product-form';

/** The API's rules (libs/server/products dto CompanyProfileDto), checked before sending. */
export const PROFILE_RULES = {
  introductionMax: 5000,
  domainsMax: 10,
  capabilitiesMax: 20,
  districtMax: 50,
  foundedYearMin: 1900,
  certificationsMax: 30,
  casesMax: 30,
  certKindMin: 2,
  certKindMax: 50,
  certNumberMax: 100,
  caseCustomerMin: 2,
  caseCustomerMax: 100,
  caseYearMin: 1990,
  caseYearMax: 2100,
  caseSummaryMin: 5,
  caseSummaryMax: 1000,
  contactNameMax: 50,
  website: /^https?:\/\/\S+$/,
  phone: /^[0-9+\-() ]{7,20}$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
} as const;

/** A whole number within [min, max]; empty passes unless the control is also `required`. */
export function integerBetween(min: number, max: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const v = control.value as number | null | undefined;
    if (v === null || v === undefined || (v as unknown) === '') return null;
    return Number.isInteger(v) && v >= min && v <= max
      ? null
      : { integerBetween: { min, max } };
  };
}

export interface CertificationFormValue {
  kind: string;
  number: string;
  validUntil: Date | null;
}

export interface CaseFormValue {
  customer: string;
  year: number | null;
  domain: string;
  summary: string;
}

export function certificationGroup(
  fb: FormBuilder,
  value: Partial<CertificationFormValue> = {},
) {
  return fb.group({
    kind: fb.nonNullable.control(value.kind ?? '', [
      requiredText,
      trimmedLength(PROFILE_RULES.certKindMin, PROFILE_RULES.certKindMax),
    ]),
    number: fb.nonNullable.control(value.number ?? '', [
      requiredText,
      Validators.maxLength(PROFILE_RULES.certNumberMax),
    ]),
    validUntil: fb.control<Date | null>(value.validUntil ?? null),
  });
}

export function caseGroup(fb: FormBuilder, value: Partial<CaseFormValue> = {}) {
  return fb.group({
    customer: fb.nonNullable.control(value.customer ?? '', [
      requiredText,
      trimmedLength(
        PROFILE_RULES.caseCustomerMin,
        PROFILE_RULES.caseCustomerMax,
      ),
    ]),
    year: fb.control<number | null>(value.year ?? null, [
      Validators.required,
      integerBetween(PROFILE_RULES.caseYearMin, PROFILE_RULES.caseYearMax),
    ]),
    domain: fb.nonNullable.control(value.domain ?? '', requiredText),
    summary: fb.nonNullable.control(value.summary ?? '', [
      requiredText,
      trimmedLength(PROFILE_RULES.caseSummaryMin, PROFILE_RULES.caseSummaryMax),
    ]),
  });
}

export type CertificationGroup = ReturnType<typeof certificationGroup>;
export type CaseGroup = ReturnType<typeof caseGroup>;

/**
 * The company profile form. Control paths are the API's field paths — `certifications.0.kind`,
 * `cases.2.summary` — so that applyServerErrors puts each of the API's errors on its control.
 */
export function createProfileForm(
  fb: FormBuilder,
  currentYear = new Date().getFullYear(),
) {
  return fb.group({
    introduction: fb.nonNullable.control(
      '',
      Validators.maxLength(PROFILE_RULES.introductionMax),
    ),
    domains: fb.nonNullable.control<string[]>(
      [],
      countBetween(0, PROFILE_RULES.domainsMax),
    ),
    capabilities: fb.nonNullable.control<string[]>(
      [],
      countBetween(0, PROFILE_RULES.capabilitiesMax),
    ),
    district: fb.nonNullable.control(
      '',
      Validators.maxLength(PROFILE_RULES.districtMax),
    ),
    foundedYear: fb.control<number | null>(
      null,
      integerBetween(PROFILE_RULES.foundedYearMin, currentYear),
    ),
    headcountBand: fb.control<string | null>(null),
    tiers: fb.nonNullable.control<CompanyTier[]>([]),
    certifications: fb.array<CertificationGroup>(
      [],
      Validators.maxLength(PROFILE_RULES.certificationsMax),
    ),
    cases: fb.array<CaseGroup>(
      [],
      Validators.maxLength(PROFILE_RULES.casesMax),
    ),
    website: fb.nonNullable.control(
      '',
      optionalPattern(PROFILE_RULES.website, 'website'),
    ),
    ...contactControls(PROFILE_RULES),
  });
}

export type ProfileForm = ReturnType<typeof createProfileForm>;
export type ProfileFormValue = ReturnType<ProfileForm['getRawValue']>;

/** The form's values for a company as the API returns it (names for taxonomies, Date for dates). */
export function fromCompanyView(c: CompanyView): ProfileFormValue {
  return {
    introduction: c.introduction ?? '',
    domains: c.domains.map((d) => d.name),
    capabilities: c.capabilities.map((x) => x.name),
    district: c.district ?? '',
    foundedYear: c.foundedYear,
    headcountBand: c.headcountBand,
    tiers: [...c.tiers],
    certifications: c.certifications.map((x) => ({
      kind: x.kind,
      number: x.number,
      validUntil: fromIsoDate(x.validUntil),
    })),
    cases: c.cases.map((x) => ({
      customer: x.customer,
      year: x.year,
      domain: x.domain,
      summary: x.summary,
    })),
    website: c.website ?? '',
    contactName: c.contact?.name ?? '',
    contactPhone: c.contact?.phone ?? '',
    contactEmail: c.contact?.email ?? '',
  };
}

/** Rebuilds the form arrays to the value's length, then sets every value. */
export function fillProfileForm(
  form: ProfileForm,
  fb: FormBuilder,
  value: ProfileFormValue,
): void {
  resizeArray(form.controls.certifications, value.certifications.length, () =>
    certificationGroup(fb),
  );
  resizeArray(form.controls.cases, value.cases.length, () => caseGroup(fb));
  form.reset(value);
}

/** One of the bands the API knows (the select offers only those), else none. */
function headcountBand(
  value: string | null,
): (typeof HEADCOUNT_BANDS)[number] | null {
  return HEADCOUNT_BANDS.find((band) => band === value) ?? null;
}

/** The request body: trimmed texts, dates as YYYY-MM-DD, years as numbers. */
export function toProfileRequest(
  value: ProfileFormValue,
): CompanyProfileRequest {
  return {
    introduction: value.introduction.trim(),
    domains: [...value.domains],
    capabilities: [...value.capabilities],
    district: value.district.trim(),
    foundedYear: value.foundedYear ?? null,
    headcountBand: headcountBand(value.headcountBand),
    tiers: [...value.tiers],
    certifications: value.certifications.map((c) => ({
      kind: c.kind.trim(),
      number: c.number.trim(),
      validUntil: c.validUntil ? toIsoDate(c.validUntil) : null,
    })),
    cases: value.cases.map((c) => ({
      customer: c.customer.trim(),
      year: c.year as number,
      domain: c.domain.trim(),
      summary: c.summary.trim(),
    })),
    website: value.website.trim(),
    contactName: value.contactName.trim(),
    contactPhone: value.contactPhone.trim(),
    contactEmail: value.contactEmail.trim(),
  };
}

/** Distinct names, the taxonomy's first, then values already held that it does not know. */
export function withHeld(
  names: readonly string[],
  held: readonly string[],
): string[] {
  return [...new Set([...names, ...held.filter(Boolean)])];
}
