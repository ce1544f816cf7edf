import { chinaToday } from '@scenematch/contracts';
import type {
  AuditFilters,
  AuditOutcome,
} from '../../../core/data-access/audit.api';

export interface AuditFilterForm {
  action: string;
  actor: string;
  entityType: string;
  entityId: string;
  outcome: string;
  dates: Date[] | null;
}

/**
 * The API's filters from the form: the date range covers whole days in China time (each picked
 * instant's calendar day there, see chinaToday), so the end day is included (`to` is exclusive:
 * the midnight after it, +08:00).
 */
export function auditFiltersOf(form: AuditFilterForm): AuditFilters {
  const [start, end] = form.dates ?? [];
  const nextDay = end ? new Date(end.getTime() + 86_400_000) : null;
  return {
    action: form.action || null,
    actor: form.actor.trim() || null,
    entityType: form.entityType || null,
    entityId: form.entityId.trim() || null,
    outcome: (form.outcome || null) as AuditOutcome | null,
    from: start ? `${chinaToday(start)}T00:00:00+08:00` : null,
    to: nextDay ? `${chinaToday(nextDay)}T00:00:00+08:00` : null,
  };
}
