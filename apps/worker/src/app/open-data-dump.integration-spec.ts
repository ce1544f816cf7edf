import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { chinaToday, OpenDataDumpFile } from '@scenematch/contracts';
import { OpenDataDumpsService, OpenDataSchedule } from '@scenematch/server-open-data';
import { JobConsoleStore, JobName, QueueRegistry } from '@scenematch/server-queue';
import {
  createTestDatabase,
  csvTexts,
  dropQueueKeys,
  FORMULA_PROBES,
  formulaCells,
  TEST_REDIS_URL,
  testConfig,
  testQueuePrefix,
  TestDatabase,
  unsafeProbeCells,
  waitFor,
  workbookTexts,
} from '@scenematch/server-testing';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { WorkerModule } from './worker.module';

/**
 * The daily open-data dump: the worker writes one at its first start, through the outbox and
 * its job; the files hold every public record and no text cell a spreadsheet would run.
 */
describe('open-data daily dump (worker)', () => {
  let database: TestDatabase;
  let worker: INestApplicationContext;
  const prefix = testQueuePrefix('opendump');
  const storage = `/tmp/scenematch-test-storage-opendump-${process.pid}`;

  beforeAll(async () => {
    database = await createTestDatabase('opendump');
    // Hostile texts in public fields, before the worker's first start writes the first dump.
    const scenarios = await database.query<{ id: string }>(
      `SELECT id FROM scenarios WHERE status = 'published' ORDER BY id LIMIT ${FORMULA_PROBES.length}`,
    );
    for (const [i, probe] of FORMULA_PROBES.entries()) await database.query(`UPDATE scenarios SET title = $2 WHERE id = $1`, [scenarios.rows[i].id, probe]);
    await database.query(`UPDATE products SET description = $1 WHERE id = (SELECT id FROM products WHERE status = 'listed' ORDER BY id LIMIT 1)`, [FORMULA_PROBES[0]]);
    await database.query(`UPDATE scenarios SET contact_phone = '13800001111' WHERE status = 'published'`);
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(testConfig(database.url, prefix, { STORAGE_DIR: storage })), { logger: false });
    await worker.init();
  });

  afterAll(async () => {
    await worker?.close();
    await database?.drop();
    await dropQueueKeys(TEST_REDIS_URL, prefix);
    await rm(storage, { recursive: true, force: true });
  });

  const file = (files: OpenDataDumpFile[], dataset: string, format: string) => {
    const found = files.find((f) => f.dataset === dataset && f.format === format) as OpenDataDumpFile;
    return readFile(join(storage, 'open-data', found.url.split('/')[4], found.filename));
  };

  it('writes the first dump at start: every dataset as CSV with BOM and .xlsx, formula-safe, public records only', async () => {
    const dumps = worker.get(OpenDataDumpsService);
    const latest = await waitFor(async () => (await dumps.list()).latest ?? undefined, 'the first dump', 30_000);
    expect(latest.files.map((f) => `${f.dataset}.${f.format}`).sort()).toEqual(
      ['awards.csv', 'awards.xlsx', 'batches.csv', 'batches.xlsx', 'products.csv', 'products.xlsx', 'scenarios.csv', 'scenarios.xlsx'],
    );

    const publicScenarios = Number((await database.query<{ n: string }>(`SELECT count(*) AS n FROM scenarios WHERE status IN ('published', 'closed', 'evaluating', 'awarded', 'piloting', 'accepted')`)).rows[0].n);
    const scenarioCsv = latest.files.find((f) => f.dataset === 'scenarios' && f.format === 'csv') as OpenDataDumpFile;
    expect(scenarioCsv.rows).toBe(publicScenarios);

    const csv = await file(latest.files, 'scenarios', 'csv');
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const cells = csvTexts(csv);
    expect(cells[0]).toBe('场景编号 id');
    expect(unsafeProbeCells(cells, 'csv')).toEqual([]);
    expect(csv.toString('utf8')).not.toContain('13800001111');

    const xlsx = await workbookTexts(await file(latest.files, 'scenarios', 'xlsx'));
    expect(unsafeProbeCells(xlsx, 'xlsx')).toEqual([]);
    expect(formulaCells(await workbookTexts(await file(latest.files, 'products', 'xlsx')))).toEqual([]);
    expect(csvTexts(await file(latest.files, 'products', 'csv'))).toContain(`'${FORMULA_PROBES[0]}`);

    // The timer (and any other worker) asks again the same day: nothing new is requested.
    expect(await worker.get(OpenDataSchedule).daily()).toBeNull();
    expect((await dumps.list()).items).toHaveLength(1);
  });

  it('marks a dump that cannot be written failed after its retries, shows why in the job console, and writes it on the next request', async () => {
    const dumps = worker.get(OpenDataDumpsService);
    const tomorrow = new Date(Date.now() + 86_400_000);
    const day = chinaToday(tomorrow);
    // The day's folder cannot be made: a file stands where it should be (a full or broken volume alike).
    await mkdir(join(storage, 'open-data'), { recursive: true });
    await writeFile(join(storage, 'open-data', day), 'not a folder');
    const id = (await worker.get(OpenDataSchedule).daily(tomorrow)) as string;
    expect(id).toBeTruthy();
    const dumpRow = async () =>
      (await database.query<{ status: string; error: string | null }>(`SELECT status, error FROM open_data_dumps WHERE id = $1`, [id])).rows[0];
    // Five attempts with backoff, then the day is failed for good, with the reason.
    const failed = await waitFor(async () => ((await dumpRow()).status === 'failed' ? dumpRow() : undefined), 'the dump to fail after its retries', 60_000);
    expect(failed.error).toMatch(/EEXIST|ENOTDIR/);
    // The administrator's job console lists the job with the same reason and its five attempts.
    const jobConsole = new JobConsoleStore(worker.get(DataSource), worker.get(QueueRegistry));
    const listed = await waitFor(
      async () => (await jobConsole.failed({ job: JobName.OpenDataDump, page: 1, pageSize: 10 })).items.find((j) => j.ids['dumpId'] === id),
      'the failed dump job in the job console',
    );
    expect(listed).toMatchObject({ attemptsMade: 5, attempts: 5 });
    expect(listed.reason).toContain(failed.error as string);
    // Nothing half-written is offered for download.
    expect((await dumps.list()).items.map((d) => d.day)).not.toContain(day);

    // Once the volume is fixed, the next request of that day (the timer's, or any worker's) writes it.
    await rm(join(storage, 'open-data', day), { force: true });
    expect(await worker.get(OpenDataSchedule).daily(tomorrow)).toBe(id);
    const written = await waitFor(async () => (await dumps.list()).items.find((d) => d.day === day), 'the dump written on the next request', 30_000);
    expect(written.files).toHaveLength(8);
  }, 120_000);
});
