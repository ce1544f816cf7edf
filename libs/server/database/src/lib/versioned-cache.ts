import { DataSource } from 'typeorm';
import { preparedQuery } from './prepared-query';

/**
 * A per-process LRU of query results keyed on a data set's version (table `data_versions`,
 * bumped by a statement trigger on every change). Reading the version is one primary-key
 * lookup, shared by the requests that arrive together; any committed change, made by any
 * process, makes every older entry unreachable. Concurrent misses for the same key share one
 * computation.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  private readonly dataSets: string[];
  /** The version read that is scheduled but not yet sent: callers arriving meanwhile share it. */
  private nextRead?: Promise<string>;

  /** `dataSet`: one data set, or several when the cached results are made of several. */
  constructor(
    private readonly dataSource: DataSource,
    dataSet: string | string[],
    private readonly maxEntries: number,
  ) {
    this.dataSets = Array.isArray(dataSet) ? dataSet : [dataSet];
  }

  /** `compute` is given the version the entry is kept under (for caches of its own that follow it). */
  async get(key: string, compute: (version: string) => Promise<T>): Promise<T> {
    const version = await this.version();
    const full = `${version}\u0000${key}`;
    const hit = this.entries.get(full);
    if (hit) {
      // Refresh its place in the LRU order.
      this.entries.delete(full);
      this.entries.set(full, hit);
      return hit;
    }
    const value = compute(version);
    this.entries.set(full, value);
    value.catch(() => this.entries.delete(full));
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return value;
  }

  /**
   * The current version. Under load many requests want it at once: those arriving before the
   * read is sent (within one turn of the event loop) share one query. A request never joins a
   * read that was already sent, so it still sees every change committed before it arrived.
   */
  private version(): Promise<string> {
    if (!this.nextRead) {
      this.nextRead = new Promise<string>((resolve, reject) => {
        setImmediate(() => {
          this.nextRead = undefined;
          this.readVersion().then(resolve, reject);
        });
      });
    }
    return this.nextRead;
  }

  /**
   * One read per request that reaches the cache, hit or miss: a prepared statement straight on the
   * pool (no query runner, parsed and planned once per connection).
   */
  private async readVersion(): Promise<string> {
    const rows =
      this.dataSets.length === 1
        ? await preparedQuery<{ version: string | null }>(this.dataSource, `SELECT version::text AS version FROM data_versions WHERE name = $1`, [this.dataSets[0]])
        : await preparedQuery<{ version: string | null }>(
            this.dataSource,
            `SELECT string_agg(name || '=' || version, ',' ORDER BY name) AS version FROM data_versions WHERE name = ANY($1)`,
            [this.dataSets],
          );
    return rows[0]?.version ?? 'none';
  }
}
