import { getMetadataStorage } from 'class-validator';
import { discoverRoutes } from '../testing/routes';
import { startTestApp, TestApp } from '../testing/test-app';
import { AUTHORIZATION_MATRIX, Caller, CALLERS, Outcome } from './authorization-matrix.table';
import { allowedCaller, Fixture, createWorld, World } from '../testing/matrix-world';
import { domainChecksum } from '../testing/domain-checksum';

/**
 * Calls that leave no audit record: a dry-run import only previews; a successful token refresh is
 * routine, not a security event (refused refreshes are recorded).
 */
const AUDIT_EXEMPT = new Set(['POST /api/scenarios/import', 'POST /api/auth/refresh']);

/** Fields a caller must never be able to set; each write endpoint must refuse them. */
const PRIVILEGED_FIELDS = {
  role: 'admin',
  status: 'listed',
  organisationId: '00000000-0000-4000-8000-000000000001',
  ownerId: '00000000-0000-4000-8000-000000000002',
  verified: true,
  createdBy: '00000000-0000-4000-8000-000000000003',
};

/** The properties a DTO declares (class-validator metadata). */
function dtoProperties(dto: (new () => object) | undefined): string[] {
  if (!dto) return [];
  return getMetadataStorage()
    .getTargetValidationMetadatas(dto, '', true, false)
    .map((m) => m.propertyName);
}

/** Outcomes of access control refusing a caller: nothing happens to the object. */
const REFUSALS = new Set<Outcome>([401, 403, 404]);

function outcomeOf(status: number): Outcome | number {
  return status >= 200 && status < 300 ? '2xx' : status;
}

describe('authorisation matrix: every route × every caller (authorization-matrix.table.ts)', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp('authz');
    // Every answer of the matrix is checked against the OpenAPI document; the last test lists the mismatches.
    t.client.setResponseCheckMode('collect');
    w = await createWorld(t);
  });
  afterAll(async () => {
    await w?.close();
    await t?.close();
  });

  it('has exactly one table entry for every route the app serves', () => {
    const served = discoverRoutes(t.app).map((r) => r.key);
    expect(served.length).toBeGreaterThan(80);
    const missing = served.filter((key) => !(key in AUTHORIZATION_MATRIX));
    const stale = Object.keys(AUTHORIZATION_MATRIX).filter((key) => !served.includes(key));
    expect({ missingFromTable: missing, noLongerServed: stale }).toEqual({ missingFromTable: [], noLongerServed: [] });
  });

  it('answers every caller of every route as the table says, and audits every write and every refused write', async () => {
    const served = new Set(discoverRoutes(t.app).map((r) => r.key));
    const mismatches: string[] = [];
    const writes: Array<{ label: string; requestId: string; ip: string; outcome: string; needsActor: boolean }> = [];
    let calls = 0;
    for (const [key, entry] of Object.entries(AUTHORIZATION_MATRIX)) {
      if (!served.has(key)) continue; // reported by the test above
      const [method, path] = key.split(' ');
      // A row whose allowed call uses up its object (`fresh`) gives every caller that may change
      // it (2xx, or past access control with 400/409) an object of its own. The callers it must
      // refuse (401/403/404) share one: a refusal changes nothing, and a refusal that wrongly
      // went through is already a mismatch. Without `fresh`, every caller shares one object, in
      // table order. The groups are independent of each other and run concurrently.
      const groups: Caller[][] = entry.fresh
        ? [CALLERS.filter((c) => REFUSALS.has(entry.expect[c])), ...CALLERS.filter((c) => !REFUSALS.has(entry.expect[c])).map((c) => [c])].filter((g) => g.length)
        : [[...CALLERS]];
      await Promise.all(
        groups.map(async (group) => {
          const fixture = await w.fixtures[entry.fixture]();
          for (const caller of group) {
            const requestId = `matrix-${calls++}-${Date.now()}`;
            const ip = w.nextAddress();
            const response = await w.call(entry, method, path, caller, fixture, { ip, headers: { 'x-request-id': requestId, 'user-agent': 'matrix-test/1.0' } });
            const got = outcomeOf(response.status);
            if (got !== entry.expect[caller]) {
              mismatches.push(`${key} as ${caller}: expected ${entry.expect[caller]}, got ${response.status} ${JSON.stringify(response.body).slice(0, 160)}`);
            }
            const auditable = method !== 'GET' && (got === '2xx' || got === 401 || got === 403) && !AUDIT_EXEMPT.has(key);
            if (auditable) {
              writes.push({
                label: `${key} as ${caller} (${response.status})`,
                requestId,
                ip,
                outcome: got === '2xx' ? 'success' : 'denied',
                needsActor: caller !== 'anonymous' && !key.startsWith('POST /api/auth/'),
              });
            }
          }
        }),
      );
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBe(Object.keys(AUTHORIZATION_MATRIX).filter((key) => served.has(key)).length * CALLERS.length);

    // Every write that happened, and every write refused for want of sign-in or rights, is in
    // the audit trail with who, from where and the outcome. (404s reveal nothing and change nothing.)
    const audited = await t.database.query<{ request_id: string; outcome: string; ip: string; user_agent: string; actor_user_id: string | null }>(
      `SELECT request_id, outcome, ip, user_agent, actor_user_id FROM audit_log WHERE request_id = ANY($1::text[])`,
      [writes.map((x) => x.requestId)],
    );
    const unaudited = writes
      .filter(
        (x) =>
          !audited.rows.some(
            (r) => r.request_id === x.requestId && (r.outcome === x.outcome || (x.outcome === 'denied' && r.outcome === 'failure')) && r.ip === x.ip && r.user_agent === 'matrix-test/1.0' && (!x.needsActor || !!r.actor_user_id),
          ),
      )
      .map((x) => x.label);
    expect(unaudited).toEqual([]);
    expect(writes.length).toBeGreaterThan(200);
  }, 240_000);

  it('refuses privileged fields (role, status, organisationId, ownerId, …) on every write with 400, changing nothing', async () => {
    const routes = new Map(discoverRoutes(t.app).map((r) => [r.key, r]));
    const served = new Set(routes.keys());
    const problems: string[] = [];
    let checked = 0;
    // Rows on the same kind of object share one: a refused write leaves it as it was, and a write
    // that wrongly went through is a problem whatever its object's state makes of the next row.
    const objects = new Map<string, Promise<Fixture>>();
    for (const [key, entry] of Object.entries(AUTHORIZATION_MATRIX)) {
      const [method, path] = key.split(' ');
      if (method === 'GET' || !served.has(key) || entry.upload) continue;
      const caller = allowedCaller(entry);
      if (!caller) continue;
      if (!objects.has(entry.fixture)) objects.set(entry.fixture, w.fixtures[entry.fixture]());
      const fixture = await (objects.get(entry.fixture) as Promise<Fixture>);
      const valid = typeof entry.body === 'function' ? (entry.body as (f: Fixture, c: Caller) => unknown)(fixture, caller) : (entry.body ?? {});
      const before = await domainChecksum(t.database);
      const response = await w.call(entry, method, path, caller, fixture, { body: { ...(valid as object), ...PRIVILEGED_FIELDS } });
      const after = await domainChecksum(t.database);
      checked++;
      const fields = (((response.body ?? {}) as { errors?: Array<{ field: string }> }).errors ?? []).map((e) => e.field);
      // A field the endpoint really takes (staff register an organisationId for a session) is checked by its service, not here.
      const own = routes.get(key)?.bodyType ? Object.keys(new (routes.get(key)?.bodyType as new () => object)()).concat(dtoProperties(routes.get(key)?.bodyType)) : [];
      const unnamed = Object.keys(PRIVILEGED_FIELDS).filter((f) => !fields.includes(f) && !own.includes(f));
      if (response.status !== 400 || unnamed.length) problems.push(`${key} as ${caller}: ${response.status}, fields not refused: ${unnamed.join(',')}`);
      if (JSON.stringify(before) !== JSON.stringify(after)) problems.push(`${key} as ${caller}: data changed ${JSON.stringify({ before, after }).slice(0, 400)}`);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(45);
  }, 120_000);

  it('answered every operation of the OpenAPI document as documented: a 2xx where a caller may, every answer matching its documented schema', async () => {
    const checker = await t.client.responseChecker();
    if (!checker) throw new Error('the app serves no OpenAPI document');
    // Rows no matrix caller can complete (they need a secret the matrix cannot hold) are covered by their 400/409.
    const withSuccess = new Set(Object.entries(AUTHORIZATION_MATRIX).filter(([, e]) => Object.values(e.expect).includes('2xx')).map(([key]) => key.replace(/:([A-Za-z]+)/g, '{$1}')));
    const unanswered = checker.documented.filter((key) => {
      const statuses = [...(checker.answered.get(key) ?? [])];
      return withSuccess.has(key) ? !statuses.some((s) => s >= 200 && s < 300) : !statuses.length;
    });
    const mismatches = [...new Set(checker.mismatches.map((m) => `${m.operation} → ${m.status}: ${m.problem}`))].sort();
    expect({ mismatches, unanswered }).toEqual({ mismatches: [], unanswered: [] });
  });
});
