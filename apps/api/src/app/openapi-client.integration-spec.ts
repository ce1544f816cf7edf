import { OPENAPI_DOCUMENT_URL } from '@scenematch/server-testing';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { runClientStory } from '../testing/openapi/client-story';
import { inDays, startTestApp, TestApp } from '../testing/test-app';

/**
 * A client generated from the served OpenAPI document works: its types (openapi-typescript,
 * checked in as api-paths.ts) are those of the document the API serves now, the client code
 * (client-story.ts, openapi-fetch) type-checks against them, and it drafts, submits and
 * publishes a scenario, imports a list file and reads the lists over HTTP.
 * `npm run api:client` rewrites api-paths.ts from the document.
 */
const DIR = join(__dirname, '..', 'testing', 'openapi');
const PATHS_FILE = join(DIR, 'api-paths.ts');
const STORY_FILE = join(DIR, 'client-story.ts');

/** openapi-typescript's command line (an ES module, run by Node rather than jest's CommonJS runtime). */
async function generatePaths(document: object): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'scenematch-openapi-'));
  try {
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
    const { stdout } = await promisify(execFile)(process.execPath, [join(require.resolve('openapi-typescript'), '..', '..', 'bin', 'cli.js'), join(dir, 'openapi.json')], { maxBuffer: 64 * 1024 * 1024 });
    return `// Generated from the API's OpenAPI document: \`npm run api:client\` rewrites this file.\n${stdout}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('OpenAPI document: a generated client', () => {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp('oaclient');
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();
  });
  afterAll(() => t?.close());

  it('has its checked-in types generated from the document the API serves (npm run api:client)', async () => {
    const served = await t.client.get<object>(OPENAPI_DOCUMENT_URL);
    expect(served.status).toBe(200);
    const generated = await generatePaths(served.body);
    if (process.env['UPDATE_API_CLIENT'] === '1') writeFileSync(PATHS_FILE, generated);
    const checkedIn = existsSync(PATHS_FILE) ? readFileSync(PATHS_FILE, 'utf8') : '';
    // A mismatch means the document changed: run `npm run api:client` and commit api-paths.ts.
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
    const csv = ['序号,应用领域,场景名称,责任单位,截止日期', `1,智慧医疗,病历质控智能审核,市卫生健康委,${inDays(40)}`, `2,城市治理,占道经营智能识别,市城管和综合执法局,${inDays(50)}`].join('\n');
    const result = await runClientStory({
      baseUrl,
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
