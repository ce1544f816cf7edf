import { chinaToday } from '@scenematch/contracts';
import type {
  AuditFilters,
  AuditOutcome,
} from '@scenematch/portal/admin/data-access/audit.api';
import { fromIsoDate } from '@scenematch/portal/shared/ui/forms/dates';
import { listFilters, param } from '@scenematch/portal/shared/ui/list/list-filters';
import { ACTIONS, ENTITIES } from './audit-options';

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const OUTCOMES: readonly AuditOutcome[] = [
  'success',
  'failure',
  'denied',
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A user (e-mail or name) or an object id as typed: any printable text up to the API's limit. */
const TEXT = /^[^\p{Cc}]{1,200}$/u;

/**
 * What the audit log shows, kept in the URL's query parameters (a link or the back button returns
 * to the same trail): the action (a code or a prefix), the user, the object's type and id, the
 * outcome, and the days from and to (calendar days in China time, both included).
 */
export interface AuditListFilters {
  action: string | null;
  actor: string | null;
  entityType: string | null;
  entityId: string | null;
  outcome: AuditOutcome | null;
  from: string | null;
  to: string | null;
  page: number;
  pageSize: number;
}

/** The URL round trip: anything malformed falls back to the default; defaults are left out. */
export const auditFilterModel = listFilters<AuditListFilters, AuditFilters>({
  params: {
    action: param.oneOf(
      'action',
      ACTIONS.map((a) => a.value),
    ),
    actor: param.match('actor', TEXT),
    entityType: param.oneOf(
      'entityType',
      ENTITIES.map((e) => e.value),
    ),
    entityId: param.match('entityId', TEXT),
    outcome: param.oneOf('outcome', OUTCOMES),
    from: param.match('from', DATE),
    to: param.match('to', DATE),
  },
  pageSizes: PAGE_SIZES,
  defaultPageSize: DEFAULT_PAGE_SIZE,
  toQuery: auditQueryOf,
});

/** The filter card's values. */
export interface AuditFilterForm {
  action: string;
  actor: string;
  entityType: string;
  entityId: string;
  outcome: string;
  dates: Date[] | null;
}

type AuditFilterValues = Omit<AuditListFilters, 'page' | 'pageSize'>;

/**
 * The filters from the card: each picked day is the day the picker showed (its calendar date in
 * the browser's zone), taken as that China-time calendar day whatever the browser's zone. (The
 * picked instant's day in China time was a day early east of UTC+8: 3 March picked in Tokyo is
 * local midnight, 23:00 on 2 March in Beijing.)
 */
export function filtersOfForm(form: AuditFilterForm): AuditFilterValues {
  const [start, end] = form.dates ?? [];
  return {
    action: form.action || null,
    actor: form.actor.trim() || null,
    entityType: form.entityType || null,
    entityId: form.entityId.trim() || null,
    outcome: (form.outcome || null) as AuditOutcome | null,
    from: start ? pickedDay(start) : null,
    to: end ? pickedDay(end) : null,
  };
}

/**
 * The calendar day (YYYY-MM-DD) a date picker showed for `picked` in a browser `utcOffsetMinutes`
 * east of UTC (by default this browser's zone, as the picker uses it).
 */
export function pickedDay(picked: Date, utcOffsetMinutes = -picked.getTimezoneOffset()): string {
  return new Date(picked.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The filter card's values for the filters (the days at local midnight, as the picker has them). */
export function formOfFilters(
  filters: AuditFilterValues,
): AuditFilterForm & { dates: Date[] } {
  const from = fromIsoDate(filters.from);
  const to = fromIsoDate(filters.to);
  return {
    action: filters.action ?? '',
    actor: filters.actor ?? '',
    entityType: filters.entityType ?? '',
    entityId: filters.entityId ?? '',
    outcome: filters.outcome ?? '',
    dates: from || to ? ([from, to] as Date[]) : [],
  };
}

/**
 * The API's filters: the days cover whole days in China time, the end day included (`to` is
 * exclusive: the midnight after it, +08:00).
 */
export function auditQueryOf(filters: AuditFilterValues): AuditFilters {
  const { action, actor, entityType, entityId, outcome, from, to } = filters;
  const dayAfter = (day: string) =>
    chinaToday(new Date(Date.parse(`${day}T00:00:00+08:00`) + 86_400_000));
  return {
    action,
    actor,
    entityType,
    entityId,
    outcome,
    from: from ? `${from}T00:00:00+08:00` : null,
    to: to ? `${dayAfter(to)}T00:00:00+08:00` : null,
  };
}

/** The API's filters from the card. */
export function auditFiltersOf(form: AuditFilterForm): AuditFilters {
  return auditQueryOf(filtersOfForm(form));
}
