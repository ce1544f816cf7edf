import { relation } from '../relation';

/** The outbox's jobs and whether they are finished (not their payload). */
export const OUTBOX = relation('outbox', ['id', 'queue', 'created_at', 'completed_at', 'failed_at']);
