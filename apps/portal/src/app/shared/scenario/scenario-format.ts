import { formatBeijing, type ScenarioStatus } from '@scenematch/contracts';
import { TEXTS } from '../../core/i18n/zh-cn';
import { SCENARIO_TEXTS } from '../../core/i18n/zh-cn.scenarios';

const B = SCENARIO_TEXTS.budget;

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
): string {
  const hasMin = min !== null && min !== undefined;
  const hasMax = max !== null && max !== undefined;
  if (hasMin && hasMax)
    return min === max ? B.exact(toWan(min)) : B.range(toWan(min), toWan(max));
  if (hasMin) return B.atLeast(toWan(min));
  if (hasMax) return B.atMost(toWan(max));
  return B.none;
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
): string {
  if (value === null || value === undefined || value === '')
    return TEXTS.common.notFilled;
  switch (field) {
    case 'domainCode':
      return names.domainName(String(value));
    case 'capabilityCodes':
      return Array.isArray(value) && value.length
        ? value.map((code) => names.capabilityName(String(code))).join('、')
        : TEXTS.common.notFilled;
    case 'deadline':
      // Older revisions hold a date, newer ones an instant: both shown in Beijing time.
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value))
        ? String(value)
        : formatBeijing(String(value)) || String(value);
    case 'budgetMin':
    case 'budgetMax':
      return typeof value === 'number' || /^\d+(\.\d+)?$/.test(String(value))
        ? `${toWan(Number(value))} ${B.unit}`
        : String(value);
    default:
      return Array.isArray(value) ? value.join('、') : String(value);
  }
}

/** The changes of a revision (`{ field: { from, to } }`) with field names in Chinese. */
export function revisionChanges(
  changes: Record<string, { from: unknown; to: unknown }>,
  names: RevisionNames,
): RevisionChangeView[] {
  return Object.entries(changes ?? {}).map(([field, change]) => ({
    field,
    label: SCENARIO_TEXTS.revisionFields[field] ?? field,
    from: valueText(field, change?.from, names),
    to: valueText(field, change?.to, names),
  }));
}
