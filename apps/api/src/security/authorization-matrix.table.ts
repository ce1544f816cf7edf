import { DEV_JWT_ACCESS_SECRET } from '@scenematch/server-config';
import { UnsubscribeTokens } from '@scenematch/server-notifications';
/**
 * The authorisation matrix: for every route of the API, what each kind of caller gets.
 * authorization-matrix.integration-spec.ts discovers the routes of the running app and fails
 * when a route has no entry here, or an entry names a route that no longer exists.
 *
 * Callers (the `own` object of a row belongs to the demo company / the demo agency):
 *   anonymous         no token
 *   enterprise        the demo company (市 AI 企业) — owner of the row's company-owned fixture
 *   enterprise:other  another company
 *   agency            the demo agency (市卫生健康委) — owner of the row's agency-owned fixture
 *   agency:other      another agency (市城管和综合执法局)
 *   expert            the demo expert (assigned to the row's application only where noted)
 *   organiser, admin  service-centre staff
 *
 * Outcomes: '2xx' (allowed and done), 401 (sign in first), 403 (role or ownership refuses a
 * visible object), 404 (the caller may not see the object at all — its existence is not revealed),
 * and, only where a 2xx would need a secret the matrix cannot hold (a one-time code, a current
 * password it must not change, a second factor nobody in the matrix has), 400 or 409: past
 * access control, refused as bad input or by the object's state.
 * A status other than these would be a state conflict (409) or bad input (400): the fixtures
 * put every object in the state the allowed call needs, so allowed callers must get 2xx.
 */
export const CALLERS = ['anonymous', 'enterprise', 'enterprise:other', 'agency', 'agency:other', 'expert', 'organiser', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];
export type Outcome = '2xx' | 400 | 401 | 403 | 404 | 409;
export type Expectations = Record<Caller, Outcome>;

/** The objects a row is called on; built through the API by the spec (see FIXTURES there). */
export type FixtureName =
  | 'none'
  | 'scenario.draft'
  | 'scenario.submitted'
  | 'scenario.published'
  | 'scenario.withShortlistedApplication'
  | 'scenario.withReviewedApplication'
  | 'scenario.awarded'
  | 'scenario.piloting'
  | 'batch.draft'
  | 'batch.readyToClose'
  | 'product.draft'
  | 'product.draftWithFile'
  | 'product.submitted'
  | 'product.listed'
  | 'launchEvent.planned'
  | 'launchEvent.withProduct'
  | 'application.draft'
  | 'application.draftWithFile'
  | 'application.submitted'
  | 'application.submittedAfterDeadline'
  | 'application.assignedToExpert'
  | 'application.invitingEnterprise'
  | 'notice.open'
  | 'notice.ended'
  | 'objection.pending'
  | 'notification.ofEnterprise'
  | 'notificationRun'
  | 'organisation.unverified'
  | 'organisation.enterprise'
  | 'identity.ofEnterprise'
  | 'ssoRequest.pending'
  | 'rebuild'
  | 'dismissal.ofEnterprise'
  | 'refreshToken'
  | 'user.active'
  | 'user.disabled'
  | 'user.withSecondFactor'
  | 'registration'
  | 'session.planning'
  | 'session.open'
  | 'session.withParticipants'
  | 'session.withRequest'
  | 'session.withMeeting'
  | 'session.running'
  | 'session.agendaRun'
  | 'session.withFollowUp'
  | 'calendarFeed'
  | 'job.failed'
  | 'outbox.stuck'
  | 'openData.dump'
  | 'i18n.language';

export interface MatrixEntry {
  expect: Expectations;
  fixture: FixtureName;
  /**
   * Build the fixture anew for every caller (the call changes it). Otherwise one fixture serves
   * every caller of the row — only when the allowed calls leave it as they found it.
   */
  fresh?: boolean;
  /** JSON body (a function of the fixture's values when it needs them). */
  body?: Record<string, unknown> | ((f: Record<string, string>, caller: Caller) => unknown);
  /** Multipart upload instead of JSON. */
  upload?: { filename: string; kind: 'pdf' | 'png' | 'csv' };
  query?: string;
}

/** Batch numbers are unique and at most 999; the spec's own fixtures use 101 onwards. */
let batchNumbers = 0;

// ── shorthands ────────────────────────────────────────────────────────────
const all = (outcome: Outcome): Expectations =>
  Object.fromEntries(CALLERS.map((c) => [c, outcome])) as Expectations;
/** Any caller, signed in or not. */
const anyone = (): Expectations => all('2xx');
/** Any signed-in caller. */
const signedIn = (): Expectations => ({ ...all('2xx'), anonymous: 401 });
/** Only these callers; other signed-in callers 403, anonymous 401. */
const only = (...callers: Caller[]): Expectations => ({
  ...all(403),
  anonymous: 401,
  ...Object.fromEntries(callers.map((c) => [c, '2xx'])),
});
const STAFF: Caller[] = ['organiser', 'admin'];
const ENTERPRISES: Caller[] = ['enterprise', 'enterprise:other'];
const AGENCIES: Caller[] = ['agency', 'agency:other'];
/** The demo company's own record: other companies get 404 (it does not exist for them), the rest 403. */
const ownCompany = (): Expectations => ({ ...only('enterprise'), 'enterprise:other': 404 });
/** Sealed or private to the demo company: every other signed-in caller, staff too, gets 404. */
const companyAlone = (): Expectations => ({ ...all(404), anonymous: 401, enterprise: '2xx' });

const scenarioBody = {
  title: '区属医院医学影像辅助诊断试点',
  domain: '智慧医疗',
  description: '在区属医院试点医学影像辅助诊断，提升阅片效率。',
  capabilities: ['计算机视觉'],
};
const productBody = {
  name: '鹏知影像辅助诊断平台',
  description: '面向基层医院的医学影像辅助诊断产品，支持肺结节、骨折识别与结构化报告。',
  capabilities: ['计算机视觉'],
  domains: ['智慧医疗'],
  maturity: 'pilot',
  deploymentModes: ['private-cloud'],
};
const applicationBody = {
  proposal: '基于影像平台在试点医院部署肺结节与骨折辅助诊断，结构化报告回写 PACS，三个月内完成上线。',
  quote: 680000,
  durationDays: 120,
  team: '项目经理 1 名，算法工程师 3 名',
  declarations: { truthful: true },
};

export const AUTHORIZATION_MATRIX: Record<string, MatrixEntry> = {
  // ── health, taxonomy ─────────────────────────────────────────────────────
  'GET /api/health': { fixture: 'none', expect: anyone() },
  'GET /api/taxonomy/domains': { fixture: 'none', expect: anyone() },
  'GET /api/taxonomy/capabilities': { fixture: 'none', expect: anyone() },
  'GET /api/taxonomy/certifications': { fixture: 'none', expect: anyone() },
  'GET /api/taxonomy/deployment-modes': { fixture: 'none', expect: anyone() },

  // ── auth and accounts ────────────────────────────────────────────────────
  'POST /api/auth/register': { fixture: 'registration', fresh: true, body: (f) => JSON.parse(f['body']), expect: anyone() },
  'POST /api/auth/login': { fixture: 'none', body: { email: 'expert@demo.scenematch.cn', password: 'Demo#2025pass' }, expect: anyone() },
  'POST /api/auth/refresh': { fixture: 'refreshToken', fresh: true, body: (f) => ({ refreshToken: f['token'] }), expect: anyone() },
  'POST /api/auth/logout': { fixture: 'refreshToken', fresh: true, body: (f) => ({ refreshToken: f['token'] }), expect: anyone() },
  'GET /api/me': { fixture: 'none', expect: signedIn() },

  // ── organisations ────────────────────────────────────────────────────────
  'GET /api/organisations': { fixture: 'none', expect: only(...STAFF) },
  'GET /api/organisations/:id': { fixture: 'organisation.enterprise', expect: anyone() },
  'POST /api/organisations/:id/verify': { fixture: 'organisation.unverified', fresh: true, expect: only(...STAFF) },
  'POST /api/organisations/:id/reject': { fixture: 'organisation.unverified', fresh: true, body: { reason: '统一社会信用代码与营业执照不符' }, expect: only(...STAFF) },

  // ── account administration (admin; organisers see and work the verification queue) ──
  'GET /api/admin/organisations': { fixture: 'none', query: 'status=pending', expect: only(...STAFF) },
  'GET /api/admin/organisations/:id/members': { fixture: 'organisation.enterprise', expect: only(...STAFF) },
  'GET /api/admin/users': { fixture: 'none', query: 'q=demo', expect: only('admin') },
  'POST /api/admin/users/:id/disable': { fixture: 'user.active', fresh: true, body: { reason: '人员已离职' }, expect: only('admin') },
  'POST /api/admin/users/:id/enable': { fixture: 'user.disabled', fresh: true, expect: only('admin') },
  'POST /api/admin/users/:id/mfa/reset': { fixture: 'user.withSecondFactor', fresh: true, expect: only('admin') },

  // ── failed-job console (任务监控, admin only) ──────────────────────────────
  'GET /api/admin/jobs/overview': { fixture: 'none', expect: only('admin') },
  'GET /api/admin/jobs/failed': { fixture: 'none', query: 'queue=maintenance', expect: only('admin') },
  'POST /api/admin/jobs/failed/retry': { fixture: 'none', body: { job: 'session.agenda', reason: '矩阵测试' }, expect: only('admin') },
  'POST /api/admin/jobs/:queue/:id/retry': { fixture: 'job.failed', fresh: true, body: { reason: '矩阵测试重试' }, expect: only('admin') },
  'POST /api/admin/jobs/:queue/:id/discard': { fixture: 'job.failed', fresh: true, body: { reason: '矩阵测试丢弃' }, expect: only('admin') },
  'GET /api/admin/outbox/stuck': { fixture: 'none', query: 'minutes=30', expect: only('admin') },
  'POST /api/admin/outbox/:id/resend': { fixture: 'outbox.stuck', fresh: true, body: { reason: '矩阵测试重投' }, expect: only('admin') },

  // ── personal information (个人信息保护法) ─────────────────────────────────────
  'GET /api/me/personal-data': { fixture: 'none', expect: signedIn() },
  // A wrong password: erasing the demo accounts would end the other rows' callers.
  'POST /api/me/erasure': { fixture: 'none', body: { password: 'Not#TheRight1' }, expect: { ...all(400), anonymous: 401 } },

  // ── audit ────────────────────────────────────────────────────────────────
  'GET /api/audit': { fixture: 'none', expect: only(...STAFF) },
  'GET /api/audit/verify': { fixture: 'none', expect: only(...STAFF) },
  'GET /api/audit/export': { fixture: 'none', query: 'format=csv&action=auth.', expect: only(...STAFF) },

  // ── notifications (each user's own) ──────────────────────────────────────
  'GET /api/me/notifications': { fixture: 'none', expect: signedIn() },
  'POST /api/me/notifications/read-all': { fixture: 'none', expect: signedIn() },
  'POST /api/me/notifications/:id/read': {
    fixture: 'notification.ofEnterprise',
    fresh: true,
    expect: companyAlone(),
  },
  'GET /api/me/notification-settings': { fixture: 'none', expect: signedIn() },
  'PUT /api/me/notification-settings': { fixture: 'none', body: { categories: [{ category: 'other', email: true }] }, expect: signedIn() },
  // No login: the signed token is the authority. This one is genuine but names no user.
  'GET /api/notifications/unsubscribe': {
    fixture: 'none',
    query: `token=${new UnsubscribeTokens(DEV_JWT_ACCESS_SECRET).sign('00000000-0000-4000-8000-000000000000', 'digest')}`,
    expect: all(404),
  },
  'POST /api/notifications/unsubscribe': {
    fixture: 'none',
    query: `token=${new UnsubscribeTokens(DEV_JWT_ACCESS_SECRET).sign('00000000-0000-4000-8000-000000000000', 'digest')}`,
    expect: all(404),
  },
  'POST /api/notifications/digest/run': { fixture: 'none', expect: only(...STAFF) },
  'POST /api/notifications/reminders/run': { fixture: 'none', expect: only(...STAFF) },
  'GET /api/notifications/runs/:id': { fixture: 'notificationRun', expect: only(...STAFF) },

  // ── batches (榜单) ───────────────────────────────────────────────────────
  'GET /api/batches': { fixture: 'none', expect: anyone() },
  // Drafts are for staff and agencies (who file scenarios into them).
  'GET /api/batches/:id': {
    fixture: 'batch.draft',
    expect: { ...all(404), agency: '2xx', 'agency:other': '2xx', organiser: '2xx', admin: '2xx' },
  },
  'POST /api/batches': {
    fixture: 'none',
    fresh: true,
    body: () => ({ number: 900 + ++batchNumbers, name: '权限测试批次', issuer: '服务中心' }),
    expect: only(...STAFF),
  },
  'PATCH /api/batches/:id': { fixture: 'batch.draft', body: { description: '更新说明' }, expect: only(...STAFF) },
  'POST /api/batches/:id/publish': { fixture: 'batch.draft', fresh: true, expect: only(...STAFF) },
  'POST /api/batches/:id/close': { fixture: 'batch.readyToClose', fresh: true, expect: only(...STAFF) },

  // ── scenarios (own = the demo agency's) ──────────────────────────────────
  'GET /api/scenarios': { fixture: 'none', expect: anyone() },
  'GET /api/scenarios/export': { fixture: 'none', query: 'format=csv', expect: anyone() },
  'POST /api/scenarios/import': {
    fixture: 'batch.draft',
    upload: { filename: '场景清单.csv', kind: 'csv' },
    query: 'dryRun=true',
    expect: only(...STAFF),
  },
  // A draft is its agency's (and staff's) business.
  'GET /api/scenarios/:id': { fixture: 'scenario.draft', expect: { ...all(404), agency: '2xx', organiser: '2xx', admin: '2xx' } },
  'GET /api/scenarios/:id/revisions': { fixture: 'scenario.draft', expect: { ...all(404), agency: '2xx', organiser: '2xx', admin: '2xx' } },
  'GET /api/scenarios/:id/events': {
    fixture: 'scenario.draft',
    expect: { ...all(404), anonymous: 401, agency: '2xx', organiser: '2xx', admin: '2xx' },
  },
  'POST /api/scenarios': { fixture: 'none', body: scenarioBody, expect: only(...AGENCIES) },
  'PATCH /api/scenarios/:id': {
    fixture: 'scenario.draft',
    fresh: true,
    body: { painPoints: '阅片压力大，基层缺少影像医生。' },
    expect: { ...only('agency', ...STAFF), 'agency:other': 404 },
  },
  'POST /api/scenarios/:id/submit': { fixture: 'scenario.draft', fresh: true, expect: { ...only('agency'), 'agency:other': 404 } },
  'POST /api/scenarios/:id/publish': { fixture: 'scenario.submitted', fresh: true, expect: only(...STAFF) },
  'POST /api/scenarios/:id/return': { fixture: 'scenario.submitted', fresh: true, body: { reason: '请补充场景描述' }, expect: only(...STAFF) },
  'POST /api/scenarios/:id/close': { fixture: 'scenario.published', fresh: true, expect: only(...STAFF) },
  'POST /api/scenarios/:id/cancel': {
    fixture: 'scenario.draft',
    fresh: true,
    body: {},
    expect: { ...only('agency', ...STAFF), 'agency:other': 404 },
  },

  // ── matching ─────────────────────────────────────────────────────────────
  'GET /api/me/recommendations': { fixture: 'none', expect: only(...ENTERPRISES) },
  // The published scenario is visible to all; its ranked companies only to its agency and staff.
  'GET /api/scenarios/:id/matches': { fixture: 'scenario.published', expect: only('agency', ...STAFF) },
  // Why the demo company and a scenario match: its agency, staff, and that company itself.
  'GET /api/scenarios/:id/matches/:organisationId': {
    fixture: 'scenario.published',
    expect: { ...only('agency', 'enterprise', ...STAFF), 'agency:other': 404, 'enterprise:other': 404 },
  },
  // People's signals: a company's own dismissals (another company's are not found), invitations by the scenario's unit or an organiser.
  'GET /api/me/recommendations/dismissed': { fixture: 'none', expect: only(...ENTERPRISES) },
  'PUT /api/me/recommendations/:id/dismissal': { fixture: 'scenario.published', body: { reason: 'domain', note: '权限矩阵' }, expect: only(...ENTERPRISES) },
  'DELETE /api/me/recommendations/:id/dismissal': { fixture: 'dismissal.ofEnterprise', fresh: true, expect: ownCompany() },
  'POST /api/scenarios/:id/invitations': {
    fixture: 'scenario.published',
    body: (f) => ({ organisationId: f['organisationId'], message: '欢迎申报' }),
    expect: only('agency', 'organiser'),
  },
  'POST /api/matching/rebuilds': { fixture: 'none', fresh: true, expect: only(...STAFF) },
  'GET /api/matching/rebuilds': { fixture: 'none', expect: only(...STAFF) },
  'GET /api/matching/rebuilds/:id': { fixture: 'rebuild', expect: only(...STAFF) },

  // ── products (own = the demo company's) ──────────────────────────────────
  'GET /api/products': { fixture: 'none', expect: anyone() },
  'GET /api/products/:id': {
    fixture: 'product.draft',
    expect: { ...all(404), enterprise: '2xx', organiser: '2xx', admin: '2xx' },
  },
  'POST /api/products': { fixture: 'none', fresh: true, body: () => ({ ...productBody, name: `权限测试产品 ${Math.random().toString(36).slice(2, 8)}` }), expect: only(...ENTERPRISES) },
  'PATCH /api/products/:id': {
    fixture: 'product.draft',
    body: { description: '面向基层医院的医学影像辅助诊断产品（更新后的介绍，支持更多病种）。' },
    expect: ownCompany(),
  },
  'POST /api/products/:id/submit': { fixture: 'product.draft', fresh: true, expect: ownCompany() },
  // Accepting into the list is the service centre's; the owner sees it but may not.
  'POST /api/products/:id/list': { fixture: 'product.submitted', fresh: true, expect: { ...only(...STAFF), 'enterprise:other': 404 } },
  // (the role check comes first: companies get 403 whoever owns the product)
  'POST /api/products/:id/reject': { fixture: 'product.submitted', fresh: true, body: { reason: '产品介绍与能力标签不符' }, expect: only(...STAFF) },
  // A listed product is public: another company sees it but may not delist it.
  'POST /api/products/:id/delist': { fixture: 'product.listed', fresh: true, body: {}, expect: only('enterprise', ...STAFF) },
  'POST /api/products/:id/files': {
    fixture: 'product.draft',
    fresh: true,
    upload: { filename: '截图.png', kind: 'png' },
    expect: ownCompany(),
  },
  'GET /api/products/:id/files/:fileId': {
    fixture: 'product.draftWithFile',
    expect: { ...all(404), enterprise: '2xx', organiser: '2xx', admin: '2xx' },
  },
  'DELETE /api/products/:id/files/:fileId': {
    fixture: 'product.draftWithFile',
    fresh: true,
    expect: ownCompany(),
  },

  // ── companies ────────────────────────────────────────────────────────────
  'GET /api/companies/:id': { fixture: 'organisation.enterprise', expect: anyone() },
  'GET /api/me/profile': { fixture: 'none', expect: only(...ENTERPRISES) },
  'PUT /api/me/profile': { fixture: 'none', body: { district: '南山区' }, expect: only(...ENTERPRISES) },

  // ── launch events (产品发布会) ────────────────────────────────────────────
  'GET /api/launch-events': { fixture: 'none', expect: anyone() },
  'GET /api/launch-events/:id': { fixture: 'launchEvent.planned', expect: { ...all(404), organiser: '2xx', admin: '2xx' } },
  'POST /api/launch-events': { fixture: 'none', body: { title: '权限测试发布会', heldOn: '2027-03-18' }, expect: only(...STAFF) },
  'POST /api/launch-events/:id/products': {
    fixture: 'launchEvent.planned',
    fresh: true,
    body: (f) => ({ productIds: [f['productId']] }),
    expect: only(...STAFF),
  },
  'DELETE /api/launch-events/:id/products/:productId': { fixture: 'launchEvent.withProduct', fresh: true, expect: only(...STAFF) },
  'POST /api/launch-events/:id/release': { fixture: 'launchEvent.withProduct', fresh: true, expect: only(...STAFF) },

  // ── applications (sealed bids; own = the demo company's) ─────────────────
  'POST /api/scenarios/:id/applications': { fixture: 'scenario.published', fresh: true, body: applicationBody, expect: only(...ENTERPRISES) },
  // Before the opening staff and its agency learn only how many sealed bids there are (no bidder, no content).
  'GET /api/scenarios/:id/applications': { fixture: 'scenario.published', expect: only('agency', ...STAFF) },
  'GET /api/me/applications': { fixture: 'none', expect: only(...ENTERPRISES) },
  // Consortium invitations: the other company's draft bid names the demo company as a member.
  'GET /api/me/consortium-invitations': { fixture: 'none', expect: only(...ENTERPRISES) },
  'POST /api/consortium-invitations/:applicationId/accept': {
    fixture: 'application.invitingEnterprise',
    fresh: true,
    expect: ownCompany(),
  },
  'POST /api/consortium-invitations/:applicationId/decline': {
    fixture: 'application.invitingEnterprise',
    fresh: true,
    body: { reason: '本单位不参与该项目' },
    expect: ownCompany(),
  },
  // Sealed until the opening: staff see 404 too.
  'GET /api/applications/:id': {
    fixture: 'application.submitted',
    expect: companyAlone(),
  },
  'PATCH /api/applications/:id': {
    fixture: 'application.draft',
    body: { team: '项目经理 1 名，算法工程师 4 名' },
    expect: ownCompany(),
  },
  'POST /api/applications/:id/submit': { fixture: 'application.draft', fresh: true, expect: ownCompany() },
  'POST /api/applications/:id/withdraw': { fixture: 'application.submitted', fresh: true, expect: ownCompany() },
  'POST /api/applications/:id/shortlist': { fixture: 'application.submittedAfterDeadline', fresh: true, expect: only(...STAFF) },
  'POST /api/applications/:id/reject': {
    fixture: 'application.submittedAfterDeadline',
    fresh: true,
    body: { reason: '缺少营业执照复印件' },
    expect: only(...STAFF),
  },
  'POST /api/applications/:id/files': {
    fixture: 'application.draft',
    fresh: true,
    upload: { filename: '技术方案.pdf', kind: 'pdf' },
    expect: ownCompany(),
  },
  // A draft application (and its attachments) is the company's own work until submitted: staff see 404 too.
  'GET /api/applications/:id/files/:fileId': {
    fixture: 'application.draftWithFile',
    expect: companyAlone(),
  },
  'DELETE /api/applications/:id/files/:fileId': {
    fixture: 'application.draftWithFile',
    fresh: true,
    expect: ownCompany(),
  },

  // ── expert review ────────────────────────────────────────────────────────
  'GET /api/experts': { fixture: 'none', expect: only(...STAFF) },
  'GET /api/me/reviews': { fixture: 'none', expect: only('expert') },
  'POST /api/scenarios/:id/reviewers': {
    fixture: 'scenario.withShortlistedApplication',
    fresh: true,
    body: (f) => ({ expertIds: [f['expertId']] }),
    expect: only(...STAFF),
  },
  'GET /api/scenarios/:id/evaluation': { fixture: 'scenario.withReviewedApplication', expect: only(...STAFF) },
  // Here the demo expert is assigned to the application.
  'POST /api/applications/:id/reviews': {
    fixture: 'application.assignedToExpert',
    fresh: true,
    body: { scores: { solution: 80, team: 80, cases: 80, price: 80 } },
    expect: only('expert'),
  },

  // ── award, public notice (公示), pilot and acceptance ──────────────────────
  'POST /api/scenarios/:id/award': {
    fixture: 'scenario.withReviewedApplication',
    fresh: true,
    body: (f) => ({ applicationIds: [f['applicationId']], noticeDays: 5 }),
    expect: only(...STAFF),
  },
  'GET /api/notices': { fixture: 'none', expect: anyone() },
  'GET /api/notices/:id': { fixture: 'notice.open', expect: anyone() },
  'POST /api/notices/:id/objections': { fixture: 'notice.open', fresh: true, body: { reason: '中标方报价明显高于市场价' }, expect: signedIn() },
  'GET /api/notices/:id/objections': { fixture: 'notice.open', expect: signedIn() },
  'POST /api/objections/:id/decide': {
    fixture: 'objection.pending',
    fresh: true,
    body: { decision: 'dismissed', response: '已补充报价依据，异议不成立' },
    expect: only(...STAFF),
  },
  'POST /api/notices/:id/confirm': { fixture: 'notice.ended', fresh: true, expect: only(...STAFF) },
  'POST /api/scenarios/:id/pilot': { fixture: 'scenario.awarded', fresh: true, expect: only(...STAFF) },
  'POST /api/scenarios/:id/accept': {
    fixture: 'scenario.piloting',
    fresh: true,
    body: { report: '验收报告：试点期间日均辅助阅片 800 例，各项指标达到预期。' },
    expect: only(...STAFF),
  },

  // ── account security (second factor, password change) ─────────────────────
  'GET /api/auth/mfa': { fixture: 'none', expect: signedIn() },
  // Starts enrolment for the caller (a secret is kept pending; nothing is switched on yet).
  'POST /api/auth/mfa/setup': { fixture: 'none', fresh: true, expect: signedIn() },
  // Switching on needs a code from the caller's authenticator, which the matrix does not hold.
  'POST /api/auth/mfa/enable': { fixture: 'none', body: { code: '000000' }, expect: { ...all(400), anonymous: 401 } },
  // The challenge token is the credential here, for everyone: a forged one is refused.
  'POST /api/auth/mfa/verify': { fixture: 'none', body: { challengeToken: 'forged.challenge.token-0000000000', code: '000000' }, expect: all(401) },
  // Nobody in the matrix has a second factor to switch off: past access control, refused by state.
  'POST /api/auth/mfa/disable': { fixture: 'none', body: { password: 'Demo#2025pass', code: '000000' }, expect: { ...all(409), anonymous: 401 } },
  // ── mobile number, SMS codes, WeChat binding ─────────────────────────────
  // Anyone may ask for a sign-in code; the answer is the same whether or not the number has an
  // account. Each caller asks for a number of its own (one code per number per minute).
  'POST /api/auth/sms/send': { fixture: 'none', body: (_f, caller) => ({ phone: `1390000100${CALLERS.indexOf(caller)}` }), expect: anyone() },
  // The code is the credential, for everyone: a guessed one is refused.
  'POST /api/auth/sms/login': { fixture: 'none', body: { phone: '13900001009', code: '000000' }, expect: all(401) },
  'GET /api/me/contact-channels': { fixture: 'none', expect: signedIn() },
  'POST /api/me/phone/code': { fixture: 'none', body: (_f, caller) => ({ phone: `1370000100${CALLERS.indexOf(caller)}` }), expect: signedIn() },
  // Binding needs the code sent to the number, which the matrix does not hold.
  'PUT /api/me/phone': { fixture: 'none', body: { phone: '13700001000', code: '000000', password: 'Demo#2025pass' }, expect: { ...all(400), anonymous: 401 } },
  // Only the demo company user has a number (seeded) to remove; the others have none.
  'DELETE /api/me/phone': { fixture: 'none', expect: { ...all(409), anonymous: 401, enterprise: '2xx' } },
  'PUT /api/me/sms-consent': { fixture: 'none', body: { consent: false }, expect: signedIn() },
  'PUT /api/me/wechat': { fixture: 'none', body: (_f, caller) => ({ openid: `oMATRIX_openid_000${CALLERS.indexOf(caller)}` }), expect: signedIn() },
  'DELETE /api/me/wechat': { fixture: 'none', expect: signedIn() },
  // A wrong current password: the demo accounts' passwords must stay as they are for the other rows.
  'POST /api/auth/password': {
    fixture: 'none',
    body: { currentPassword: 'Not#TheRight1', newPassword: 'N3w#Passw0rd!x' },
    expect: { ...all(400), anonymous: 401 },
  },

  // ── unified identity sign-in (OpenID Connect; switched off in this app: its routes answer 404) ──
  'GET /api/auth/sso/config': { fixture: 'none', expect: anyone() },
  'GET /api/auth/sso/start': { fixture: 'none', expect: all(404) },
  'GET /api/auth/sso/callback': { fixture: 'none', query: 'code=x&state=y', expect: all(404) },
  'POST /api/auth/sso/exchange': { fixture: 'none', expect: all(404) },
  'GET /api/me/identities': { fixture: 'none', expect: signedIn() },
  // Only the user it is linked to sees it: for everyone else it does not exist.
  'DELETE /api/me/identities/:id': { fixture: 'identity.ofEnterprise', fresh: true, expect: companyAlone() },
  'GET /api/admin/users/:id/identities': { fixture: 'user.active', expect: only('admin') },
  'GET /api/admin/sso-requests': { fixture: 'none', expect: only('admin') },
  'POST /api/admin/sso-requests/:id/approve': { fixture: 'ssoRequest.pending', fresh: true, body: (f) => ({ userId: f['userId'] }), expect: only('admin') },
  'POST /api/admin/sso-requests/:id/reject': { fixture: 'ssoRequest.pending', fresh: true, body: { reason: '非本单位人员' }, expect: only('admin') },

  // ── figures ──────────────────────────────────────────────────────────────
  'GET /api/stats/public': { fixture: 'none', expect: anyone() },
  'GET /api/stats/overview': { fixture: 'none', expect: only(...STAFF) },
  'GET /api/stats/batch-health': { fixture: 'none', expect: only(...STAFF) },
  'GET /api/stats/report': { fixture: 'none', query: 'quarter=2026Q3&format=xlsx', expect: only(...STAFF) },

  // ── open data (public feeds and daily files: no token, the same for everyone) ──
  'GET /api/open-data/scenarios': { fixture: 'none', query: 'limit=5', expect: anyone() },
  'GET /api/open-data/batches': { fixture: 'none', query: 'limit=5', expect: anyone() },
  'GET /api/open-data/products': { fixture: 'none', query: 'limit=5', expect: anyone() },
  'GET /api/open-data/awards': { fixture: 'none', query: 'limit=5', expect: anyone() },
  'GET /api/open-data/dumps': { fixture: 'none', expect: anyone() },
  'GET /api/open-data/dumps/:day/:file': { fixture: 'openData.dump', expect: anyone() },
  'GET /api/i18n/:language': { fixture: 'i18n.language', expect: anyone() },

  // ════════════════════════════════════════════════════════════════════════
  // MATCHMAKING SESSIONS (/api/sessions…) — written by another engineer in libs/server/sessions;
  // entries read from sessions.controller.ts / sessions.service.ts. Here `enterprise` and
  // `agency` are registered participants of the fixture session, `enterprise:other` and
  // `agency:other` are not.
  // ════════════════════════════════════════════════════════════════════════
  'GET /api/sessions': { fixture: 'none', expect: anyone() },
  // A session in planning is the organisers' business.
  'GET /api/sessions/:id': { fixture: 'session.planning', expect: { ...all(404), organiser: '2xx', admin: '2xx' } },
  'POST /api/sessions': {
    fixture: 'none',
    body: { title: '权限矩阵对接会', startsAt: '2027-03-18T09:00:00+08:00', slotMinutes: 20, slots: 4, tables: 2 },
    expect: only(...STAFF),
  },
  'PATCH /api/sessions/:id': { fixture: 'session.planning', body: { venue: '南山区人工智能创新服务中心' }, expect: only(...STAFF) },
  'POST /api/sessions/:id/status': { fixture: 'session.planning', fresh: true, body: { status: 'open_for_registration' }, expect: only(...STAFF) },
  // Companies and agencies register themselves; staff register an organisation.
  'POST /api/sessions/:id/participants': {
    fixture: 'session.open',
    fresh: true,
    body: (f, caller) => (caller === 'organiser' || caller === 'admin' ? { organisationId: f['organisationId'] } : {}),
    expect: only(...ENTERPRISES, ...AGENCIES, ...STAFF),
  },
  'GET /api/sessions/:id/participants': { fixture: 'session.withParticipants', expect: signedIn() },
  // The directory (参会名录) is public like the session; contacts are in it only for registered
  // participants and staff (session-kinds.integration-spec.ts checks who sees them).
  'GET /api/sessions/:id/directory': { fixture: 'session.withParticipants', expect: anyone() },
  // Any signed-in user sees a participant's name and scenarios; its code and contact only itself and staff (masking spec).
  'GET /api/sessions/:id/participants/:participantId': { fixture: 'session.withParticipants', expect: signedIn() },
  'PATCH /api/sessions/:id/participants/:participantId': {
    fixture: 'session.withParticipants',
    body: { capacity: 3 },
    expect: { ...only('enterprise', ...STAFF), 'enterprise:other': 404, agency: 404, 'agency:other': 404 },
  },
  'DELETE /api/sessions/:id/participants/:participantId': {
    fixture: 'session.withParticipants',
    fresh: true,
    expect: { ...only('enterprise', ...STAFF), 'enterprise:other': 404, agency: 404, 'agency:other': 404 },
  },
  'GET /api/sessions/:id/participants/:participantId/qr.svg': {
    fixture: 'session.withParticipants',
    expect: { ...all(404), anonymous: 401, enterprise: '2xx', organiser: '2xx', admin: '2xx' },
  },
  'POST /api/sessions/:id/check-in': { fixture: 'session.running', fresh: true, body: (f) => ({ code: f['code'] }), expect: only(...STAFF) },
  'POST /api/sessions/:id/participants/:participantId/check-in': { fixture: 'session.running', fresh: true, expect: only(...STAFF) },
  'POST /api/sessions/:id/participants/:participantId/no-show': { fixture: 'session.running', fresh: true, expect: only(...STAFF) },
  // Between registered participants only: the company asks the agency, the agency the company.
  'POST /api/sessions/:id/meeting-requests': {
    fixture: 'session.withParticipants',
    fresh: true,
    body: (f, caller) => ({ toOrganisationId: caller.startsWith('agency') ? f['enterpriseId'] : f['agencyId'] }),
    expect: { ...only('enterprise', 'agency'), 'enterprise:other': 403, 'agency:other': 403 },
  },
  // Each caller sees the requests it sent or received (others an empty list); staff see all.
  'GET /api/sessions/:id/meeting-requests': { fixture: 'session.withRequest', expect: signedIn() },
  // Only the side that was asked answers.
  'POST /api/sessions/:id/meeting-requests/:requestId/respond': {
    fixture: 'session.withRequest',
    fresh: true,
    body: { decision: 'accept' },
    expect: { ...only('agency'), enterprise: 403, 'enterprise:other': 404, 'agency:other': 404 },
  },
  // Only the side that asked withdraws.
  'POST /api/sessions/:id/meeting-requests/:requestId/withdraw': {
    fixture: 'session.withRequest',
    fresh: true,
    expect: { ...only('enterprise'), agency: 403, 'enterprise:other': 404, 'agency:other': 404 },
  },
  'GET /api/sessions/:id/suggestions': { fixture: 'session.withParticipants', expect: { ...only('enterprise', 'agency'), 'enterprise:other': 403, 'agency:other': 403 } },
  'POST /api/sessions/:id/agenda': { fixture: 'session.withParticipants', fresh: true, expect: only(...STAFF) },
  'GET /api/sessions/:id/agenda/runs/:runId': { fixture: 'session.agendaRun', expect: only(...STAFF) },
  // Participants see their own meetings; other signed-in users are refused.
  'GET /api/sessions/:id/agenda': { fixture: 'session.withMeeting', expect: { ...only('enterprise', 'agency', ...STAFF) } },
  'GET /api/sessions/:id/agenda.xlsx': { fixture: 'session.withMeeting', expect: only(...STAFF) },
  'POST /api/sessions/:id/meetings': {
    fixture: 'session.withParticipants',
    fresh: true,
    body: (f) => ({ enterpriseId: f['enterpriseId'], agencyId: f['agencyId'], slot: 1, table: 1 }),
    expect: only(...STAFF),
  },
  // Its two sides (and staff) record the outcome once the day runs.
  'PATCH /api/sessions/:id/meetings/:meetingId': {
    fixture: 'session.running',
    body: { outcome: 'intent', outcomeNote: '双方约定下周再谈' },
    expect: { ...only('enterprise', 'agency', ...STAFF), 'enterprise:other': 404, 'agency:other': 404 },
  },
  'DELETE /api/sessions/:id/meetings/:meetingId': { fixture: 'session.withMeeting', fresh: true, expect: only(...STAFF) },
  'GET /api/sessions/:id/report': { fixture: 'session.withMeeting', expect: only(...STAFF) },

  // Calendars, online links and follow-ups (session-calendar.controller.ts). A meeting's online
  // link travels only in its two sides' agenda, .ics and reminders (and staff's): see
  // session-calendar.integration-spec.ts for another participant of the same session.
  'GET /api/sessions/:id/agenda.ics': { fixture: 'session.withMeeting', expect: only('enterprise', 'agency', ...STAFF) },
  'GET /api/sessions/:id/follow-ups': { fixture: 'session.withMeeting', expect: only('enterprise', 'agency', ...STAFF) },
  // Only the organisation asked answers its question, once (the fixture asks the demo company).
  'POST /api/sessions/:id/follow-ups/:followUpId': {
    fixture: 'session.withFollowUp',
    fresh: true,
    body: { answer: 'signed', note: '已签订试点协议' },
    expect: { ...only('enterprise'), agency: 404, 'enterprise:other': 404, 'agency:other': 404 },
  },
  // Every company or agency user has its own subscription URL.
  'GET /api/me/calendar-feed': { fixture: 'none', expect: { ...only('enterprise', 'agency'), 'enterprise:other': '2xx', 'agency:other': '2xx' } },
  'POST /api/me/calendar-feed': { fixture: 'none', expect: { ...only('enterprise', 'agency'), 'enterprise:other': '2xx', 'agency:other': '2xx' } },
  'DELETE /api/me/calendar-feed': { fixture: 'none', expect: { ...only('enterprise', 'agency'), 'enterprise:other': '2xx', 'agency:other': '2xx' } },
  // The subscription itself: the secret in the URL is the key, no sign-in.
  'GET /api/calendar/:file': { fixture: 'calendarFeed', expect: anyone() },
};
