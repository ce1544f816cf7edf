import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OPEN_DATA_DEFAULT_LIMIT, OPEN_DATA_LICENCE, OpenDataDataset, OpenDataPage, OpenDataRecord } from '@scenematch/contracts';
import { FieldValidationException } from '@scenematch/server-common';
import { AppConfig } from '@scenematch/server-config';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, FeedPosition } from './open-data-cursor';
import { DATASETS, DatasetRecord, feedInstantSql } from './open-data.datasets';
import { OpenDataFeedQueryDto, updatedSinceInstant } from './open-data.dto';

export interface FeedSlice<T> {
  items: Array<OpenDataRecord<T>>;
  /** The last row read (withdrawals included), to continue from. */
  last: FeedPosition | null;
  hasMore: boolean;
}

/**
 * The open-data feeds: every public record (and every withdrawal) of a dataset in the order of
 * its last change, (updated_at, id), read in keyset pages.
 *
 * A page only holds changes older than the settle horizon: the start of the oldest transaction
 * still running on the database (or now). `updated_at` is set by a trigger to the moment of the
 * change, which is after its transaction started, so a change still uncommitted when a page is
 * read always lands after that page's horizon, never behind a cursor already handed out. The
 * horizon is read before the page, in its own statement, so that the page's snapshot sees every
 * transaction that had finished by then.
 */
@Injectable()
export class OpenDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  get baseUrl(): string {
    return this.config.PUBLIC_URL.replace(/\/$/, '');
  }

  async page<K extends OpenDataDataset>(dataset: K, query: OpenDataFeedQueryDto): Promise<OpenDataPage<DatasetRecord<K>>> {
    const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
    if (query.cursor !== undefined && !after) throw FieldValidationException.single('cursor', 'cursor 无效：请使用上一页返回的 nextCursor');
    const since = query.updatedSince === undefined ? null : updatedSinceInstant(query.updatedSince);
    const horizon = await this.horizon();
    const slice = await this.slice(dataset, { horizon, after, since, limit: query.limit ?? OPEN_DATA_DEFAULT_LIMIT, withdrawals: true });
    return {
      dataset,
      items: slice.items,
      // At the end, the cursor still moves past what was read, so that polling with it later asks only for what is new.
      nextCursor: slice.last ? encodeCursor(slice.last) : (query.cursor ?? null),
      hasMore: slice.hasMore,
      settledUntil: horizon,
      licence: OPEN_DATA_LICENCE,
    };
  }

  /** The settle horizon (see the class): ISO 8601 UTC with microseconds. */
  async horizon(): Promise<string> {
    const rows = await this.dataSource.query<Array<{ horizon: string }>>(
      `SELECT ${feedInstantSql(`least(clock_timestamp(), (SELECT min(xact_start) FROM pg_stat_activity
                                  WHERE datname = current_database() AND pid <> pg_backend_pid()
                                    AND backend_type = 'client backend' AND xact_start IS NOT NULL))`)} AS horizon`,
    );
    return rows[0].horizon;
  }

  /** Records changed before `horizon`, after `after` and at or after `since`, oldest first. */
  async slice<K extends OpenDataDataset>(
    dataset: K,
    options: { horizon: string; after: FeedPosition | null; since: Date | null; limit: number; withdrawals: boolean },
  ): Promise<FeedSlice<DatasetRecord<K>>> {
    const q = DATASETS[dataset];
    const x = q.alias;
    const params: unknown[] = [options.horizon];
    const where = [options.withdrawals ? `((${q.visible}) OR (${q.withdrawn}))` : `(${q.visible})`, `${x}.updated_at < $1::timestamptz`];
    if (options.since) {
      params.push(options.since.toISOString());
      where.push(`${x}.updated_at >= $${params.length}::timestamptz`);
    }
    if (options.after) {
      params.push(options.after.at, options.after.id);
      where.push(`(${x}.updated_at, ${x}.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(options.limit + 1);
    const rows = await this.dataSource.query<Array<Record<string, unknown>>>(
      `SELECT ${q.select}, ${feedInstantSql(`${x}.updated_at`)} AS feed_at, (${q.visible}) AS feed_visible
         FROM ${q.from}
        WHERE ${where.join(' AND ')}
        ORDER BY ${x}.updated_at, ${x}.id
        LIMIT $${params.length}`,
      params,
    );
    const hasMore = rows.length > options.limit;
    const page = rows.slice(0, options.limit);
    const items = page.map((r): OpenDataRecord<DatasetRecord<K>> => {
      const head = { id: String(r['id']), updatedAt: String(r['feed_at']) };
      return r['feed_visible'] ? ({ ...head, withdrawn: false, ...q.toRecord(r, this.baseUrl) } as DatasetRecord<K>) : { ...head, withdrawn: true };
    });
    const lastRow = page[page.length - 1];
    return { items, last: lastRow ? { at: String(lastRow['feed_at']), id: String(lastRow['id']) } : null, hasMore };
  }
}
