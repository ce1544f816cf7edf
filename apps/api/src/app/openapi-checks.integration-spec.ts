import { formatFindings, OPENAPI_DOCUMENT_URL, redoclyFindings, spectralFindings } from '@scenematch/server-testing';
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
const CLIENT_DIR = join(__dirname, '..', 'testing', 'openapi');
const PATHS_FILE = join(CLIENT_DIR, 'api-paths.ts');
const STORY_FILE = join(CLIENT_DIR, 'client-story.ts');

/** openapi-typescript's command line (an ES module: run by Node, not by jest's CommonJS runtime). */
async function generatePaths(document: object): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'scenematch-openapi-'));
  try {
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
    const cli = join(require.resolve('openapi-typescript'), '..', '..', 'bin', 'cli.js');
    const { stdout } = await promisify(execFile)(process.execPath, [cli, join(dir, 'openapi.json')], { maxBuffer: 64 * 1024 * 1024 });
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
      // The document changed: run `npm run api:client` and commit api-paths.ts.
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
      });
      const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
        const where = d.file && d.start !== undefined ? `${d.file.fileName.split('/').pop()}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1} ` : '';
        return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
      });
      expect(diagnostics).toEqual([]);
    });

    it('drafts, submits and publishes a scenario, imports a list into a batch and reads the lists over HTTP', async () => {
      await t.app.listen(0, '127.0.0.1');
      const csv = ['序号,应用领域,场景名称,责任单位,截止日期', `1,智慧医疗,病历质控智能审核,市卫生健康委,${inDays(40)}`, `2,城市治理,占道经营智能识别,市城管和综合执法局,${inDays(50)}`].join('\n');
      const result = await runClientStory({
        baseUrl: await t.app.getUrl(),
        agency: { email: 'agency@demo.scenematch.cn', password: 'Demo#2025pass' },
        organiser: { email: 'organiser@demo.scenematch.cn', password: 'Demo#2025pass' },
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
});
