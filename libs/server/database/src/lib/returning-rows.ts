/** The rows of an UPDATE/DELETE … RETURNING: TypeORM answers those on PostgreSQL with [rows, count]. */
export function returningRows<T>(result: [T[], number] | T[]): T[] {
  return Array.isArray(result[0]) ? (result as [T[], number])[0] : (result as T[]);
}
