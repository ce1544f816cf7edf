import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  chinaToday,
  OPEN_DATA_DATASETS,
  OPEN_DATA_DUMPS_KEPT,
  OpenDataDataset,
  OpenDataDump,
  OpenDataDumpFile,
  OpenDataDumpFormat,
  OpenDataDumpList,
} from '@scenematch/contracts';
import { neutraliseFormula } from '@scenematch/server-common';
import { AppConfig } from '@scenematch/server-config';
import { returningRows } from '@scenematch/server-database';
import { JobName, OutboxService } from '@scenematch/server-queue';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, ReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { DataSource } from 'typeorm';
import { FeedPosition } from './open-data-cursor';
import { DUMP_COLUMNS } from './open-data.columns';
import { OpenDataService } from './open-data.service';

/** Rows read from the database per round trip while writing a file. */
const DUMP_PAGE = 1000;
export const DUMP_FORMATS: OpenDataDumpFormat[] = ['csv', 'xlsx'];
const MIME: Record<OpenDataDumpFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

interface DumpRow {
  id: string;
  day: string;
  as_of: Date;
  created_at: Date;
  files: Array<Omit<OpenDataDumpFile, 'url'>>;
}

export const NO_DUMP_MESSAGE = '开放数据文件尚未生成：平台每天 03:00（北京时间）生成一次，首次启动后几分钟内生成，请稍后再试';

/**
 * The daily open-data dumps: each public dataset as CSV (UTF-8 with BOM, for Excel) and .xlsx,
 * every text cell neutralised against formula injection, under STORAGE_DIR/open-data/<day>/.
 * A dump per day (Beijing time), requested through the outbox; the newest OPEN_DATA_DUMPS_KEPT
 * are kept.
 */
@Injectable()
export class OpenDataDumpsService {
  private readonly logger = new Logger(OpenDataDumpsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feeds: OpenDataService,
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {}

  async list(): Promise<OpenDataDumpList> {
    const rows = await this.dataSource.query<DumpRow[]>(
      `SELECT id, to_char(day, 'YYYY-MM-DD') AS day, as_of, created_at, files FROM open_data_dumps
        WHERE status = 'completed' ORDER BY day DESC LIMIT $1`,
      [OPEN_DATA_DUMPS_KEPT],
    );
    const items = rows.map((r) => this.view(r));
    return { items, latest: items[0] ?? null };
  }

  /** One file of the dump of `day` (`latest`: the newest); 404 with a message saying why not. */
  async file(day: string, dataset: OpenDataDataset, format: OpenDataDumpFormat): Promise<{ stream: ReadStream; file: OpenDataDumpFile; mime: string }> {
    const rows = await this.dataSource.query<DumpRow[]>(
      `SELECT id, to_char(day, 'YYYY-MM-DD') AS day, as_of, created_at, files FROM open_data_dumps
        WHERE status = 'completed' AND ($1::date IS NULL OR day = $1::date) ORDER BY day DESC LIMIT 1`,
      [day === 'latest' ? null : day],
    );
    if (!rows[0]) throw new NotFoundException(day === 'latest' ? NO_DUMP_MESSAGE : `没有 ${day} 的开放数据文件（仅保留最近 ${OPEN_DATA_DUMPS_KEPT} 天）`);
    const dump = this.view(rows[0]);
    const file = dump.files.find((f) => f.dataset === dataset && f.format === format);
    if (!file) throw new NotFoundException('该日的开放数据文件中没有这个数据集');
    const path = this.path(dump.day, file.filename);
    await stat(path).catch(() => {
      throw new NotFoundException('开放数据文件暂不可用，请稍后再试');
    });
    return { stream: createReadStream(path), file, mime: MIME[format] };
  }

  /**
   * Requests the dump of `now`'s day (Beijing time): null when it is already requested or done.
   * A day whose dump failed for good may be requested again.
   */
  async request(now = new Date()): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<Array<{ id: string }>>(
        `INSERT INTO open_data_dumps (day) VALUES ($1::date)
         ON CONFLICT (day) DO UPDATE SET status = 'requested', error = NULL WHERE open_data_dumps.status = 'failed'
         RETURNING id`,
        [chinaToday(now)],
      );
      if (!rows[0]) return null;
      await this.outbox.publish(manager, JobName.OpenDataDump, { dumpId: rows[0].id });
      return rows[0].id;
    });
  }

  /** Whether any dump has been written or is on its way (the worker's first start requests one otherwise). */
  async anyRequested(): Promise<boolean> {
    const rows = await this.dataSource.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM open_data_dumps WHERE status <> 'failed'`);
    return Number(rows[0].n) > 0;
  }

  /**
   * Writes the files of dump `id`, once: a redelivered job for a finished dump does nothing. The
   * files go to a temporary name first, so a download never reads half a file.
   */
  async write(id: string): Promise<OpenDataDump | null> {
    const claimed = returningRows(
      await this.dataSource.query<[Array<{ day: string }>, number]>(
        `UPDATE open_data_dumps SET status = 'running' WHERE id = $1 AND status IN ('requested', 'running') RETURNING to_char(day, 'YYYY-MM-DD') AS day`,
        [id],
      ),
    );
    if (!claimed[0]) return null;
    const day = claimed[0].day;
    const asOf = await this.feeds.horizon();
    await mkdir(this.path(day), { recursive: true });
    const files: Array<Omit<OpenDataDumpFile, 'url'>> = [];
    for (const dataset of OPEN_DATA_DATASETS) {
      for (const format of DUMP_FORMATS) files.push(await this.writeFile(day, dataset, format, asOf));
    }
    await this.dataSource.query<unknown>(`UPDATE open_data_dumps SET status = 'completed', as_of = $2, files = $3, finished_at = now() WHERE id = $1`, [
      id,
      asOf,
      JSON.stringify(files),
    ]);
    await this.prune();
    this.logger.log(`Open-data dump ${day} written: ${files.map((f) => `${f.filename} (${f.rows})`).join(', ')}`);
    const rows = await this.dataSource.query<DumpRow[]>(`SELECT id, to_char(day, 'YYYY-MM-DD') AS day, as_of, created_at, files FROM open_data_dumps WHERE id = $1`, [id]);
    return this.view(rows[0]);
  }

  async fail(id: string, error: string): Promise<void> {
    await this.dataSource.query<unknown>(`UPDATE open_data_dumps SET status = 'failed', error = $2, finished_at = now() WHERE id = $1 AND status <> 'completed'`, [id, error.slice(0, 2000)]);
  }

  private async writeFile(day: string, dataset: OpenDataDataset, format: OpenDataDumpFormat, asOf: string): Promise<Omit<OpenDataDumpFile, 'url'>> {
    const filename = `scenematch-${dataset}-${day}.${format}`;
    const target = this.path(day, filename);
    const temporary = `${target}.part`;
    const columns = DUMP_COLUMNS[dataset] as Array<{ header: string; cell(record: unknown): string | number | null }>;
    const headers = columns.map((c) => c.header);
    let rows = 0;
    const records = async function* (this: OpenDataDumpsService) {
      let after: FeedPosition | null = null;
      for (;;) {
        const slice: { items: unknown[]; last: FeedPosition | null; hasMore: boolean } = await this.feeds.slice(dataset, { horizon: asOf, after, since: null, limit: DUMP_PAGE, withdrawals: false });
        for (const record of slice.items) yield columns.map((c) => neutraliseFormula(c.cell(record) ?? ''));
        rows += slice.items.length;
        if (!slice.hasMore || !slice.last) return;
        after = slice.last;
      }
    }.bind(this);

    if (format === 'csv') {
      const out = createWriteStream(temporary);
      out.write('\uFEFF');
      const csv = stringify({ record_delimiter: '\r\n' });
      csv.pipe(out);
      csv.write(headers);
      for await (const row of records()) if (!csv.write(row)) await once(csv, 'drain');
      csv.end();
      await once(out, 'finish');
    } else {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temporary, useStyles: true });
      const sheet = workbook.addWorksheet(dataset);
      sheet.columns = headers.map((header) => ({ header, width: Math.min(40, Math.max(12, header.length * 2)) }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
      for await (const row of records()) sheet.addRow(row).commit();
      sheet.commit();
      await workbook.commit();
    }
    await rename(temporary, target);
    const body = await readFile(target);
    return { dataset, format, filename, size: body.length, sha256: createHash('sha256').update(body).digest('hex'), rows };
  }

  /** Keeps the newest OPEN_DATA_DUMPS_KEPT completed dumps (rows and files). */
  private async prune(): Promise<void> {
    const old = returningRows(
      await this.dataSource.query<[Array<{ day: string }>, number]>(
        `DELETE FROM open_data_dumps WHERE status = 'completed' AND day < (
           SELECT min(day) FROM (SELECT day FROM open_data_dumps WHERE status = 'completed' ORDER BY day DESC LIMIT $1) kept)
         RETURNING to_char(day, 'YYYY-MM-DD') AS day`,
        [OPEN_DATA_DUMPS_KEPT],
      ),
    );
    for (const { day } of old) await rm(this.path(day), { recursive: true, force: true });
  }

  private view(r: DumpRow): OpenDataDump {
    return {
      id: r.id,
      day: r.day,
      asOf: r.as_of.toISOString(),
      createdAt: r.created_at.toISOString(),
      files: r.files.map((f) => ({ ...f, url: `/api/open-data/dumps/${r.day}/${f.dataset}.${f.format}` })),
    };
  }

  private path(day: string, filename?: string): string {
    const dir = join(resolve(this.config.STORAGE_DIR), 'open-data', day);
    return filename ? join(dir, filename) : dir;
  }
}
