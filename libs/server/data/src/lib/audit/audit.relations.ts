import { relation } from '../relation';

/** The audit trail as others may count it: which record, when (its content stays with the audit). */
export const AUDIT_RECORDS = relation('audit_log', ['id', 'at']);
