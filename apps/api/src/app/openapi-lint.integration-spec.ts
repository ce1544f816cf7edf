import { formatFindings, OPENAPI_DOCUMENT_URL, redoclyFindings, spectralFindings } from '@scenematch/server-testing';
import { discoverRoutes } from '../testing/routes';
import { startTestApp, TestApp } from '../testing/test-app';

/**
 * The OpenAPI document the API serves passes Spectral (`spectral:oas`) and Redocly
 * (`recommended`) with no error; no rule of either ruleset is turned off.
 */
describe('OpenAPI document: linters', () => {
  let t: TestApp;
  let document: { openapi: string; paths: Record<string, unknown> };

  beforeAll(async () => {
    t = await startTestApp('oalint');
    const served = await t.client.get<typeof document>(OPENAPI_DOCUMENT_URL);
    expect(served.status).toBe(200);
    document = served.body;
  });
  afterAll(() => t?.close());

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
