import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@scenematch/contracts';
import { createUser, FACTORY_PASSWORD, formatFindings, OPENAPI_DOCUMENT_URL, redoclyFindings, spectralFindings } from '@scenematch/server-testing';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { runClientStory } from '../testing/openapi/client-story';
import { discoverRoutes } from '../testing/routes';
import { inDays, startTestApp, TestApp } from '../testing/test-app';

/**
 * The OpenAPI document the API serves: it describes exactly the served routes, passes Spectral
 * (`spectral:oas`) and Redocly (`recommended`) with no error — no rule of either ruleset is
 * turned off — and a client generated from it works. (Every answer of the integration tests is
 * checked against it by the test client; the authorisation matrix checks every operation.)
 */
const ROOT = join(__dirname, '..', '..', '..', '..');
/** The generated types, in libs/shared/api-client: the portal's client and this spec's both use them. */
const API_CLIENT_INDEX = join(ROOT, 'libs', 'shared', 'api-client', 'src', 'index.ts');
const PATHS_FILE = join(ROOT, 'libs', 'shared', 'api-client', 'src', 'lib', 'api-paths.generated.ts');
const STORY_FILE = join(__dirname, '..', 'testing', 'openapi', 'client-story.ts');

type Operation = {
  operationId: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ name: string; in: string; schema?: { type?: string; format?: string; pattern?: string } }>;
  responses: Record<string, { content?: Record<string, unknown>; $ref?: string }>;
};
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

/**
 * openapi-typescript's command line (an ES module: run by Node, not by jest's CommonJS runtime).
 * `--default-non-nullable false`: a property with a default stays optional where the document
 * says so (a request may leave out `noticeDays`, whose default is 5).
 */
async function generatePaths(document: object): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'scenematch-openapi-'));
  try {
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
    const cli = join(require.resolve('openapi-typescript'), '..', '..', 'bin', 'cli.js');
    const { stdout } = await promisify(execFile)(process.execPath, [cli, join(dir, 'openapi.json'), '--default-non-nullable', 'false'], { maxBuffer: 64 * 1024 * 1024 });
    return `// Generated from the API's OpenAPI document: \`npm run api:client\` rewrites this file.\n${stdout}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('OpenAPI document', () => {
  let t: TestApp;
  let document: { openapi: string; paths: Record<string, unknown> };

  beforeAll(async () => {
    t = await startTestApp('openapi');
    const served = await t.client.get<typeof document>(OPENAPI_DOCUMENT_URL);
    expect(served.status).toBe(200);
    document = served.body;
    // OPENAPI_OUT=/tmp/openapi.json writes the served document for linting.
    if (process.env['OPENAPI_OUT']) writeFileSync(process.env['OPENAPI_OUT'], JSON.stringify(document, null, 2));
  });
  afterAll(() => t?.close());

  describe('linters', () => {
    it('is an OpenAPI 3.0 document of every route the app serves, and of nothing else', () => {
      expect(document.openapi).toMatch(/^3\.0\./);
      const served = discoverRoutes(t.app).map((r) => `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`);
      const documented = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item as object).map((method) => `${method.toUpperCase()} ${path}`));
      expect(served.length).toBeGreaterThan(80);
      expect({ undocumented: served.filter((r) => !documented.includes(r)), notServed: documented.filter((r) => !served.includes(r)) }).toEqual({ undocumented: [], notServed: [] });
    });

    it('has no Spectral error (ruleset spectral:oas)', async () => {
      const errors = (await spectralFindings(document)).filter((f) => f.severity === 'error');
      expect(formatFindings(errors)).toBe('');
    });

    it('has no Redocly error (ruleset recommended)', async () => {
      const errors = (await redoclyFindings(document)).filter((f) => f.severity === 'error');
      expect(formatFindings(errors)).toBe('');
    });
  });

  describe('a generated client', () => {
    it('has its checked-in types generated from the document the API serves (npm run api:client)', async () => {
      const generated = await generatePaths(document);
      if (process.env['UPDATE_API_CLIENT'] === '1') writeFileSync(PATHS_FILE, generated);
      const checkedIn = existsSync(PATHS_FILE) ? readFileSync(PATHS_FILE, 'utf8') : '';
      // The document changed: run `npm run api:client` and commit api-paths.generated.ts.
      expect(checkedIn === generated ? 'up to date' : 'stale: run npm run api:client').toBe('up to date');
    });

    it('type-checks against those types alone (strict TypeScript, no hand-written API type)', () => {
      const program = ts.createProgram([STORY_FILE], {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.CommonJS,
        moduleResolution: ts.ModuleResolutionKind.Node10,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
        types: [],
        paths: { '@scenematch/api-client': [API_CLIENT_INDEX] },
      });
      const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
        const where = d.file && d.start !== undefined ? `${d.file.fileName.split('/').pop()}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1} ` : '';
        return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
      });
      expect(diagnostics).toEqual([]);
    });

    it('drafts, submits and publishes a scenario, imports a list into a batch and reads the lists over HTTP', async () => {
      const [agency, organiser] = await Promise.all([createUser(t, { role: 'agency' }), createUser(t, { role: 'organiser' })]);
      await t.app.listen(0, '127.0.0.1');
      const csv = ['序号,应用领域,场景名称,责任单位,截止日期', `1,智慧医疗,病历质控智能审核,市卫生健康委,${inDays(40)}`, `2,城市治理,占道经营智能识别,市城管和综合执法局,${inDays(50)}`].join('\n');
      const result = await runClientStory({
        baseUrl: await t.app.getUrl(),
        agency: { email: agency.email, password: FACTORY_PASSWORD },
        organiser: { email: organiser.email, password: FACTORY_PASSWORD },
        deadline: inDays(60),
        batchNumber: 321,
        importFile: { name: '外部清单.csv', content: new Blob([csv]) },
      });
      expect(result).toEqual({
        draft: { id: expect.any(String), status: 'draft' },
        submitted: 'submitted',
        published: 'published',
        publicTitles: ['社区卫生服务中心慢病随访智能外呼'],
        report: { created: 2, errors: 0 },
        imported: { total: 2, titles: expect.arrayContaining(['病历质控智能审核', '占道经营智能识别']), agencies: expect.arrayContaining(['市卫生健康委', '市城管和综合执法局']) },
      });
    });
  });
  describe('what it documents', () => {
    const doc = () => document as unknown as Document;
    const operations = () => Object.entries(doc().paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })));
    const find = (method: string, path: string) => doc().paths[path][method];

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

    it('names the answer of every operation: a schema, a file, no content or a redirect', () => {
      const untyped = operations()
        .filter(({ op }) => !Object.entries(op.responses).some(([code, r]) => (code.startsWith('2') && (r.content || code === '204')) || code.startsWith('3')))
        .map(({ method, path }) => `${method} ${path}`);
      expect(untyped).toEqual([]);
    });

    it('documents the request body of every write that takes one (uploads as multipart)', () => {
      for (const { path, method, op } of operations()) {
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

    // About the demo accounts themselves (the working credentials a deployment ships with): stays on DEMO_ACCOUNTS.
    it('shows no working credentials as examples', () => {
      const text = JSON.stringify(doc());
      expect(text).not.toContain(DEMO_PASSWORD);
      for (const account of DEMO_ACCOUNTS) expect(text).not.toContain(account.email);
    });

    it('documents the error shape and a 404 wherever the path names a resource', () => {
      expect(doc().components.schemas['ApiError']).toBeDefined();
      for (const { path, op } of operations()) {
        if (path.includes('{')) expect([path, Object.keys(op.responses)]).toEqual([path, expect.arrayContaining(['404'])]);
      }
    });
  });
});
