import { queryRows, type Queryable } from '../queryable';

/** A scenario batch (揭榜挂帅 list) by its number and name. */
export interface ScenarioBatchName {
  id: string;
  number: number;
  name: string;
}

/** The batch `id`, or null when there is none. */
export async function scenarioBatchName(db: Queryable, id: string): Promise<ScenarioBatchName | null> {
  const [batch] = await queryRows<ScenarioBatchName>(db, `SELECT id, number, name FROM scenario_batches WHERE id = $1`, [id]);
  return batch ?? null;
}
