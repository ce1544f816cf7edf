import { DataSource } from 'typeorm';

/**
 * A per-process LRU of query results keyed on a data set's version (table `data_versions`,
 * bumped by a statement trigger on every change). Reading the version is one primary-key
 * lookup; any committed change, made by any process, makes every older entry unreachable.
 * Concurrent misses for the same key share one computation.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly dataSet: string,
    private readonly maxEntries: number,
  ) {}

  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const rows: Array<{ version: string }> = await this.dataSource.query(`SELECT version FROM data_versions WHERE name = $1`, [this.dataSet]);
    const full = `${rows[0]?.version ?? 'none'}\u0000${key}`;
    const hit = this.entries.get(full);
    if (hit) {
      // Refresh its place in the LRU order.
      this.entries.delete(full);
      this.entries.set(full, hit);
      return hit;
    }
    const value = compute();
    this.entries.set(full, value);
    value.catch(() => this.entries.delete(full));
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return value;
  }
}
