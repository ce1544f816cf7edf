import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import {
  APPLICATION_STATUS_LABELS,
  COMPANY_TIER_LABELS,
  CONSORTIUM_MEMBER_STATE_LABELS,
  FINANCIER_KIND_LABELS,
  MATURITY_LABELS,
  PRODUCT_STATUS_LABELS,
  ORGANISATION_TYPE_LABELS,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RULE_MESSAGES,
  ROLE_LABELS,
  USCC_PROBLEM_MESSAGES,
} from '@scenematch/contracts';

/**
 * The message catalogues (zh-CN is the source, en the translation) and the portal's sources:
 * - both languages have the same areas and keys, no empty text, the same {{params}};
 * - English has no Chinese characters except the proper nouns listed below;
 * - every key the sources name exists;
 * - the areas declared translated contain no Chinese outside the catalogues (comments aside), and
 *   the count of files still holding Chinese is printed per area for the rounds to come.
 */
const I18N = __dirname;
/** The portal's sources: the app's shell and the portal libraries (paths below are relative to the workspace). */
const WORKSPACE = join(__dirname, '..', '..', '..', '..');
const SOURCE_DIRS = ['apps/portal/src/app', 'libs/portal'];
/** Test helpers: their texts are what specs expect to read, not interface texts. */
const TESTING = 'libs/portal/testing/';
const LANGUAGES = ['zh-CN', 'en'] as const;

/** Files whose Chinese is not interface text: each language's name written in itself (简体中文). */
const NOT_INTERFACE_TEXT = [
  'libs/portal/core/src/lib/i18n/languages.ts',
  // Names of downloaded files when the API sends none (it does): the documents themselves are Chinese.
  'libs/portal/admin/data-access/src/lib/audit.api.ts',
  'libs/portal/scenarios/data-access/src/lib/scenarios.api.ts',
  'libs/portal/sessions/data-access/src/lib/session-calendar.api.ts',
  'libs/portal/sessions/data-access/src/lib/sessions.api.ts',
  'libs/portal/admin/data-access/src/lib/stats.api.ts',
  // An example API response: a scenario as entered (data), the same in every language.
  'libs/portal/open-data/feature/src/lib/sample-response.ts',
];
/** Chinese allowed in English texts: names that have no English form. */
const ALLOWED_IN_ENGLISH: string[] = [];

const HAN = /\p{Script=Han}/u;

type Tree = { [key: string]: string | Tree };

function load(language: string): Record<string, Tree> {
  const dir = join(I18N, language);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(join(dir, f), 'utf8')) as Tree]),
  );
}

function leaves(tree: Tree, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

const catalogues = Object.fromEntries(LANGUAGES.map((l) => [l, new Map(leaves(load(l)))]));
const params = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|html)$/.test(name) && !/\.spec\.ts$/.test(name) ? [path] : [];
  });
}
const SOURCES = SOURCE_DIRS.flatMap((dir) => files(join(WORKSPACE, dir)));

/** Text a reader could see: string and template literals of .ts files, .html without comments. */
function visibleText(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.html')) return [text.replace(/<!--[\s\S]*?-->/g, '')];
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) found.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((t) => t.replace(/<!--[\s\S]*?-->/g, ''));
}

describe('message catalogues', () => {
  it('word the shared codes exactly as the API does in Chinese', () => {
    const zh = catalogues['zh-CN'];
    const text = (key: string, n?: number) => String(zh.get(key)).replace('{{n}}', String(n));
    for (const [problem, message] of Object.entries(USCC_PROBLEM_MESSAGES)) expect(text(`auth.uscc.${problem}`)).toBe(message);
    for (const [rule, message] of Object.entries(PASSWORD_RULE_MESSAGES)) {
      expect(text(`auth.passwordRules.${rule}`, rule === 'maxLength' ? PASSWORD_MAX_LENGTH : PASSWORD_MIN_LENGTH)).toBe(message);
    }
    for (const [type, label] of Object.entries(ORGANISATION_TYPE_LABELS)) expect(text(`auth.organisationTypes.${type}`)).toBe(label);
    for (const [kind, label] of Object.entries(FINANCIER_KIND_LABELS)) expect(text(`auth.financierKinds.${kind}`)).toBe(label);
    for (const [role, label] of Object.entries(ROLE_LABELS)) expect(text(`layout.roles.${role}`)).toBe(label);
  });

  it('word the application and product codes exactly as the contracts do in Chinese', () => {
    const zh = catalogues['zh-CN'];
    const labels: Array<[string, Record<string, string>]> = [
      ['applications.statuses', APPLICATION_STATUS_LABELS],
      ['applications.memberStates', CONSORTIUM_MEMBER_STATE_LABELS],
      ['products.statuses', PRODUCT_STATUS_LABELS],
      ['products.maturities', MATURITY_LABELS],
      ['products.tiers', COMPANY_TIER_LABELS],
    ];
    for (const [prefix, map] of labels)
      for (const [code, label] of Object.entries(map)) expect(`${code}: ${zh.get(`${prefix}.${code}`)}`).toBe(`${code}: ${label}`);
  });

  it('have the same areas and keys in every language, none empty, with the same parameters', () => {
    const zh = catalogues['zh-CN'];
    const en = catalogues['en'];
    expect([...en.keys()].filter((k) => !zh.has(k))).toEqual([]);
    expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([]);
    for (const [language, map] of Object.entries(catalogues)) {
      const bad = [...map].filter(([, v]) => typeof v !== 'string' || !v.trim()).map(([k]) => `${language}:${k}`);
      expect(bad).toEqual([]);
    }
    const mismatched = [...zh].filter(([k, v]) => params(String(v)).join() !== params(String(en.get(k))).join()).map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it('keep Chinese out of English texts (except the listed proper nouns)', () => {
    const withHan = [...catalogues['en']]
      .filter(([, v]) => HAN.test(ALLOWED_IN_ENGLISH.reduce((t, noun) => t.split(noun).join(''), String(v))))
      .map(([k, v]) => `${k}: ${v}`);
    expect(withHan).toEqual([]);
  });

  it('have every key the portal names, and no key it does not', () => {
    const areas = Object.keys(load('zh-CN')).join('|');
    const key = new RegExp(`['"\`]((?:${areas})\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*)['"\`]`, 'g');
    const unknown: string[] = [];
    const used = new Set<string>();
    for (const path of SOURCES) {
      for (const m of readFileSync(path, 'utf8').matchAll(key)) {
        used.add(m[1]);
        if (!catalogues['zh-CN'].has(m[1])) unknown.push(`${relative(WORKSPACE, path)}: ${m[1]}`);
      }
    }
    expect(unknown).toEqual([]);
    const unused = [...catalogues['zh-CN'].keys()].filter((k) => !used.has(k));
    expect(unused).toEqual([]);
  });

  it('leave no Chinese interface text outside the catalogues (comments and the files listed above aside)', () => {
    const untranslated = SOURCES.map((path) => relative(WORKSPACE, path))
      .filter((file) => !file.startsWith(TESTING) && !NOT_INTERFACE_TEXT.includes(file))
      .filter((file) => visibleText(join(WORKSPACE, file)).some((t) => HAN.test(t)));
    expect(untranslated).toEqual([]);
  });
});
