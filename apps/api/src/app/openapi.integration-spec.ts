import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@scenematch/contracts';
import { writeFileSync } from 'node:fs';
import { startTestApp, TestApp } from '../testing/test-app';

type Operation = {
  operationId: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ name: string; in: string; schema?: { type?: string; format?: string; pattern?: string } }>;
  responses: Record<string, { content?: Record<string, unknown>; $ref?: string }>;
};
/** Controllers whose every operation names its answer; add a controller once it is annotated. */
const ANNOTATED = new Set([
  'AuthController', 'MeController', 'MfaController', 'SmsLoginController', 'ContactChannelsController', 'PersonalDataController',
  'SsoController', 'SsoAccountController', 'AccountAdminController', 'OrganisationsController', 'AuditController', 'TaxonomyController',
  'JobConsoleController', 'StatsController', 'NotificationsController', 'NotificationRunsController', 'NotificationSettingsController',
  'HealthController',
]);

type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: Document;
  beforeAll(async () => {
    t = await startTestApp('openapi');
    doc = (await t.client.get<Document>('/api/docs/openapi.json')).body;
    // OPENAPI_OUT=/tmp/openapi.json writes the served document for linting.
    if (process.env['OPENAPI_OUT']) writeFileSync(process.env['OPENAPI_OUT'], JSON.stringify(doc, null, 2));
  });
  afterAll(() => t.close());

  const operations = () => Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })));
  const find = (method: string, path: string) => doc.paths[path][method];

  it('asks for a token only where one is needed', () => {
    expect(find('post', '/api/auth/login').security).toEqual([]);
    expect(find('get', '/api/health').security).toEqual([]);
    expect(find('get', '/api/me').security).toEqual([{ bearer: [] }]);
    expect(find('get', '/api/me').responses['401']).toEqual({ $ref: '#/components/responses/Unauthorized' });
    expect(find('post', '/api/auth/login').responses['429']).toEqual({ $ref: '#/components/responses/TooManyRequests' });
    // Public routes that read a token when one is sent: optional, not required.
    expect(find('get', '/api/scenarios/{id}').security).toEqual([{}, { bearer: [] }]);
    expect(find('get', '/api/notices/{id}').security).toEqual([]);
    expect(find('post', '/api/auth/mfa/verify').security).toEqual([]);
    // Public to the global guard, but their own guard wants the access or enrolment token.
    expect(find('post', '/api/auth/mfa/setup').security).toEqual([{ bearer: [] }]);
    expect(find('get', '/api/admin/users').responses['403']).toEqual({ $ref: '#/components/responses/Forbidden' });
  });

  it('names the answer of every annotated operation: a schema, a file, no content or a redirect', () => {
    const untyped = operations()
      .filter(({ op }) => ANNOTATED.has(op.operationId.split('_')[0]))
      .filter(({ op }) => !Object.entries(op.responses).some(([code, r]) => (code.startsWith('2') && (r.content || code === '204')) || code.startsWith('3')))
      .map(({ method, path }) => `${method} ${path}`);
    expect(untyped).toEqual([]);
  });

  it('documents the request body of every annotated write that takes one (uploads as multipart)', () => {
    for (const { path, method, op } of operations().filter(({ op }) => ANNOTATED.has(op.operationId.split('_')[0]))) {
      const body = (op as { requestBody?: { content: Record<string, unknown> } }).requestBody;
      if (op.responses['413']) expect([method, path, Object.keys(body?.content ?? {}).length > 0]).toEqual([method, path, true]);
    }
  });

  it('documents at least one 4xx answer on every operation', () => {
    const without = operations().filter(({ op }) => !Object.keys(op.responses).some((code) => code.startsWith('4')));
    expect(without.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
  });

  it('types path ids and page parameters', () => {
    for (const { path, op } of operations()) {
      for (const p of op.parameters ?? []) {
        if (p.in === 'query' && (p.name === 'page' || p.name === 'pageSize')) expect([path, p.name, p.schema?.type]).toEqual([path, p.name, 'integer']);
        // A path id is a UUID, an integer, or a string of a stated pattern.
        if (p.in === 'path' && /^(id|.*Id)$/.test(p.name)) expect([path, p.name, p.schema?.format ?? (p.schema?.pattern ? 'pattern' : p.schema?.type)]).not.toEqual([path, p.name, 'string']);
      }
    }
  });

  it('shows no working credentials as examples', () => {
    const text = JSON.stringify(doc);
    expect(text).not.toContain(DEMO_PASSWORD);
    for (const account of DEMO_ACCOUNTS) expect(text).not.toContain(account.email);
  });

  it('documents the error shape and a 404 wherever the path names a resource', () => {
    expect(doc.components.schemas['ApiError']).toBeDefined();
    for (const { path, op } of operations()) {
      if (path.includes('{')) expect([path, Object.keys(op.responses)]).toEqual([path, expect.arrayContaining(['404'])]);
    }
  });
});
