import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMessageBundles, resolveCatalogueDir } from './message-bundles';

function catalogueDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sm-i18n-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('message bundles', () => {
  it('merges each language’s area files under the area’s name, with an ETag that follows the content', () => {
    const dir = catalogueDir({
      'zh-CN/home.json': '{"title":"首页"}',
      'zh-CN/layout.json': '{"nav":{"home":"首页"}}',
      'en/home.json': '{"title":"Home"}',
      'en/layout.json': '{"nav":{"home":"Home"}}',
    });
    const bundles = loadMessageBundles(dir);
    expect(JSON.parse(bundles.get('en')?.json ?? '')).toEqual({ home: { title: 'Home' }, layout: { nav: { home: 'Home' } } });
    expect(JSON.parse(bundles.get('zh-CN')?.json ?? '').layout.nav.home).toBe('首页');
    expect(bundles.get('en')?.etag).toMatch(/^"[\w-]{27}"$/);
    expect(bundles.get('en')?.etag).not.toBe(bundles.get('zh-CN')?.etag);
    expect(loadMessageBundles(dir).get('en')?.etag).toBe(bundles.get('en')?.etag);
  });

  it('refuses to start with a broken catalogue file, naming it', () => {
    const dir = catalogueDir({ 'zh-CN/home.json': '{"title": }', 'en/home.json': '{}' });
    expect(() => loadMessageBundles(dir)).toThrow(/zh-CN\/home\.json is not valid JSON/);
  });

  it('finds the portal’s catalogues from the sources', () => {
    const dir = resolveCatalogueDir();
    expect(dir).toMatch(/apps\/portal\/src\/i18n$|dist\/apps\/api\/i18n$/);
    expect(JSON.parse(loadMessageBundles(dir as string).get('en')?.json ?? '{}').layout.nav.home).toBe('Home');
  });
});
