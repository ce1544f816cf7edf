import { EntityManager } from 'typeorm';
import { Actor } from './actor';

/** The lifecycle logs (scenario_events, product_events, application_events) and their subject column. */
const EVENT_TABLES = {
  scenario: { table: 'scenario_events', subject: 'scenario_id' },
  product: { table: 'product_events', subject: 'product_id' },
  application: { table: 'application_events', subject: 'application_id' },
} as const;

export type StatusEventSubject = keyof typeof EVENT_TABLES;

/**
 * Writes one lifecycle step — from, to, who and why — for each of `ids` (one id or many moved
 * together, e.g. a batch publication), in the caller's transaction.
 */
export async function recordStatusEvents(
  manager: EntityManager,
  subject: StatusEventSubject,
  ids: string | readonly string[],
  from: string | null,
  to: string,
  actor: Pick<Actor, 'userId' | 'role'> | null,
  reason: string | null = null,
): Promise<void> {
  const list = typeof ids === 'string' ? [ids] : ids;
  if (!list.length) return;
  const { table, subject: column } = EVENT_TABLES[subject];
  await manager.query<unknown>(
    `INSERT INTO ${table} (${column}, from_status, to_status, actor_user_id, actor_role, reason)
     SELECT unnest($1::uuid[]), $2::text, $3::text, $4::uuid, $5::text, $6::text`,
    [list, from, to, actor?.userId ?? null, actor?.role ?? null, reason],
  );
}
