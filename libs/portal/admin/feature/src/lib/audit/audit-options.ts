import { formatDate } from '@angular/common';
import type {
  AuditOutcome,
  AuditRecord,
} from '@scenematch/portal/admin/data-access/audit.api';
import type { TableColumn } from '@scenematch/portal/shared/ui/ui/data-table.component';
import { ADMIN_ROLE_KEYS } from '../accounts/account-keys';
import { keyedTag } from '@scenematch/portal/shared/ui/ui/keyed-tag';

/** The prefix of sign-in and account actions (auth.login …), kept apart so that the codes do not read as catalogue keys. */
const AUTH = 'auth.';
/** Action filters (a code, or a prefix ending in '.') and their names, as catalogue keys. */
export const ACTIONS: ReadonlyArray<{ value: string; key: string }> = [
  { value: AUTH, key: 'admin.audit.actions.authAll' },
  { value: `${AUTH}login`, key: 'admin.audit.actions.login' },
  { value: `${AUTH}logout`, key: 'admin.audit.actions.logout' },
  { value: `${AUTH}refresh`, key: 'admin.audit.actions.refresh' },
  { value: 'user.', key: 'admin.audit.actions.user' },
  { value: `${AUTH}register`, key: 'admin.audit.actions.register' },
  { value: `${AUTH}mfa`, key: 'admin.audit.actions.mfa' },
  { value: `${AUTH}password`, key: 'admin.audit.actions.password' },
  { value: 'access.denied', key: 'admin.audit.actions.denied' },
  { value: 'scenario.', key: 'admin.audit.actions.scenario' },
  { value: 'batch.', key: 'admin.audit.actions.batch' },
  { value: 'product.', key: 'admin.audit.actions.product' },
  { value: 'company.', key: 'admin.audit.actions.company' },
  { value: 'launch-event.', key: 'admin.audit.actions.launchEvent' },
  { value: 'application.', key: 'admin.audit.actions.application' },
  { value: 'review.', key: 'admin.audit.actions.review' },
  { value: 'award.', key: 'admin.audit.actions.award' },
  { value: 'organisation.', key: 'admin.audit.actions.organisation' },
  { value: 'matching.', key: 'admin.audit.actions.matching' },
  { value: 'session.', key: 'admin.audit.actions.session' },
  { value: 'notification.', key: 'admin.audit.actions.notification' },
  { value: 'stats.', key: 'admin.audit.actions.stats' },
  { value: 'audit.', key: 'admin.audit.actions.audit' },
];
export const ENTITIES: ReadonlyArray<{ value: string; key: string }> = [
  { value: 'user', key: 'admin.audit.entities.user' },
  { value: 'organisation', key: 'admin.audit.entities.organisation' },
  { value: 'scenario', key: 'admin.audit.entities.scenario' },
  { value: 'batch', key: 'admin.audit.entities.batch' },
  { value: 'product', key: 'admin.audit.entities.product' },
  { value: 'application', key: 'admin.audit.entities.application' },
  { value: 'award', key: 'admin.audit.entities.award' },
  { value: 'launch-event', key: 'admin.audit.entities.launchEvent' },
  { value: 'session', key: 'admin.audit.entities.session' },
  { value: 'notification', key: 'admin.audit.entities.notification' },
];
export const OUTCOME_KEYS: Record<AuditOutcome, string> = {
  success: 'admin.audit.outcomes.success',
  failure: 'admin.audit.outcomes.failure',
  denied: 'admin.audit.outcomes.denied',
};
export const OUTCOME_COLORS: Record<AuditOutcome, string> = {
  success: 'success',
  failure: 'warning',
  denied: 'error',
};

/** The action's name as a catalogue key: its own, else its group's; '' when it has none. */
export function actionKey(action: string): string {
  return (
    ACTIONS.find((a) => a.value === action)?.key ??
    ACTIONS.find((a) => a.value.endsWith('.') && action.startsWith(a.value))
      ?.key ??
    ''
  );
}

/** The object type's name as a catalogue key, or null when the type has none. */
export function entityTypeKey(type: string): string | null {
  return ENTITIES.find((e) => e.value === type)?.key ?? null;
}

export function roleKey(role: string): string | null {
  return ADMIN_ROLE_KEYS[role as keyof typeof ADMIN_ROLE_KEYS] ?? null;
}

/** The audit table's columns, titles and outcome tags translated by `t`. */
export function auditColumns(
  t: (key: string) => string,
): TableColumn<AuditRecord>[] {
  return [
    {
      key: 'at',
      title: t('admin.audit.columns.at'),
      width: '170px',
      value: (r) => formatDate(r.at, 'yyyy-MM-dd HH:mm:ss', 'en-US', '+0800'),
    },
    { key: 'action', title: t('admin.audit.columns.action') },
    {
      key: 'actor',
      title: t('admin.audit.columns.actor'),
      testId: 'audit-actor',
    },
    { key: 'entity', title: t('admin.audit.columns.entity') },
    {
      key: 'outcome',
      title: t('admin.audit.columns.outcome'),
      width: '80px',
      tag: keyedTag(t, OUTCOME_KEYS, OUTCOME_COLORS, (r) => r.outcome),
      testId: 'audit-outcome',
    },
    {
      key: 'source',
      title: t('admin.audit.columns.source'),
      width: '140px',
      value: (r) => r.ip,
    },
  ];
}
