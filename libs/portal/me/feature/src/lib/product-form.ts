import {
  AbstractControl,
  FormArray,
  FormBuilder,
  FormControl,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  type Maturity,
  type ProductStatus,
  type ProductView,
} from '@scenematch/contracts';
import type { ProductRequest } from '@scenematch/portal/products/data-access/products.api';
import {
  PRODUCT_STATUS_KEYS,
  type Translate,
} from '@scenematch/portal/shared/ui/product/product-keys';
import type { FormNotice } from '@scenematch/portal/shared/ui/forms/form-notices.component';
import type { IntentButton } from '@scenematch/portal/shared/ui/forms/intent-buttons.component';
import { EDITABLE_PRODUCT_STATUSES } from '@scenematch/portal/shared/ui/product/product-format';
import {
  requiredText,
  trimmedLength,
} from '@scenematch/portal/shared/ui/forms/text-validators';

/** The API's rules (libs/server/products dto), checked before sending. */
export const PRODUCT_RULES = {
  nameMin: 2,
  nameMax: 100,
  descriptionMin: 10,
  descriptionMax: 5000,
  capabilitiesMax: 12,
  domainsMax: 10,
  deploymentModesMax: 6,
  casesMax: 10,
  caseMax: 500,
} as const;

/** Between `min` and `max` entries in a multiple choice. */
export function countBetween(min: number, max: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const n = Array.isArray(control.value) ? control.value.length : 0;
    return n < min || n > max ? { count: { min, max, actual: n } } : null;
  };
}

function caseControl(fb: FormBuilder, text = ''): FormControl<string> {
  return fb.nonNullable.control(
    text,
    Validators.maxLength(PRODUCT_RULES.caseMax),
  );
}

/**
 * The product form. Control names are the API's field names, so that the API's field errors land
 * on the control they concern; cases are a form array of short texts (`cases.0`, `cases.1` …).
 */
export function createProductForm(fb: FormBuilder) {
  return fb.group({
    name: fb.nonNullable.control('', [
      requiredText,
      trimmedLength(PRODUCT_RULES.nameMin, PRODUCT_RULES.nameMax),
    ]),
    description: fb.nonNullable.control('', [
      requiredText,
      trimmedLength(PRODUCT_RULES.descriptionMin, PRODUCT_RULES.descriptionMax),
    ]),
    capabilities: fb.nonNullable.control<string[]>(
      [],
      countBetween(1, PRODUCT_RULES.capabilitiesMax),
    ),
    domains: fb.nonNullable.control<string[]>(
      [],
      countBetween(1, PRODUCT_RULES.domainsMax),
    ),
    maturity: fb.control<Maturity | null>(null, Validators.required),
    deploymentModes: fb.nonNullable.control<string[]>(
      [],
      countBetween(0, PRODUCT_RULES.deploymentModesMax),
    ),
    cases: fb.array<FormControl<string>>(
      [],
      Validators.maxLength(PRODUCT_RULES.casesMax),
    ),
  });
}

export type ProductForm = ReturnType<typeof createProductForm>;
export type ProductFormValue = ReturnType<ProductForm['getRawValue']>;

/** Appends an empty (or given) case; false when the list is full. */
export function addCase(
  form: ProductForm,
  fb: FormBuilder,
  text = '',
): boolean {
  if (form.controls.cases.length >= PRODUCT_RULES.casesMax) return false;
  form.controls.cases.push(caseControl(fb, text));
  return true;
}

/**
 * Gives a form array `length` entries, keeping the ones it has: rows on screen are tracked by
 * their control, so reused controls keep their DOM (and re-filling after a save redraws nothing).
 */
export function resizeArray<T extends AbstractControl>(
  array: FormArray<T>,
  length: number,
  make: () => T,
): void {
  while (array.length > length)
    array.removeAt(array.length - 1, { emitEvent: false });
  while (array.length < length) array.push(make(), { emitEvent: false });
}

/** Puts the values of an existing product (or a blank one) into the form. */
export function fillProductForm(
  form: ProductForm,
  fb: FormBuilder,
  value: ProductFormValue,
): void {
  resizeArray(form.controls.cases, value.cases.length, () => caseControl(fb));
  form.reset(value);
}

/** The request body for the form's values: trimmed, empty cases left out. */
export function toProductRequest(value: ProductFormValue): ProductRequest {
  return {
    name: value.name.trim(),
    description: value.description.trim(),
    capabilities: [...value.capabilities],
    domains: [...value.domains],
    maturity: value.maturity ?? 'prototype',
    deploymentModes: [...value.deploymentModes],
    cases: value.cases.map((c) => c.trim()).filter(Boolean),
  };
}

/** The form's values for an existing product (taxonomy names, deployment mode codes). */
export function fromProductView(p: ProductView): ProductFormValue {
  return {
    name: p.name,
    description: p.description,
    capabilities: p.capabilities.map((c) => c.name),
    domains: p.domains.map((d) => d.name),
    maturity: p.maturity,
    deploymentModes: p.deploymentModes.map((m) => m.code),
    cases: [...p.cases],
  };
}

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const MAX_IMAGE_MB = 5;
export const MAX_BROCHURE_MB = 20;

/**
 * Why a file cannot be uploaded, before sending it (the API checks the content again): only
 * PNG/JPEG/WebP screenshots up to 5 MB and PDF brochures up to 20 MB. `null` when it may go.
 */
export function fileProblem(file: {
  name: string;
  type: string;
  size: number;
}): { kind: 'type' } | { kind: 'size'; maxMb: number } | null {
  const name = file.name.toLowerCase();
  const isImage =
    (IMAGE_TYPES as readonly string[]).includes(file.type) ||
    /\.(png|jpe?g|webp)$/.test(name);
  const isPdf = file.type === 'application/pdf' || name.endsWith('.pdf');
  if (!isImage && !isPdf) return { kind: 'type' };
  const maxMb = isImage ? MAX_IMAGE_MB : MAX_BROCHURE_MB;
  return file.size > maxMb * 1024 * 1024 ? { kind: 'size', maxMb } : null;
}

/** What the product form says above its fields: why it was rejected, what a change does, a failed save. */
export function productNotices(
  status: ProductStatus,
  rejectReason: string | null,
  error: string | null,
  t: Translate,
): (FormNotice | false)[] {
  return [
    !!rejectReason && {
      type: 'warning',
      message: t('products.product.rejectReason'),
      description: rejectReason,
      testid: 'form-reject-reason',
    },
    status === 'listed' && {
      type: 'info',
      message: t('products.form.listedHint'),
    },
    !EDITABLE_PRODUCT_STATUSES.includes(status) && {
      type: 'warning',
      message: t('products.form.lockedHint', {
        status: t(PRODUCT_STATUS_KEYS[status]),
      }),
      testid: 'form-locked',
    },
    !!error && { type: 'error', message: error, testid: 'form-error' },
  ];
}

export type ProductSaveIntent = 'save' | 'submit';

/** Save (the form's submit) while editable, and save and submit for review when allowed. */
export function productFormButtons(
  editable: boolean,
  canSubmit: boolean,
  listed: boolean,
): IntentButton<ProductSaveIntent>[] {
  const buttons: IntentButton<ProductSaveIntent>[] = [];
  if (editable)
    buttons.push({
      intent: 'save',
      label: listed ? 'products.form.save' : 'products.form.saveDraft',
      testid: 'save',
      type: canSubmit ? 'default' : 'primary',
      submit: true,
    });
  if (canSubmit)
    buttons.push({
      intent: 'submit',
      label: 'products.form.saveAndSubmit',
      testid: 'save-submit',
      type: 'primary',
      icon: 'send',
    });
  return buttons;
}
