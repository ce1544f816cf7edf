import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApplicationView, beijingIso, ProductFileView, ScenarioView } from '@scenematch/contracts';
import { BidOpeningService } from '@scenematch/server-applications';
import { BackupManifest, countRecords, createBackup, findPgTool, restoreBackup, RestoreResult } from '@scenematch/server-backup';
import { AppConfig, ConfigModule } from '@scenematch/server-config';
import { masterKeyId } from '@scenematch/server-crypto';
import { DatabaseModule, withDatabase } from '@scenematch/server-database';
import { JobName, OutboxService, QueueModule } from '@scenematch/server-queue';
import { createProduct, createUser, dropQueueKeys, FACTORY_PASSWORD, minimalPdf, queryRowsAt, TEST_SERVER_URL, TestClient, testConfig, testQueuePrefix, waitFor, withConnection } from '@scenematch/server-testing';
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import * as tar from 'tar';
import { DataSource } from 'typeorm';
import { createApp } from './create-app';
import { startTestApp, TestApp } from '../testing/test-app';

/** The worker's relay and its probe handler, nothing else. */
function relayWorker(config: AppConfig) {
  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(), QueueModule.forWorker()] })
  class RelayWorkerModule {}
  return RelayWorkerModule;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * 等保 8.1.4.8 数据备份恢复: a backup of a live deployment (seeded data, a sealed bid with an
 * attachment, a product brochure, background work still in the outbox) restored into a NEW
 * database and storage folder gives the same data, a verifying audit chain, the attachment, the
 * bid still sealed until its deadline and readable after it with the same master key, and the
 * outbox's work done by a worker; restoring over a database with data is refused.
 */
describe('backup and restore', () => {
  let t: TestApp;
  let work: string;
  let restoredStorage: string;
  let restoredConfig: AppConfig;
  let restored: NestFastifyApplication | undefined;
  let worker: INestApplicationContext | undefined;
  let archive: string;
  let manifest: BackupManifest;
  let result: RestoreResult;
  const marker = `BACKUP-SEALED-${randomBytes(6).toString('hex')}`;
  const attachment = minimalPdf(`技术方案 ${marker}`);
  const brochure = minimalPdf('产品手册');
  const probeId = randomUUID();
  let scenarioId: string;
  let applicationId: string;
  let attachmentUrl: string;
  let brochureUrl: string;
  let deadline: Date;
  /** Who signs in again on the restored deployment (made with the factories before the backup). */
  let emails: Record<'admin' | 'organiser' | 'enterprise', string>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'scenematch-backup-it-'));
    mkdirSync(join(work, 'storage'));
    t = await startTestApp('backup', { STORAGE_DIR: join(work, 'storage') });
    restoredStorage = join(work, 'restored-storage');
    restoredConfig = testConfig(withDatabase(TEST_SERVER_URL, `${t.database.name}_restored`), testQueuePrefix('restored'), { STORAGE_DIR: restoredStorage });
  });

  afterAll(async () => {
    await worker?.close();
    await restored?.close();
    await queryRowsAt(withDatabase(TEST_SERVER_URL, 'postgres'), `DROP DATABASE IF EXISTS "${restoredConfig.DATABASE_URL.split('/').pop()}" WITH (FORCE)`).catch(() => undefined);
    await dropQueueKeys(restoredConfig.REDIS_URL, restoredConfig.QUEUE_PREFIX);
    await t?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('backs up the database and the stored files into one archive, sealed bids still encrypted in it', async () => {
    const [agency, organiserUser, bidderUser, adminUser] = await Promise.all([
      createUser(t, { role: 'agency', verified: true }),
      createUser(t, { role: 'organiser' }),
      createUser(t, { role: 'enterprise', verified: true }),
      createUser(t, { role: 'admin' }),
    ]);
    const [organiser, bidder] = [organiserUser.client, bidderUser.client];
    emails = { admin: adminUser.email, organiser: organiserUser.email, enterprise: bidderUser.email };
    deadline = new Date(Math.floor((Date.now() + 2 * 24 * 3600_000) / 1000) * 1000);
    const scenario = await agency.client.post<ScenarioView>('/api/scenarios', {
      title: '备份测试：医学影像辅助诊断',
      domain: '智慧医疗',
      description: '在区属医院试点医学影像辅助诊断。',
      capabilities: ['计算机视觉'],
      deadline: beijingIso(deadline),
    });
    expect(scenario.status).toBe(201);
    scenarioId = scenario.body.id;
    expect((await agency.client.post(`/api/scenarios/${scenarioId}/submit`)).status).toBe(200);
    expect((await organiser.post(`/api/scenarios/${scenarioId}/publish`)).status).toBe(200);
    const bid = await bidder.post<ApplicationView>(`/api/scenarios/${scenarioId}/applications`, {
      proposal: `技术方案：${marker}，三个月内上线。`,
      quote: 600000,
      durationDays: 90,
      team: '项目经理 1 名',
      declarations: { truthful: true },
    });
    expect(bid.status).toBe(201);
    applicationId = bid.body.id;
    const file = await bidder.upload<{ url: string }>(`/api/applications/${applicationId}/files`, '技术方案.pdf', attachment);
    expect(file.status).toBe(201);
    attachmentUrl = file.body.url;
    expect((await bidder.post(`/api/applications/${applicationId}/submit`)).status).toBe(200);
    const product = await createProduct(t, { company: bidder, organiser });
    const uploaded = await bidder.upload<ProductFileView>(`/api/products/${product.id}/files`, '产品手册.pdf', brochure);
    expect(uploaded.status).toBe(201);
    brochureUrl = uploaded.body.url;
    // Background work committed but not yet relayed (no worker runs beside this API).
    const dataSource = t.app.get(DataSource);
    await dataSource.transaction((manager) => t.app.get(OutboxService).publish(manager, JobName.Probe, { probeId }));

    archive = join(work, 'nightly', 'scenematch.tar.gz');
    const steps: string[] = [];
    manifest = await createBackup({ databaseUrl: t.database.url, storageDir: t.config.STORAGE_DIR, file: archive, progress: (p) => steps.push(p.step) });
    expect([...new Set(steps)]).toEqual(['check', 'database', 'files', 'archive']);
    expect(manifest.warnings).toEqual([]);
    expect(manifest.counts).toEqual(await countsOf(t.database.url));
    expect(manifest.counts.auditRecords).toBeGreaterThan(0);
    expect(manifest.counts.outboxUnfinished).toBeGreaterThan(0);
    expect(manifest.files.count).toBe(2);
    expect(manifest.sealing).toEqual({ sealedScenarios: 1, masterKeyIds: [masterKeyId(t.config.sealingMasterKey)] });
    expect(manifest.database.migrations.length).toBeGreaterThan(10);

    // The archive: manifest, dump and files, each with its hash; nothing of the sealed bid readable.
    const extracted = join(work, 'extracted');
    mkdirSync(extracted);
    await tar.extract({ file: archive, cwd: extracted });
    const inArchive = filesUnder(extracted).map((p) => p.slice(extracted.length + 1)).sort();
    expect(inArchive).toEqual(['database.dump', ...manifest.entries.filter((e) => e.path.startsWith('files/')).map((e) => e.path), 'manifest.json'].sort());
    expect(inArchive.some((p) => p.startsWith('files/sealed/'))).toBe(true);
    const pgRestore = await findPgTool('pg_restore');
    const sql = execFileSync(pgRestore.path, ['--file=-', join(extracted, 'database.dump')], { maxBuffer: 512 * 1024 * 1024 }).toString('utf8');
    expect(sql).toContain('scenario_data_keys');
    expect(sql.includes(marker)).toBe(false);
    for (const path of filesUnder(join(extracted, 'files'))) expect([path, readFileSync(path).includes(marker)]).toEqual([path, false]);
  });

  it('restores into a new database and storage folder with the same data, a verifying audit chain and working sealing keys', async () => {
    const progress: string[] = [];
    result = await restoreBackup({ config: restoredConfig, file: archive, progress: (p) => progress.push(`${p.step}: ${p.message}`) });
    expect(result).toMatchObject({ created: true, replaced: false, countsMatch: true, warnings: [], migrations: { pending: [], unknown: [] } });
    expect(result.counts).toEqual(manifest.counts);
    const { scenarios, products, applications, auditRecords } = await countsOf(t.database.url);
    expect(result.counts).toMatchObject({ scenarios, products, applications, auditRecords });
    expect(result.audit).toEqual({ ok: true, checked: auditRecords, problems: 0 });
    expect(result.sealing).toEqual({ sealedScenarios: 1, opened: 1, missingMasterKeyIds: [] });
    expect(result.files.count).toBe(2);
    expect(progress.join('\n')).toMatch(/all SHA-256 match/);
    const sealedRow = await queryRowsAt<{ sealed: Buffer | null; proposal: string | null }>(restoredConfig.DATABASE_URL, `SELECT sealed, proposal FROM applications WHERE id = $1`, [applicationId]);
    expect(sealedRow[0].sealed).not.toBeNull();
    expect(sealedRow[0].proposal).toBeNull();
  });

  it('serves the restored deployment: audit verified, files downloadable, the bid sealed until its deadline and readable after it', async () => {
    const app = await createApp(restoredConfig, { servePortal: false });
    restored = app;
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const client = new TestClient(app);
    const [admin, organiser, bidder] = await Promise.all((['admin', 'organiser', 'enterprise'] as const).map((role) => client.signIn(emails[role], FACTORY_PASSWORD)));

    const verify = await admin.get<{ ok: boolean; checked: number }>('/api/audit/verify');
    expect(verify.status).toBe(200);
    expect(verify.body.ok).toBe(true);
    // The restored records and the sign-ins just made.
    expect(verify.body.checked).toBeGreaterThan(result.audit.checked);
    const own = await bidder.download(attachmentUrl);
    expect(own.status).toBe(200);
    expect(own.body.equals(attachment)).toBe(true);
    expect((await bidder.download(brochureUrl)).body.equals(brochure)).toBe(true);

    // Still sealed: staff see neither the bid nor its attachment before the deadline.
    expect((await organiser.get(`/api/applications/${applicationId}`)).status).toBe(404);
    expect((await organiser.download(attachmentUrl)).status).toBe(404);
    // At the deadline the restored deployment opens it with the same master key.
    const opening = await app.get(BidOpeningService).openIfDue(scenarioId, new Date(deadline.getTime() + 1000));
    expect(opening).toMatchObject({ scenarioId, bids: 1 });
    const read = await organiser.get<ApplicationView>(`/api/applications/${applicationId}`);
    expect(read.status).toBe(200);
    expect(read.body.proposal).toContain(marker);
    expect((await organiser.download(attachmentUrl)).body.equals(attachment)).toBe(true);
  });

  it('runs the background work the outbox still held, once a worker starts on the restored database', async () => {
    worker = await NestFactory.createApplicationContext(relayWorker(restoredConfig), { logger: false });
    await worker.init();
    const probe = await waitFor(
      async () => (await queryRowsAt<{ executions: number }>(restoredConfig.DATABASE_URL, `SELECT executions FROM outbox_probe WHERE probe_id = $1`, [probeId]))[0],
      'the probe from the outbox to run on the restored database',
      20_000,
    );
    expect(probe.executions).toBe(1);
    // The source database never ran it: nothing went to its queue.
    expect(await t.database.query(`SELECT 1 FROM outbox_probe WHERE probe_id = $1`, [probeId])).toMatchObject({ rowCount: 0 });
  });

  it('refuses to restore over a database that holds data unless forced, and never under running processes', async () => {
    const before = await countsOf(t.database.url);
    await expect(restoreBackup({ config: testConfig(t.database.url, testQueuePrefix('refuse'), { STORAGE_DIR: join(work, 'unused') }), file: archive })).rejects.toThrow(
      `Refusing to restore: database "${t.database.name}" is not empty`,
    );
    // --force while a process is connected to it (a worker's LISTEN connection): refused too, nothing dropped.
    const running = new Client({ connectionString: t.database.url });
    await running.connect();
    try {
      await expect(
        restoreBackup({ config: testConfig(t.database.url, testQueuePrefix('refuse'), { STORAGE_DIR: join(work, 'unused') }), file: archive, force: true }),
      ).rejects.toThrow(/\d+ session\(s\) are connected to it\. Stop the API and worker/);
    } finally {
      await running.end();
    }
    expect(await countsOf(t.database.url)).toEqual(before);
  });

  it('with --force, replaces a database once its processes are stopped: the bid opened there is sealed again, and a wrong master key is named', async () => {
    await worker?.close();
    worker = undefined;
    await restored?.close();
    restored = undefined;
    // Configured with another master key than the backup's: restored, with a warning naming the key it needs.
    const otherKey = testConfig(restoredConfig.DATABASE_URL, restoredConfig.QUEUE_PREFIX, {
      STORAGE_DIR: restoredStorage,
      SEALING_MASTER_KEY: randomBytes(32).toString('base64'),
    });
    const replaced = await restoreBackup({ config: otherKey, file: archive, force: true });
    expect(replaced).toMatchObject({ created: false, replaced: true, countsMatch: true, audit: { ok: true } });
    expect(replaced.sealing).toEqual({ sealedScenarios: 1, opened: 0, missingMasterKeyIds: manifest.sealing.masterKeyIds });
    expect(replaced.warnings).toEqual([expect.stringContaining(`does not open 1 sealed scenario(s) (master key id ${manifest.sealing.masterKeyIds[0]}`)]);
    const row = await queryRowsAt<{ sealed: Buffer | null; opened: Date | null }>(
      restoredConfig.DATABASE_URL,
      `SELECT a.sealed, s.bids_opened_at AS opened FROM applications a JOIN scenarios s ON s.id = a.scenario_id WHERE a.id = $1`,
      [applicationId],
    );
    expect(row[0].sealed).not.toBeNull();
    expect(row[0].opened).toBeNull();
  });
});

/** The counts a backup records, read on a short-lived connection. */
function countsOf(url: string) {
  return withConnection(url, countRecords);
}
