/**
 * A domain's published relation: the columns of one of its tables that other domains may use in
 * their SQL. It renders as a subquery, `(SELECT id, title, … FROM scenarios)`, to be placed where
 * a table would stand:
 *
 * ```ts
 * const SCENARIO_TITLES = relation('scenarios', ['id', 'title', 'organisation_id']);
 * db.query(`SELECT a.id, s.title FROM applications a JOIN ${SCENARIO_TITLES} s ON s.id = a.scenario_id`);
 * ```
 *
 * A column is either a column of the table or an alias of an expression over it
 * (`{ verified: 'verified_at IS NOT NULL' }`). PostgreSQL pulls such a subquery up into the outer
 * query, so the plan is the plan of the plain join.
 */
export interface Relation<C extends string = string> {
  /** The owner's table. */
  readonly table: string;
  /** The columns other domains may name. */
  readonly columns: readonly C[];
  /** The subquery, in parentheses. */
  readonly sql: string;
  toString(): string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export function relation<C extends string>(
  table: string,
  columns: readonly C[] | Readonly<Record<C, string>>,
): Relation<C> {
  if (!IDENTIFIER.test(table)) throw new Error(`relation: "${table}" is not a table name`);
  const entries: Array<[C, string]> = Array.isArray(columns)
    ? (columns as readonly C[]).map((c) => [c, c])
    : (Object.entries(columns) as Array<[C, string]>);
  if (!entries.length) throw new Error(`relation ${table}: no columns`);
  const select = entries.map(([alias, expression]) => {
    if (!IDENTIFIER.test(alias)) throw new Error(`relation ${table}: "${alias}" is not a column name`);
    return alias === expression ? alias : `${expression} AS ${alias}`;
  });
  const sql = `(SELECT ${select.join(', ')} FROM ${table})`;
  return { table, columns: entries.map(([alias]) => alias), sql, toString: () => sql };
}
