import {
  FormBuilder,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  EDITABLE_SCENARIO_STATUSES,
  REVISABLE_SCENARIO_STATUSES,
  type ScenarioBatchView,
  type ScenarioStatus,
  type ScenarioView,
} from '@scenematch/contracts';
import { type Translate } from '@scenematch/portal/shared/ui/scenario/scenario-format';
import {
  BATCH_STATUS_KEYS,
  SCENARIO_STATUS_KEYS,
} from '@scenematch/portal/shared/ui/scenario/scenario-status-keys';
import type { FormNotice } from '@scenematch/portal/shared/ui/forms/form-notices.component';
import type { IntentButton } from '@scenematch/portal/shared/ui/forms/intent-buttons.component';
import {
  contactControls,
  trimmedLength,
} from '@scenematch/portal/shared/ui/forms/text-validators';
import type { ScenarioRequest } from '@scenematch/portal/scenarios/data-access/scenarios.api';
import {
  fromBeijingDateTime,
  toBeijingDateTime,
} from '@scenematch/portal/shared/ui/forms/dates';

/** The API's rules (libs/server/scenarios dto), checked before sending. */
export const SCENARIO_RULES = {
  titleMin: 2,
  titleMax: 100,
  descriptionMax: 5000,
  descriptionMinToSubmit: 10,
  painPointsMax: 3000,
  expectedOutcomeMax: 3000,
  capabilitiesMax: 12,
  siteMax: 200,
  contactNameMax: 50,
  phone: /^[0-9+\-() ]{7,20}$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
} as const;

const YUAN_PER_WAN = 10_000;

/** Length of the trimmed text within [min, max] (the API trims before checking). */
/** The deadline (Beijing date and time) is still ahead. */
export const deadlineNotPast: ValidatorFn = (control) =>
  control.value instanceof Date &&
  new Date(toBeijingDateTime(control.value)).getTime() <= Date.now()
    ? { past: true }
    : null;

/** The upper bound of the budget is not below the lower one (re-run when the lower one changes). */
export const budgetMaxNotBelowMin: ValidatorFn = (control) => {
  const min = control.parent?.get('budgetMin')?.value as
    | number
    | null
    | undefined;
  const max = control.value as number | null | undefined;
  return typeof min === 'number' && typeof max === 'number' && max < min
    ? { budgetRange: true }
    : null;
};

/**
 * The authoring form. Control names are the API's field names, so the API's field errors land on
 * the control they concern. Budgets are entered in 万元 and sent in 元.
 */
export function createScenarioForm(fb: FormBuilder) {
  const form = fb.group({
    title: fb.nonNullable.control('', [
      Validators.required,
      trimmedLength(SCENARIO_RULES.titleMin, SCENARIO_RULES.titleMax),
    ]),
    domain: fb.nonNullable.control('', Validators.required),
    description: fb.nonNullable.control(
      '',
      Validators.maxLength(SCENARIO_RULES.descriptionMax),
    ),
    painPoints: fb.nonNullable.control(
      '',
      Validators.maxLength(SCENARIO_RULES.painPointsMax),
    ),
    expectedOutcome: fb.nonNullable.control(
      '',
      Validators.maxLength(SCENARIO_RULES.expectedOutcomeMax),
    ),
    capabilities: fb.nonNullable.control<string[]>(
      [],
      Validators.maxLength(SCENARIO_RULES.capabilitiesMax),
    ),
    deadline: fb.control<Date | null>(null, deadlineNotPast),
    budgetMin: fb.control<number | null>(null, Validators.min(0)),
    budgetMax: fb.control<number | null>(null, [
      Validators.min(0),
      budgetMaxNotBelowMin,
    ]),
    site: fb.nonNullable.control(
      '',
      Validators.maxLength(SCENARIO_RULES.siteMax),
    ),
    ...contactControls(SCENARIO_RULES),
    batchId: fb.control<string | null>(null),
  });
  // The cross-field rule lives on budgetMax; a change of budgetMin must re-check it. Both
  // controls belong to this form, so the subscription ends with it.
  form.controls.budgetMin.valueChanges.subscribe(() =>
    form.controls.budgetMax.updateValueAndValidity({ emitEvent: false }),
  );
  return form;
}

export type ScenarioForm = ReturnType<typeof createScenarioForm>;
export type ScenarioFormValue = ReturnType<ScenarioForm['getRawValue']>;

function wanToYuan(wan: number | null): number | null {
  return typeof wan === 'number' && Number.isFinite(wan)
    ? Math.round(wan * YUAN_PER_WAN)
    : null;
}

function yuanToWan(yuan: number | null): number | null {
  return yuan === null
    ? null
    : Math.round((yuan / YUAN_PER_WAN) * 10_000) / 10_000;
}

/** The request body for the form's values (trimmed; budgets in 元; deadline as Beijing date-time). */
export function toScenarioRequest(value: ScenarioFormValue): ScenarioRequest {
  return {
    title: value.title.trim(),
    domain: value.domain,
    description: value.description.trim(),
    painPoints: value.painPoints.trim(),
    expectedOutcome: value.expectedOutcome.trim(),
    capabilities: [...value.capabilities],
    deadline: value.deadline ? toBeijingDateTime(value.deadline) : null,
    budgetMin: wanToYuan(value.budgetMin),
    budgetMax: wanToYuan(value.budgetMax),
    site: value.site.trim(),
    contactName: value.contactName.trim(),
    contactPhone: value.contactPhone.trim(),
    contactEmail: value.contactEmail.trim(),
    batchId: value.batchId || null,
  };
}

/** The form's values for an existing scenario. */
export function fromScenarioView(s: ScenarioView): ScenarioFormValue {
  return {
    title: s.title,
    domain: s.domain.name,
    description: s.description ?? '',
    painPoints: s.painPoints ?? '',
    expectedOutcome: s.expectedOutcome ?? '',
    capabilities: s.capabilities.map((c) => c.name),
    deadline: fromBeijingDateTime(s.deadline),
    budgetMin: yuanToWan(s.budgetMin),
    budgetMax: yuanToWan(s.budgetMax),
    site: s.site ?? '',
    contactName: s.contact?.name ?? '',
    contactPhone: s.contact?.phone ?? '',
    contactEmail: s.contact?.email ?? '',
    batchId: s.batch?.id ?? null,
  };
}

/** The extra rule for 提交审核: a description of at least 10 characters (as the API demands). */
export function submitProblems(
  value: ScenarioFormValue,
): Record<string, ValidationErrors> {
  return value.description.trim().length < SCENARIO_RULES.descriptionMinToSubmit
    ? { description: { descriptionForSubmit: true } }
    : {};
}

/** A batch as the form's batch select offers it. */
export interface BatchChoice {
  id: string;
  label: string;
}

/**
 * The batches a unit can put a scenario in: those still collecting (not yet published), plus the
 * one the scenario is already in whatever its state. A published batch's list is out; a scenario
 * joins the next one. Only a batch that is not collecting names its state (the name often says
 * 征集中 already: "（第二批·征集中）（征集中（未发布））" said it twice).
 */
export function batchChoices(
  batches: readonly ScenarioBatchView[],
  chosenId: string | null,
  t: Translate,
): BatchChoice[] {
  return batches
    .filter((b) => b.status === 'draft' || b.id === chosenId)
    .map((b) => {
      const label = t('scenarios.batchValue', { n: b.number, name: b.name });
      return {
        id: b.id,
        label:
          b.status === 'draft'
            ? label
            : `${label} · ${t(BATCH_STATUS_KEYS[b.status])}`,
      };
    });
}

/** What the form does with a scenario: edit it in place, revise it publicly, or only show it. */
export type ScenarioFormMode = 'edit' | 'revise' | 'locked';
export type ScenarioSaveIntent = 'draft' | 'submit' | 'revision';

export function scenarioFormMode(status: ScenarioStatus): ScenarioFormMode {
  if (EDITABLE_SCENARIO_STATUSES.includes(status)) return 'edit';
  if (REVISABLE_SCENARIO_STATUSES.includes(status)) return 'revise';
  return 'locked';
}

const DRAFT: IntentButton<ScenarioSaveIntent> = {
  intent: 'draft',
  label: 'agency.saveDraft',
  testid: 'save-draft',
};
const SUBMIT: IntentButton<ScenarioSaveIntent> = {
  intent: 'submit',
  label: 'agency.saveAndSubmit',
  testid: 'save-submit',
  type: 'primary',
  icon: 'send',
};
const REVISION: IntentButton<ScenarioSaveIntent> = {
  intent: 'revision',
  label: 'agency.saveRevision',
  testid: 'save-revision',
  type: 'primary',
};

/** The saves the form's mode allows. */
export function scenarioFormButtons(
  mode: ScenarioFormMode,
  canSubmit: boolean,
): IntentButton<ScenarioSaveIntent>[] {
  switch (mode) {
    case 'edit':
      return canSubmit ? [DRAFT, SUBMIT] : [DRAFT];
    case 'revise':
      return [REVISION];
    default:
      return [];
  }
}

/** What the form says above its fields: why it was returned, or what saving will do. */
export function scenarioNotices(
  status: ScenarioStatus,
  returnReason: string | null,
  t: Translate,
): FormNotice[] {
  const mode = scenarioFormMode(status);
  const notices: FormNotice[] = [];
  if (returnReason)
    notices.push({
      type: 'warning',
      message: t('scenarios.returnReason'),
      description: returnReason,
      testid: 'form-return-reason',
    });
  if (mode === 'revise')
    notices.push({ type: 'info', message: t('agency.formRevisionHint') });
  if (mode === 'locked')
    notices.push({
      type: 'warning',
      message: t('agency.formLockedHint', {
        status: t(SCENARIO_STATUS_KEYS[status]),
      }),
    });
  return notices;
}
