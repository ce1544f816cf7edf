import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  ApplicationView,
  beijingIso,
  ScenarioApplicationsPage,
  ScenarioView,
} from '@scenematch/contracts';
import {
  ApplicationJobsModule,
  bidsOpenJobId,
} from '@scenematch/server-applications';
import { AppConfig, ConfigModule } from '@scenematch/server-config';
import { CryptoSuiteName } from '@scenematch/server-crypto';
import { DatabaseModule } from '@scenematch/server-database';
import {
  NotificationJobsModule,
  NotificationsModule,
} from '@scenematch/server-notifications';
import { JOB_ATTEMPTS, JOB_QUEUE, JobName, QueueModule } from '@scenematch/server-queue';
import { createOrganisation, createUser, minimalPdf, TestClient, TestUser, waitFor } from '@scenematch/server-testing';
import { Queue } from 'bullmq';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../testing/test-app';

/** Every file under a folder, recursively (storage and mail folders). */
/** A company starts a (plain, unsubmitted) bid on the scenario. */
function startDraft(client: TestClient, scenarioId: string, title: string, quote: number, durationDays: number) {
  return client.post<ApplicationView>(`/api/scenarios/${scenarioId}/applications`, {
    proposal: `${title}：基于深度学习的影像质控与辅助诊断，分阶段上线。`,
    quote,
    durationDays,
    declarations: { truthful: true },
  });
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The worker's part that matters here: the outbox relay, BullMQ, the opening job and the mails. */
function openingWorker(config: AppConfig) {
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(),
      QueueModule.forWorker(),
      NotificationsModule,
      NotificationJobsModule,
      ApplicationJobsModule,
    ],
  })
  class OpeningWorkerModule {}
  return OpeningWorkerModule;
}

const BIDDER = '深圳封标投标方医疗智能科技有限公司';
/** Its consortium member, and a company that bids too late. */
const MEMBER = '深圳封标联合体成员科技有限公司';
const OTHER_COMPANY = '深圳封标迟到企业科技有限公司';

/**
 * Acceptance of sealed bids (issue: "sealed means sealed"), once per cipher suite: before the
 * opening, organiser, admin, the owning agency, another company and an unassigned expert get no
 * content and no bidder name from any endpoint or file, and a marker placed in the proposal and
 * the attachment is nowhere in a pg_dump, the storage folder or the mail folder. The delayed
 * opening job opens the bids at the deadline (to the minute), audited; after it today's rules
 * hold; a bid one second late is refused.
 */
describe.each<CryptoSuiteName>(['aes-256-gcm', 'sm4'])(
  'sealed bids with %s',
  (suite) => {
    let t: TestApp;
    let worker: INestApplicationContext;
    let storage: string;
    let organiser: TestClient;
    let admin: TestClient;
    let agency: TestClient;
    let bidder: TestClient;
    let member: TestClient;
    let otherCompany: TestClient;
    let expert: TestClient;
    const marker = `SEALED-MARKER-${randomBytes(6).toString('hex')}`;
    const pdf = minimalPdf(`技术方案 ${marker}`);
    let scenarioId: string;
    let applicationId: string;
    let fileUrl: string;
    let deadline: Date;
    let lateDraftId: string;

    beforeAll(async () => {
      storage = mkdtempSync(join(tmpdir(), 'scenematch-sealed-'));
      t = await startTestApp(`sealed_${suite.replace(/\W/g, '')}`, {
        CRYPTO_SUITE: suite,
        STORAGE_DIR: storage,
      });
      worker = await NestFactory.createApplicationContext(
        openingWorker(t.config),
        { logger: false },
      );
      await worker.init();
      [organiser, admin, agency, expert] = (
        await Promise.all([
          createUser(t, { role: 'organiser' }),
          createUser(t, { role: 'admin' }),
          createUser(t, { role: 'agency', verified: true }),
          createUser(t, { role: 'expert' }),
        ])
      ).map((u) => u.client);
      // The companies are named so that no name contains another: a leak of one is not mistaken for another.
      [bidder, member, otherCompany] = await Promise.all(
        [BIDDER, MEMBER, OTHER_COMPANY].map(async (name) => ((await createOrganisation(t, { type: 'enterprise', verified: true, name })).founder as TestUser).client),
      );
    }, 120_000);

    afterAll(async () => {
      await worker?.close();
      await t?.close();
      rmSync(storage, { recursive: true, force: true });
    });

    it('takes a bid sealed until the deadline, a point in time in Beijing time', async () => {
      // A deadline a little in the future, with seconds: the opening job has to fire at it. It is
      // kept 10 s or more after the minute's tick of the opening sweep (the fallback for a lost
      // job, at second 0), so that on a slow machine the sweep cannot open the bids before the
      // delayed job does, which this suite checks.
      const soon = new Date(Math.floor((Date.now() + 60_000) / 1000) * 1000);
      const second = soon.getUTCSeconds();
      deadline = new Date(soon.getTime() + (second < 10 ? 10 - second : second > 40 ? 70 - second : 0) * 1000);
      const created = await agency.post<ScenarioView>('/api/scenarios', {
        title: `密封测试：医学影像辅助诊断（${suite}）`,
        domain: '智慧医疗',
        description: '在区属医院试点医学影像辅助诊断，提升阅片效率。',
        capabilities: ['计算机视觉'],
        deadline: beijingIso(deadline),
      });
      expect(created.status).toBe(201);
      expect(created.body.deadline).toBe(beijingIso(deadline));
      scenarioId = created.body.id;
      expect(
        (await agency.post(`/api/scenarios/${scenarioId}/submit`)).status,
      ).toBe(200);
      expect(
        (await organiser.post(`/api/scenarios/${scenarioId}/publish`)).status,
      ).toBe(200);

      const memberId = (
        await member.get<{ organisation: { id: string } }>('/api/me')
      ).body.organisation.id;
      const bid = await bidder.post<ApplicationView>(
        `/api/scenarios/${scenarioId}/applications`,
        {
          proposal: `技术方案：${marker}，基于影像平台在试点医院部署肺结节辅助诊断，三个月内上线。`,
          quote: 800000,
          durationDays: 90,
          team: `项目经理 1 名（${marker}）`,
          memberIds: [memberId],
          declarations: { truthful: true },
        },
      );
      expect(bid.status).toBe(201);
      applicationId = bid.body.id;
      const file = await bidder.upload<{ url: string }>(
        `/api/applications/${applicationId}/files`,
        '技术方案.pdf',
        pdf,
      );
      expect(file.status).toBe(201);
      fileUrl = file.body.url;
      // The named member accepts its invitation: only then can the bid be submitted.
      expect(
        (await member.post(`/api/consortium-invitations/${applicationId}/accept`)).status,
      ).toBe(200);
      expect(
        (await bidder.post(`/api/applications/${applicationId}/submit`)).status,
      ).toBe(200);
      // Another company starts a bid it will try to submit too late.
      const draft = await startDraft(otherCompany, scenarioId, '另一家企业的方案', 700000, 100);
      expect(draft.status).toBe(201);
      lateDraftId = draft.body.id;

      // The bidding company and its consortium member read everything, the attachment included.
      for (const reader of [bidder, member]) {
        const own = await reader.get<ApplicationView>(
          `/api/applications/${applicationId}`,
        );
        expect(own.status).toBe(200);
        expect(own.body).toMatchObject({
          quote: 800000,
          company: { name: BIDDER },
        });
        expect(own.body.proposal).toContain(marker);
        const download = await reader.download(fileUrl);
        expect(download.status).toBe(200);
        expect(download.body.equals(pdf)).toBe(true);
      }
    });

    it('shows staff, the owning agency, another company and an unassigned expert nothing of it before the opening', async () => {
      const quarter = (() => {
        const beijing = new Date(Date.now() + 8 * 3600_000);
        return `${beijing.getUTCFullYear()}Q${Math.floor(beijing.getUTCMonth() / 3) + 1}`;
      })();
      const readers = {
        organiser,
        admin,
        agency,
        otherCompany,
        expert,
      } as const;
      const leaks: string[] = [];
      const check = (who: string, what: string, text: string, names = true) => {
        if (text.includes(marker)) leaks.push(`${who} ${what}: marker`);
        if (names && (text.includes(BIDDER) || text.includes(MEMBER)))
          leaks.push(`${who} ${what}: bidder name`);
      };
      for (const [who, client] of Object.entries(readers)) {
        expect([
          who,
          (await client.get(`/api/applications/${applicationId}`)).status,
        ]).toEqual([who, 404]);
        expect([who, (await client.download(fileUrl)).status]).toEqual([
          who,
          404,
        ]);
        for (const url of [
          `/api/scenarios/${scenarioId}/applications`,
          `/api/scenarios/${scenarioId}/evaluation`,
          `/api/scenarios/${scenarioId}`,
          `/api/scenarios/${scenarioId}/events`,
          `/api/scenarios?q=${encodeURIComponent(marker)}`,
          `/api/scenarios/export?format=csv`,
          '/api/stats/overview',
          '/api/me/notifications?pageSize=50',
          '/api/me/reviews',
        ]) {
          const response = await client.download(url);
          const text = response.body.toString('utf8');
          if (url === '/api/me/reviews' && response.status === 200) {
            // A bidder may have opened bids elsewhere that an expert reviews: the name must not
            // show beside this scenario.
            check(who, url, text, false);
            const here = (JSON.parse(text) as Array<{ scenario: { id: string } }>).filter((r) => r.scenario.id === scenarioId);
            check(who, url, JSON.stringify(here));
          } else if (url.startsWith('/api/me/notifications') && response.status === 200) {
            // A bidder may meet the agency at sessions (reminders and follow-ups name it as the
            // other side): no notice about this scenario may name it.
            check(who, url, text, false);
            const items = (JSON.parse(text) as { items: unknown[] }).items;
            const here = items.filter((n) => JSON.stringify(n).includes(scenarioId) || JSON.stringify(n).includes('密封测试：'));
            check(who, url, JSON.stringify(here));
          } else {
            check(who, url, text);
          }
        }
        // Matches may name the bidder as a fit (not as a bidder), and the audit trail its user's
        // sign-ins: only the contents must not show there (the bid's own records are checked below).
        check(
          who,
          'batch health',
          (await client.download('/api/stats/batch-health')).body.toString(
            'utf8',
          ),
          false,
        );
        for (const url of [
          '/api/audit?pageSize=100',
          '/api/audit/export?format=csv',
        ]) {
          const trail = (await client.download(url)).body.toString('utf8');
          check(who, url, trail, false);
          if (trail.includes(applicationId))
            leaks.push(`${who} ${url}: the application's id`);
        }
        const report = await client.download(
          `/api/stats/report?quarter=${quarter}&format=xlsx`,
        );
        if (report.status === 200) {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(report.body as unknown as ArrayBuffer);
          const cells: string[] = [];
          // Rows about this scenario: a bidder's opened bids elsewhere may be listed.
          const rowsHere: string[] = [];
          workbook.eachSheet((sheet) =>
            sheet.eachRow((row) => {
              const values: string[] = [];
              row.eachCell((cell) => values.push(String(cell.value)));
              cells.push(...values);
              if (values.some((v) => v.includes('密封测试：'))) rowsHere.push(...values);
            }),
          );
          check(who, 'quarterly workbook', cells.join('\n'), false);
          check(who, 'quarterly workbook', rowsHere.join('\n'));
        }
      }
      expect(leaks).toEqual([]);

      // Staff and the owning agency learn how many bids there are, and when they open.
      for (const client of [organiser, admin, agency]) {
        const list = await client.get<ScenarioApplicationsPage>(
          `/api/scenarios/${scenarioId}/applications`,
        );
        expect(list.status).toBe(200);
        expect(list.body).toMatchObject({
          items: [],
          total: 0,
          sealed: { count: 1, opensAt: beijingIso(deadline) },
        });
      }
      // The audit trail keeps the bid's records, without who made them until the opening.
      const audit = await organiser.get<{
        items: Array<{
          action: string;
          actor_organisation_id: string | null;
          entity_id: string | null;
        }>;
      }>('/api/audit?action=application.&pageSize=100');
      expect(audit.body.items.length).toBeGreaterThanOrEqual(3);
      expect(
        audit.body.items.every(
          (r) => r.actor_organisation_id === null && r.entity_id === null,
        ),
      ).toBe(true);
    });

    it('keeps the marker out of the database dump, the storage folder and the mail folder', async () => {
      // Mails of the submission have gone out (the worker writes them to MAIL_DIR).
      await waitFor(
        async () => filesUnder(t.config.MAIL_DIR).length > 0,
        'the submission mails',
        20_000,
      );
      const dump = execFileSync('pg_dump', ['--no-owner', t.database.url], {
        maxBuffer: 512 * 1024 * 1024,
      }).toString('utf8');
      expect(dump).toContain('scenario_data_keys');
      expect(dump.includes(marker)).toBe(false);
      const stored = filesUnder(storage);
      expect(stored.length).toBe(1);
      for (const path of [...stored, ...filesUnder(t.config.MAIL_DIR)])
        expect([path, readFileSync(path).includes(marker)]).toEqual([
          path,
          false,
        ]);
      // The stored key is wrapped, and under this deployment's suite.
      const keys = await t.database.query<{ suite: string }>(
        `SELECT suite FROM scenario_data_keys WHERE scenario_id = $1`,
        [scenarioId],
      );
      expect(keys.rows).toEqual([{ suite }]);
    });

    it('opens the bids at the deadline with the delayed job, audited, and then today’s rules hold', async () => {
      // Nobody reads in the meantime: the opening must come from the job, not from a reader.
      await waitFor(
        async () =>
          (
            await t.database.query(
              `SELECT 1 FROM scenarios WHERE id = $1 AND bids_opened_at IS NOT NULL`,
              [scenarioId],
            )
          ).rowCount === 1,
        'the opening',
        90_000,
        250,
      );
      const opened = (
        await t.database.query<{ at: Date }>(
          `SELECT bids_opened_at AS at FROM scenarios WHERE id = $1`,
          [scenarioId],
        )
      ).rows[0].at;
      expect(opened.getTime()).toBeGreaterThanOrEqual(deadline.getTime());
      expect(opened.getTime() - deadline.getTime()).toBeLessThan(60_000);

      // It was the delayed BullMQ job, put at the deadline by the job the publication announced through the outbox, that opened them.
      const announced = await t.database.query<{ completed_at: Date | null }>(
        `SELECT completed_at FROM outbox WHERE job = $1 AND payload->>'scenarioId' = $2`,
        [JobName.BidsOpen, scenarioId],
      );
      expect(announced.rows.length).toBeGreaterThanOrEqual(1);
      expect(announced.rows.every((r) => r.completed_at !== null)).toBe(true);
      const queue = new Queue(JOB_QUEUE[JobName.BidsOpen], {
        connection: { url: t.config.REDIS_URL },
        prefix: t.config.QUEUE_PREFIX,
      });
      try {
        const delayed = await queue.getJob(bidsOpenJobId(scenarioId, deadline));
        expect(delayed?.opts.delay).toBeGreaterThan(0);
        // With the queue's attempts and retry spacing besides its delay.
        expect(delayed?.opts).toMatchObject({ attempts: JOB_ATTEMPTS, backoff: { type: 'exponential', delay: t.config.JOB_RETRY_DELAY_MS } });
        expect(delayed?.returnvalue).toMatchObject({ scenarioId, bids: 1 });
      } finally {
        await queue.close();
      }

      const events = await organiser.get<{
        items: Array<{
          action: string;
          actor_user_id: string | null;
          details: Record<string, unknown>;
        }>;
      }>(`/api/audit?action=scenario.bids_opened&entityId=${scenarioId}`);
      expect(events.body.items).toHaveLength(1);
      expect(events.body.items[0]).toMatchObject({
        actor_user_id: null,
        details: { by: 'system', bids: 1 },
      });

      // After the opening: the organiser, the admin and the owning agency read the bid and its file; the others still do not.
      for (const client of [organiser, admin, agency]) {
        const read = await client.get<ApplicationView>(
          `/api/applications/${applicationId}`,
        );
        expect(read.status).toBe(200);
        expect(read.body.proposal).toContain(marker);
        expect(read.body.quote).toBe(800000);
        expect((await client.download(fileUrl)).body.equals(pdf)).toBe(true);
        const list = await client.get<ScenarioApplicationsPage>(
          `/api/scenarios/${scenarioId}/applications`,
        );
        expect(list.body.sealed).toBeNull();
        expect(list.body.items.map((a) => a.company.name)).toEqual([BIDDER]);
      }
      for (const client of [otherCompany, expert])
        expect(
          (await client.get(`/api/applications/${applicationId}`)).status,
        ).toBe(404);
      // The data key is gone with the seal; the attachment is now a plain file.
      expect(
        (
          await t.database.query(
            `SELECT 1 FROM scenario_data_keys WHERE scenario_id = $1`,
            [scenarioId],
          )
        ).rowCount,
      ).toBe(0);
      expect(
        filesUnder(storage).some((path) => readFileSync(path).equals(pdf)),
      ).toBe(true);
      // The audit chain verifies, with this suite's hash for the new records.
      const verify = await admin.get<{ ok: boolean }>('/api/audit/verify');
      expect(verify.body.ok).toBe(true);
      const algorithms = await t.database.query<{ hash_alg: string }>(
        `SELECT DISTINCT hash_alg FROM audit_log WHERE action = 'scenario.bids_opened'`,
      );
      expect(algorithms.rows).toEqual([
        { hash_alg: suite === 'sm4' ? 'sm3' : 'sha256' },
      ]);

      // Too late: submitting after the deadline is refused with the reason.
      const late = await otherCompany.post<{ message: string }>(
        `/api/applications/${lateDraftId}/submit`,
      );
      expect(late.status).toBe(409);
      expect(late.body.message).toMatch(
        /已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）截止/,
      );
    }, 120_000);

    it('refuses a bid one second after the deadline', async () => {
      const s = await agency.post<ScenarioView>('/api/scenarios', {
        title: `密封测试：一秒之差（${suite}）`,
        domain: '智慧医疗',
        description: '截止时间之后一秒提交的申报应被拒绝。',
        capabilities: ['计算机视觉'],
        deadline: '2099-12-20',
      });
      expect(s.body.deadline).toBe('2099-12-20T17:00:00+08:00');
      await agency.post(`/api/scenarios/${s.body.id}/submit`);
      await organiser.post(`/api/scenarios/${s.body.id}/publish`);
      const draft = await startDraft(otherCompany, s.body.id, '一秒之差的方案', 500000, 60);
      expect(draft.status).toBe(201);
      await t.database.query(
        `UPDATE scenarios SET deadline = date_trunc('second', now()) - interval '1 second' WHERE id = $1`,
        [s.body.id],
      );
      const late = await otherCompany.post<{ message: string }>(
        `/api/applications/${draft.body.id}/submit`,
      );
      expect(late.status).toBe(409);
      expect(late.body.message).toContain('截止');
      expect(
        (
          await member.post(`/api/scenarios/${s.body.id}/applications`, {
            proposal: '迟到的方案：基于深度学习的影像质控与辅助诊断。',
            quote: 1,
            durationDays: 1,
          })
        ).status,
      ).toBe(409);
    });
  },
);
