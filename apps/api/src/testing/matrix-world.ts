import { AuthTokens, buildUscc } from '@scenematch/contracts';
import { OpenDataDumpsService } from '@scenematch/server-open-data';
import { JobName, QueueName, QueueRegistry } from '@scenematch/server-queue';
import { minimalPdf, TestClient, TestResponse } from '@scenematch/server-testing';
import { Worker } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { TestApp } from './test-app';
import { Caller, FixtureName, MatrixEntry } from '../security/authorization-matrix.table';

/**
 * The callers of the authorisation matrix and the objects it calls routes on, built through
 * the API as their owners would. Shared by the matrix, mass-assignment and fuzz specs.
 */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f20000000049454e44ae426082',
  'hex',
);
export const PDF = minimalPdf();
export const CSV = Buffer.from('序号,应用领域,场景名称,责任单位\n1,智慧医疗,社区医院慢病管理智能随访,市卫生健康委\n');

export type Fixture = Record<string, string>;

/** The first caller the table allows, preferring the least privileged. */
export function allowedCaller(entry: MatrixEntry): Caller | undefined {
  const order: Caller[] = ['enterprise', 'agency', 'expert', 'anonymous', 'organiser', 'admin', 'enterprise:other', 'agency:other'];
  return order.find((c) => entry.expect[c] === '2xx');
}


export interface World {
  clients: Record<Caller, TestClient>;
  fixtures: Record<FixtureName, () => Promise<Fixture>>;
  /** A fresh source address for each call, so that the sign-in rate limit never decides an outcome. */
  nextAddress(): string;
  /** Releases what the fixtures hold open (a BullMQ worker connection). */
  close(): Promise<void>;
  /** Calls a table row's route as a caller on a fixture. */
  call(entry: MatrixEntry, method: string, path: string, caller: Caller, fixture: Fixture, options?: { ip?: string; headers?: Record<string, string>; body?: unknown; rawBody?: string }): Promise<TestResponse>;
  enterpriseOrgId: string;
  /** The demo agency's and the other company's organisations. */
  agencyOrgId: string;
  rivalOrgId: string;
  expertId: string;
}

export async function createWorld(t: TestApp): Promise<World> {
  let address = 0;
  let registrations = 0;
  let batches = 0;
  const nextAddress = () => `10.${60 + (Math.floor(++address / 250) % 100)}.${address % 250}.${(address % 7) + 1}`;
  const [enterprise, agency, expert, organiser, admin] = await Promise.all([
    t.client.asDemo('enterprise'),
    t.client.asDemo('agency'),
    t.client.asDemo('expert'),
    t.client.asDemo('organiser'),
    t.client.asDemo('admin'),
  ]);
  const [rival, otherAgency] = await Promise.all([t.newUser('enterprise'), t.newUser('agency', '市城管和综合执法局')]);
  const clients: Record<Caller, TestClient> = { anonymous: t.client, enterprise, 'enterprise:other': rival, agency, 'agency:other': otherAgency, expert, organiser, admin };
  const enterpriseOrgId = (await enterprise.get<{ organisation: { id: string } }>('/api/me')).body.organisation.id;
  const expertId = (await expert.get<{ id: string }>('/api/me')).body.id;
  const agencyOrgId = (await agency.get<{ organisation: { id: string } }>('/api/me')).body.organisation.id;
  const rivalOrgId = (await rival.get<{ organisation: { id: string } }>('/api/me')).body.organisation.id;
  const as = (caller: Caller) => clients[caller].fromAddress(nextAddress());
  const ok = <T>(what: string, r: TestResponse<T>): T => {
    if (r.status >= 300) throw new Error(`fixture step "${what}" failed: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const id = (body: unknown) => (body as { id: string }).id;
  /** A fixture one step further: what `previous` built, once `caller` has posted to `path(it)` (with `body`). */
  const step =
    <T>(previous: () => Promise<T>, what: string, caller: Caller, path: (it: T) => string, body?: unknown) =>
    async (): Promise<T> => {
      const it = await previous();
      ok(what, await as(caller).post(path(it), body));
      return it;
    };

  // Fixtures may be built concurrently (the matrix builds a row's objects at once); the few that
  // read back "the newest" of something go through this queue, one after the other.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(build: () => Promise<T>): Promise<T> => {
    const run = queue.then(build, build);
    queue = run.catch(() => undefined);
    return run;
  };

  // ── fixtures, built through the API as their owners would ──────────────
  const scenarioDraft = async (): Promise<string> =>
    id(ok('draft scenario', await as('agency').post('/api/scenarios', { title: `权限矩阵场景 ${++address}`, domain: '智慧医疗', description: '在区属医院试点医学影像辅助诊断，提升阅片效率。', capabilities: ['计算机视觉'] })));
  const scenarioSubmitted = step(scenarioDraft, 'submit scenario', 'agency', (s) => `/api/scenarios/${s}/submit`);
  const scenarioPublished = step(scenarioSubmitted, 'publish scenario', 'organiser', (s) => `/api/scenarios/${s}/publish`);
  const applicationDraft = async () => {
    const scenarioId = await scenarioPublished();
    const a = ok('draft application', await as('enterprise').post(`/api/scenarios/${scenarioId}/applications`, {
      proposal: '基于影像平台在试点医院部署肺结节与骨折辅助诊断，结构化报告回写 PACS，三个月内完成上线。',
      quote: 500000,
      durationDays: 90,
      team: '项目经理 1 名',
      declarations: { truthful: true },
    }));
    return { id: id(a), scenarioId };
  };
  const applicationSubmitted = step(applicationDraft, 'submit application', 'enterprise', (a) => `/api/applications/${a.id}/submit`);
  const applicationAfterDeadline = step(applicationSubmitted, 'close scenario', 'organiser', (a) => `/api/scenarios/${a.scenarioId}/close`);
  const shortlisted = step(applicationAfterDeadline, 'shortlist', 'organiser', (a) => `/api/applications/${a.id}/shortlist`);
  const reviewed = step(shortlisted, 'assign expert', 'organiser', (a) => `/api/scenarios/${a.scenarioId}/reviewers`, { expertIds: [expertId] });
  const noticeOpen = async () => {
    const a = await reviewed();
    const award = ok('propose award', await as('organiser').post(`/api/scenarios/${a.scenarioId}/award`, { applicationIds: [a.id], noticeDays: 5 }));
    return { ...a, awardId: id(award) };
  };
  const noticeEnded = async () => {
    const n = await noticeOpen();
    // The notice period passing is time, not an API call.
    await t.database.query<object>(`UPDATE awards SET notice_ends_at = now() - interval '1 second' WHERE id = $1`, [n.awardId]);
    return n;
  };
  const awarded = step(noticeEnded, 'confirm award', 'organiser', (n) => `/api/notices/${n.awardId}/confirm`);
  const productDraft = async () =>
    id(ok('draft product', await as('enterprise').post('/api/products', {
      name: `权限矩阵产品 ${++address}`,
      description: '面向基层医院的医学影像辅助诊断产品，支持肺结节、骨折识别与结构化报告。',
      capabilities: ['计算机视觉'],
      domains: ['智慧医疗'],
      maturity: 'pilot',
      deploymentModes: ['private-cloud'],
    })));
  const productSubmitted = step(productDraft, 'submit product', 'enterprise', (p) => `/api/products/${p}/submit`);
  const productListed = step(productSubmitted, 'list product', 'organiser', (p) => `/api/products/${p}/list`);
  const batchDraft = async () =>
    id(ok('draft batch', await as('organiser').post('/api/batches', { number: 100 + ++batches, name: '权限矩阵批次', issuer: '服务中心' })));
  const launchEvent = async () =>
    id(ok('launch event', await as('organiser').post('/api/launch-events', { title: '权限矩阵发布会', heldOn: '2027-03-18' })));

  // Matchmaking sessions: the demo company and the demo agency take part, the others do not.
  const sessionPlanning = async () =>
    id(ok('session', await as('organiser').post('/api/sessions', { title: `权限矩阵对接会 ${++address}`, startsAt: '2027-03-18T09:00:00+08:00', slotMinutes: 20, slots: 4, tables: 2 })));
  const sessionOpen = step(sessionPlanning, 'open session', 'organiser', (s) => `/api/sessions/${s}/status`, { status: 'open_for_registration' });
  const sessionWithParticipants = async () => {
    const s = await sessionOpen();
    const e = id(ok('company registers', await as('enterprise').post(`/api/sessions/${s}/participants`, {})));
    const a = id(ok('agency registers', await as('agency').post(`/api/sessions/${s}/participants`, {})));
    return { id: s, participantId: e, agencyParticipantId: a, enterpriseId: enterpriseOrgId, agencyId: agencyOrgId };
  };
  const sessionWithMeeting = async () => {
    const p = await sessionWithParticipants();
    const meeting = ok('meeting', await as('organiser').post(`/api/sessions/${p.id}/meetings`, { enterpriseId: enterpriseOrgId, agencyId: agencyOrgId, slot: 0, table: 0 }));
    return { ...p, meetingId: id(meeting) };
  };

  const FIXTURES: Record<FixtureName, () => Promise<Fixture>> = {
    none: async () => ({}),
    'scenario.draft': async () => ({ id: await scenarioDraft() }),
    'scenario.submitted': async () => ({ id: await scenarioSubmitted() }),
    'scenario.published': async () => ({ id: await scenarioPublished(), organisationId: enterpriseOrgId }),
    'dismissal.ofEnterprise': async () => {
      const s = await scenarioPublished();
      ok('dismiss', await as('enterprise').request('PUT', `/api/me/recommendations/${s}/dismissal`, { reason: 'other' }));
      return { id: s };
    },
    'scenario.withShortlistedApplication': async () => ({ id: (await shortlisted()).scenarioId, expertId }),
    'scenario.withReviewedApplication': async () => {
      const a = await reviewed();
      return { id: a.scenarioId, applicationId: a.id };
    },
    'scenario.awarded': async () => ({ id: (await awarded()).scenarioId }),
    'scenario.piloting': async () => {
      const a = await awarded();
      ok('pilot', await as('organiser').post(`/api/scenarios/${a.scenarioId}/pilot`));
      return { id: a.scenarioId };
    },
    'batch.draft': async () => ({ id: await batchDraft() }),
    'batch.readyToClose': async () => {
      const b = await batchDraft();
      ok('publish batch', await as('organiser').post(`/api/batches/${b}/publish`));
      return { id: b };
    },
    'product.draft': async () => ({ id: await productDraft() }),
    'product.draftWithFile': async () => {
      const p = await productDraft();
      const file = ok('product file', await as('enterprise').upload(`/api/products/${p}/files`, 'screen.png', PNG));
      return { id: p, fileId: id(file) };
    },
    'product.submitted': async () => ({ id: await productSubmitted() }),
    'product.listed': async () => ({ id: await productListed() }),
    'launchEvent.planned': async () => ({ id: await launchEvent(), productId: await productSubmitted() }),
    'launchEvent.withProduct': async () => {
      const e = await launchEvent();
      const p = await productSubmitted();
      ok('assign product', await as('organiser').post(`/api/launch-events/${e}/products`, { productIds: [p] }));
      return { id: e, productId: p };
    },
    'application.draft': async () => ({ id: (await applicationDraft()).id }),
    'application.draftWithFile': async () => {
      const a = await applicationDraft();
      const file = ok('application file', await as('enterprise').upload(`/api/applications/${a.id}/files`, '方案.pdf', PDF));
      return { id: a.id, fileId: id(file) };
    },
    'application.submitted': async () => ({ id: (await applicationSubmitted()).id }),
    'application.submittedAfterDeadline': async () => ({ id: (await applicationAfterDeadline()).id }),
    'application.assignedToExpert': async () => ({ id: (await reviewed()).id }),
    'application.invitingEnterprise': async () => {
      const scenarioId = await scenarioPublished();
      const a = ok('consortium bid', await as('enterprise:other').post(`/api/scenarios/${scenarioId}/applications`, {
        proposal: '联合体方案：牵头单位负责平台建设，成员单位负责影像算法与现场实施，三个月内完成上线。',
        quote: 600000,
        durationDays: 90,
        memberIds: [enterpriseOrgId],
        declarations: { truthful: true },
      }));
      return { id: id(a), applicationId: id(a) };
    },
    'notice.open': async () => ({ id: (await noticeOpen()).awardId }),
    'notice.ended': async () => ({ id: (await noticeEnded()).awardId }),
    'objection.pending': async () => {
      const n = await noticeOpen();
      const objection = ok('objection', await as('enterprise:other').post(`/api/notices/${n.awardId}/objections`, { reason: '中标方报价明显高于市场价' }));
      return { id: id(objection) };
    },
    // One at a time: the newest unread notice must be the one this fixture's decision sent.
    'notification.ofEnterprise': () =>
      serially(async () => {
        await productListed(); // the organiser's decision notifies the company
        const inbox = ok('inbox', await as('enterprise').get<{ items: Array<{ id: string; readAt: string | null }> }>('/api/me/notifications?unread=true'));
        return { id: inbox.items[0].id };
      }),
    // Today's open-data dump, written as the worker would (the first call writes it, later ones find it).
    'openData.dump': async () => {
      const dumps = t.app.get(OpenDataDumpsService);
      const dumpId = await dumps.request();
      if (dumpId) await dumps.write(dumpId);
      return { day: 'latest', file: 'scenarios.csv' };
    },
    // The portal's message bundle in the second language.
    'i18n.language': async () => ({ language: 'en' }),
    notificationRun: async () => ({ id: id(ok('run', await as('organiser').post('/api/notifications/reminders/run'))) }),
    'organisation.unverified': async () => {
      const registered = ok('register', await as('anonymous').post<AuthTokens>('/api/auth/register', registration()));
      return { id: registered.user.organisation.id };
    },
    'organisation.enterprise': async () => ({ id: enterpriseOrgId }),
    // A unified-identity account linked to the demo company's user (only that user may unlink it).
    'identity.ofEnterprise': async () => {
      const rows = await t.database.query<{ id: string }>(
        `INSERT INTO user_identities (user_id, issuer, subject, linked_by)
         SELECT id, 'https://idp.matrix.test', gen_random_uuid()::text, 'admin_approval' FROM users WHERE email = 'enterprise@demo.scenematch.cn'
         RETURNING id`,
      );
      return { id: rows.rows[0].id };
    },
    // Someone the identity service knows and the platform does not, waiting for the admin.
    'ssoRequest.pending': async () => {
      const registered = ok('register', await as('anonymous').post<AuthTokens>('/api/auth/register', registration()));
      const rows = await t.database.query<{ id: string }>(
        `INSERT INTO sso_link_requests (issuer, subject, name, email) VALUES ('https://idp.matrix.test', gen_random_uuid()::text, '矩阵测试', 'matrix-sso@example.cn') RETURNING id`,
      );
      return { id: rows.rows[0].id, userId: registered.user.id };
    },
    rebuild: async () => ({ id: id(ok('rebuild', await as('organiser').post('/api/matching/rebuilds'))) }),
    // A user of its own: sign-out ends every token of the user, and the callers' tokens must live on.
    refreshToken: async () => ({
      token: ok('register', await as('anonymous').post<AuthTokens>('/api/auth/register', registration())).refreshToken,
    }),
    'user.active': async () => ({ id: ok('register', await as('anonymous').post<AuthTokens>('/api/auth/register', registration())).user.id }),
    'user.disabled': async () => {
      const userId = ok('register', await as('anonymous').post<AuthTokens>('/api/auth/register', registration())).user.id;
      ok('disable', await as('admin').post(`/api/admin/users/${userId}/disable`, { reason: '矩阵测试停用' }));
      return { id: userId };
    },
    'user.withSecondFactor': async () => {
      const userId = ok('register', await as('anonymous').post<AuthTokens>('/api/auth/register', registration())).user.id;
      // Switching a factor on needs an authenticator's code; the state is what matters here.
      await t.database.query<object>(`UPDATE users SET mfa_enabled = true, mfa_secret = 'sealed-secret-of-a-lost-phone', mfa_enabled_at = now() WHERE id = $1`, [userId]);
      return { id: userId };
    },
    registration: async () => ({ body: JSON.stringify(registration()) }),
    // One at a time: the fixture's worker fails jobs until it meets its own.
    'job.failed': () => serially(async () => ({ queue: QueueName.Maintenance, id: await failedProbeJob() })),
    'outbox.stuck': async () => {
      const { rows } = await t.database.query<{ id: string }>(
        `INSERT INTO outbox (queue, job, payload, available_at) VALUES ('maintenance', 'probe', $1, now() - interval '1 hour') RETURNING id::text`,
        [JSON.stringify({ probeId: randomUUID() })],
      );
      return { id: rows[0].id };
    },
    'session.planning': async () => ({ id: await sessionPlanning() }),
    'session.open': async () => ({ id: await sessionOpen(), organisationId: rivalOrgId }),
    'session.withParticipants': sessionWithParticipants,
    'session.withRequest': async () => {
      const p = await sessionWithParticipants();
      const request = ok('meeting request', await as('enterprise').post(`/api/sessions/${p.id}/meeting-requests`, { toOrganisationId: agencyOrgId }));
      return { ...p, requestId: id(request) };
    },
    'session.withMeeting': sessionWithMeeting,
    'session.running': async () => {
      const m = await sessionWithMeeting();
      ok('publish agenda', await as('organiser').post(`/api/sessions/${m.id}/status`, { status: 'scheduled' }));
      ok('start session', await as('organiser').post(`/api/sessions/${m.id}/status`, { status: 'running' }));
      const staffView = ok('participants', await as('organiser').get<{ items: Array<{ id: string; checkinCode?: string }> }>(`/api/sessions/${m.id}/participants?pageSize=50`));
      return { ...m, code: staffView.items.find((x) => x.id === m.participantId)?.checkinCode ?? '' };
    },
    'session.withFollowUp': async () => {
      const m = await sessionWithMeeting();
      ok('publish agenda', await as('organiser').post(`/api/sessions/${m.id}/status`, { status: 'scheduled' }));
      ok('start session', await as('organiser').post(`/api/sessions/${m.id}/status`, { status: 'running' }));
      ok('outcome', await as('organiser').patch(`/api/sessions/${m.id}/meetings/${m.meetingId}`, { outcome: 'intent' }));
      // The question the worker's schedule asks months later (session-schedule.ts, tested on its own).
      const asked = await t.database.query<{ id: string; organisation_id: string }>(
        `INSERT INTO session_follow_ups (session_id, meeting_id, organisation_id) VALUES ($1, $2, $3), ($1, $2, $4) RETURNING id, organisation_id`,
        [m.id, m.meetingId, enterpriseOrgId, agencyOrgId],
      );
      return { ...m, followUpId: asked.rows.find((r) => r.organisation_id === enterpriseOrgId)?.id ?? '' };
    },
    calendarFeed: async () => {
      const feed = ok('calendar feed', await as('enterprise').post<{ path: string }>('/api/me/calendar-feed'));
      return { file: feed.path.split('/').pop() as string };
    },
    'session.agendaRun': async () => {
      const p = await sessionWithParticipants();
      const run = ok('agenda run', await as('organiser').post(`/api/sessions/${p.id}/agenda`));
      return { ...p, runId: id(run) };
    },
  };

  /**
   * A probe job that failed its only attempt, in the app's own maintenance queue (no worker runs
   * here: a worker of the fixture's own takes jobs until it has failed this one).
   */
  let failer: Worker | undefined;
  async function failedProbeJob(): Promise<string> {
    const queue = t.app.get(QueueRegistry).get(QueueName.Maintenance);
    const job = await queue.add(JobName.Probe, { probeId: randomUUID() }, { attempts: 1, jobId: randomUUID() });
    failer ??= new Worker(QueueName.Maintenance, null, { connection: { url: t.config.REDIS_URL }, prefix: t.config.QUEUE_PREFIX, autorun: false });
    for (let n = 0; n < 100; n++) {
      const next = await failer.getNextJob('matrix-fixture');
      if (!next) break;
      await next.moveToFailed(new Error('矩阵测试：探针任务失败'), 'matrix-fixture');
      if (next.id === job.id) return String(job.id);
    }
    throw new Error('fixture step "failed job" failed: the probe job never came');
  }

  function registration() {
    const n = ++registrations;
    let uscc: string | null = null;
    for (let k = 0; !uscc; k++) uscc = buildUscc('91', '440300', String(30000000 + n * 97 + k));
    return {
      email: `matrix-${n}-${Date.now()}@example.cn`,
      password: 'Str0ng#Passw0rd',
      displayName: '矩阵测试',
      organisation: { type: 'enterprise', name: `矩阵测试科技有限公司${n}`, uscc },
      privacyConsent: true,
    };
  }


  async function call(entry: MatrixEntry, method: string, path: string, caller: Caller, fixture: Fixture, options: { ip?: string; headers?: Record<string, string>; body?: unknown; rawBody?: string } = {}): Promise<TestResponse> {
    const url = path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
      const value = fixture[name];
      if (!value) throw new Error(`${method} ${path}: fixture ${entry.fixture} has no "${name}"`);
      return value;
    }) + (entry.query ? `?${entry.query}` : '');
    const client = clients[caller].fromAddress(options.ip ?? nextAddress());
    const headers = options.headers ?? {};
    if (entry.upload && options.body === undefined && options.rawBody === undefined) {
      const content = entry.upload.kind === 'png' ? PNG : entry.upload.kind === 'pdf' ? PDF : CSV;
      return client.upload(url, entry.upload.filename, content, entry.fixture === 'batch.draft' ? { batchId: fixture['id'] } : {}, headers);
    }
    if (options.rawBody !== undefined) return client.request(method as 'POST', url, options.rawBody, { 'content-type': 'application/json', ...headers });
    const body = options.body !== undefined ? options.body : typeof entry.body === 'function' ? (entry.body as (f: Fixture, c: Caller) => unknown)(fixture, caller) : entry.body;
    const payload = method === 'GET' || (method === 'DELETE' && options.body === undefined) ? undefined : (body ?? {});
    return client.request(method as 'GET', url, payload, headers);
  }

  return { clients, fixtures: FIXTURES, nextAddress, call, close: async () => failer?.close(), enterpriseOrgId, agencyOrgId, rivalOrgId, expertId };
}
