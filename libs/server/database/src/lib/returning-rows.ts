/**
 * The rows of an UPDATE/DELETE … RETURNING: TypeORM answers those on PostgreSQL with [rows, count].
 * The row type comes from the tuple (`query<[Row[], number]>`), never from the bare-array branch.
 */
export function returningRows<T>(result: [T[], number] | NoInfer<T[]>): T[] {
  return Array.isArray(result[0]) ? (result as [T[], number])[0] : (result as T[]);
}
