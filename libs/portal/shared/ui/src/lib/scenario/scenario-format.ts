import { formatBeijing, type ScenarioStatus } from '@scenematch/contracts';

/** A catalogue lookup (`LanguageService.t`, or `translator` in specs). */
export type Translate = (
  key: string,
  params?: Record<string, unknown>,
) => string;

/** NG-ZORRO tag colours of the scenario states: open ones stand out, finished ones are quiet. */
export const SCENARIO_STATUS_COLORS: Record<ScenarioStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  approved: 'cyan',
  published: 'success',
  closed: 'default',
  evaluating: 'purple',
  awarded: 'gold',
  piloting: 'blue',
  accepted: 'green',
  cancelled: 'error',
};

/** CNY as 万元 with at most two decimals and no trailing zeros: 500000 → "50", 1234567 → "123.46". */
export function toWan(yuan: number): string {
  const wan = Math.round((yuan / 10_000) * 100) / 100;
  return wan.toFixed(2).replace(/\.?0+$/, '');
}

/** A budget range in 万元 as a civil servant writes it; no figures at all is 面议. */
export function formatBudget(
  min: number | null | undefined,
  max: number | null | undefined,
  t: Translate,
): string {
  const hasMin = min !== null && min !== undefined;
  const hasMax = max !== null && max !== undefined;
  if (hasMin && hasMax)
    return min === max
      ? t('scenarios.budgetFormat.exact', { v: toWan(min) })
      : t('scenarios.budgetFormat.range', { min: toWan(min), max: toWan(max) });
  if (hasMin) return t('scenarios.budgetFormat.atLeast', { v: toWan(min) });
  if (hasMax) return t('scenarios.budgetFormat.atMost', { v: toWan(max) });
  return t('scenarios.budgetFormat.none');
}

/** Lookups a revision needs to show codes as names. */
export interface RevisionNames {
  domainName: (code: string) => string;
  capabilityName: (code: string) => string;
}

/** One changed field of a revision, ready to show: Chinese label, old and new value as text. */
export interface RevisionChangeView {
  field: string;
  label: string;
  from: string;
  to: string;
}

function valueText(
  field: string,
  value: unknown,
  names: RevisionNames,
  t: Translate,
): string {
  if (value === null || value === undefined || value === '')
    return t('common.notFilled');
  switch (field) {
    case 'domainCode':
      return names.domainName(String(value));
    case 'capabilityCodes':
      return Array.isArray(value) && value.length
        ? value
            .map((code) => names.capabilityName(String(code)))
            .join(t('scenarios.listSeparator'))
        : t('common.notFilled');
    case 'deadline':
      // Older revisions hold a date, newer ones an instant: both shown in Beijing time.
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value))
        ? String(value)
        : formatBeijing(String(value)) || String(value);
    case 'budgetMin':
    case 'budgetMax':
      return typeof value === 'number' || /^\d+(\.\d+)?$/.test(String(value))
        ? t('scenarios.budgetFormat.exact', { v: toWan(Number(value)) })
        : String(value);
    default:
      return Array.isArray(value)
        ? value.join(t('scenarios.listSeparator'))
        : String(value);
  }
}

/** Catalogue keys of the fields a revision may change. */
const REVISION_FIELD_KEYS: Record<string, string> = {
  title: 'scenarios.revisionFields.title',
  domainCode: 'scenarios.revisionFields.domainCode',
  description: 'scenarios.revisionFields.description',
  painPoints: 'scenarios.revisionFields.painPoints',
  expectedOutcome: 'scenarios.revisionFields.expectedOutcome',
  capabilityCodes: 'scenarios.revisionFields.capabilityCodes',
  deadline: 'scenarios.revisionFields.deadline',
  budgetMin: 'scenarios.revisionFields.budgetMin',
  budgetMax: 'scenarios.revisionFields.budgetMax',
  site: 'scenarios.revisionFields.site',
  contactName: 'scenarios.revisionFields.contactName',
  contactPhone: 'scenarios.revisionFields.contactPhone',
  contactEmail: 'scenarios.revisionFields.contactEmail',
  batchId: 'scenarios.revisionFields.batchId',
};

/** The changes of a revision (`{ field: { from, to } }`) with field names in the reader's language. */
export function revisionChanges(
  changes: Record<string, { from: unknown; to: unknown }>,
  names: RevisionNames,
  t: Translate,
): RevisionChangeView[] {
  return Object.entries(changes ?? {}).map(([field, change]) => {
    const key = Object.hasOwn(REVISION_FIELD_KEYS, field)
      ? REVISION_FIELD_KEYS[field]
      : null;
    return {
      field,
      label: key ? t(key) : field,
      from: valueText(field, change?.from, names, t),
      to: valueText(field, change?.to, names, t),
    };
  });
}
