import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { siderResponsiveMap } from 'ng-zorro-antd/core/services';
import { PHONE_MEDIA } from './breakpoints';

const WORKSPACE = join(__dirname, '../../../../../../..');
/** The portal's sources: the app (its global stylesheets too) and the portal libraries. */
const SOURCE_DIRS = ['apps/portal/src', 'libs/portal'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|less|css|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the phone breakpoint', () => {
  it('is NG-ZORRO’s: below its sm width (576 px)', () => {
    expect(PHONE_MEDIA).toBe(siderResponsiveMap.sm);
  });

  it('is the same query in TypeScript and in the stylesheets’ @phone', () => {
    const less = readFileSync(join(__dirname, 'breakpoints.less'), 'utf8');
    expect(less).toMatch(/^@phone: ~'(.*)';$/m);
    expect(/^@phone: ~'(.*)';$/m.exec(less)?.[1]).toBe(PHONE_MEDIA);
  });

  it('is written nowhere else in the portal (stylesheets use @media @phone, code PHONE_MEDIA)', () => {
    const own = new Set([join(__dirname, 'breakpoints.ts'), join(__dirname, 'breakpoints.less')]);
    const copies = SOURCE_DIRS.flatMap((dir) => sources(join(WORKSPACE, dir)))
      .filter((file) => !own.has(file))
      .filter((file) => /max-width:\s*575(\.98)?px/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(WORKSPACE, file));
    expect(copies).toEqual([]);
  });
});
