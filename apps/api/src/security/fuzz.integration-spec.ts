import fc from 'fast-check';
import { getMetadataStorage } from 'class-validator';
import { discoverRoutes, DiscoveredRoute } from '../testing/routes';
import { startTestApp, TestApp } from '../testing/test-app';
import { AUTHORIZATION_MATRIX, Caller, MatrixEntry } from './authorization-matrix.table';
import { domainChecksum } from '../testing/domain-checksum';
import { allowedCaller, createWorld, Fixture, World } from '../testing/matrix-world';

/**
 * Fuzzing every endpoint that takes a JSON body or a query DTO, as a caller allowed to call it:
 * junk must be a 4xx (never a 5xx) and change nothing — no row counts, no updated_at, no audit
 * records (refused input is not audited). Every route gets every class of junk body (wrong
 * properties, an extra property, raw JSON texts), a few samples each, so that the file stays
 * near a minute with 80-odd routes; FUZZ_RUNS=<n> takes n samples of each class instead.
 */
const RUNS = process.env['FUZZ_RUNS'] ? Number(process.env['FUZZ_RUNS']) : undefined;
const RUNS_MUTATED = RUNS ?? 3;
const RUNS_OTHER = RUNS ?? 1;
const RUNS_QUERY = RUNS ?? 4;
const SEED = Number(process.env['FUZZ_SEED'] ?? Date.now() % 1_000_000);

type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'unknown';

/** What type each property of a DTO must have, read from its class-validator decorators. */
function propertyKinds(dto: new () => object): Record<string, Kind> {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  const kinds: Record<string, Kind> = {};
  for (const m of metadata) {
    const name = (m.name ?? m.type ?? '').toString();
    const kind: Kind | undefined =
      m.type === 'nestedValidation' || name === 'isObject'
        ? 'object'
        : /^(isArray|arrayMaxSize|arrayMinSize|arrayNotEmpty|arrayUnique)$/.test(name)
          ? 'array'
          : /^(isInt|isNumber|min|max|isPositive)$/.test(name)
            ? 'number'
            : name === 'isBoolean'
              ? 'boolean'
              : /^(isString|isEmail|isUUID|matches|length|maxLength|minLength|isISO8601|isDateString|isUrl|isNotEmpty)$/.test(name)
                ? 'string'
                : undefined;
    if (!kind) continue;
    const current = kinds[m.propertyName];
    // "each" string checks on arrays: the array wins.
    if (!current || current === 'string' || kind === 'array' || kind === 'object') kinds[m.propertyName] = current === 'array' ? 'array' : kind;
  }
  for (const m of metadata) if (!(m.propertyName in kinds) && m.propertyName) kinds[m.propertyName] = 'unknown';
  return kinds;
}

const nonNumericText = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && Number.isNaN(Number(s)) && !['true', 'false', '1', '0', 'yes'].includes(s));
const unicodeJunk = fc.constantFrom('\u0000', 'a\u0000b', '\uD800', '\u202Eevil', '𠮷'.repeat(3000), '\uFEFF', '%00', '<script>alert(1)</script>', "'; DROP TABLE users; --");
const hugeString = fc.integer({ min: 25_000, max: 60_000 }).map((n) => '测'.repeat(n));
const hugeNumber = fc.constantFrom(1e300, -1e15, -1, -0.5, Number.MAX_SAFE_INTEGER * 1024, 2 ** 63);
/** Small nested objects: a property that wants a scalar or an array gets a structure instead. */
const someObject = fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1, maxKeys: 3 });

/** A value that cannot be valid for a property of the given kind. */
/** fast-check's report, cut to the counterexample and the error it raised. */
function report(error: unknown): string {
  const text = (error as Error).message;
  if (process.env['FUZZ_DEBUG']) console.log((error as Error).stack);
  const counterexample = /Counterexample: (.*)/.exec(text)?.[1] ?? '';
  const inner = (error as { cause?: unknown }).cause;
  const cause = inner instanceof Error ? inner.message : (/Got error: (.*)/.exec(text)?.[1] ?? text.split('\n')[0]);
  return `${cause.slice(0, 300)} ← ${counterexample.slice(0, 300)}`;
}

function wrongFor(kind: Kind): fc.Arbitrary<unknown> {
  switch (kind) {
    case 'string':
      return fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.array(fc.string(), { minLength: 1, maxLength: 3 }), someObject, hugeString);
    case 'number':
      return fc.oneof(nonNumericText, someObject, fc.constant([{}]), fc.array(nonNumericText, { minLength: 2, maxLength: 3 }), hugeNumber);
    case 'boolean':
      return fc.oneof(someObject, fc.integer({ min: 2 }), fc.array(someObject, { minLength: 2, maxLength: 2 }));
    case 'array':
      return fc.oneof(nonNumericText, fc.integer(), someObject, fc.constant(Array.from({ length: 5000 }, (_, i) => i)), fc.array(someObject, { minLength: 1, maxLength: 3 }));
    case 'object':
      return fc.oneof(nonNumericText, fc.integer(), fc.boolean(), fc.array(fc.integer(), { minLength: 1, maxLength: 3 }));
    default:
      return fc.oneof(someObject.map((o) => ({ ...o, ['$where']: '1' })), hugeString);
  }
}

/** Raw JSON texts: a valid body with prototype-pollution keys, and bodies that are not objects. */
function rawJunk(valid: object): fc.Arbitrary<string> {
  const text = JSON.stringify(valid);
  const inner = text.length > 2 ? `,${text.slice(1, -1)}` : '';
  return fc.oneof(
    fc.constantFrom(
      `{"__proto__":{"role":"admin","isAdmin":true}${inner}}`,
      `{"constructor":{"prototype":{"role":"admin"}}${inner}}`,
      `{"prototype":{"status":"listed"}${inner}}`,
      'null',
      '[]',
      '"admin"',
      '12345',
      'true',
      `[${text}]`,
      `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    ),
    fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 1, maxLength: 3 }).map((v) => JSON.stringify(v)),
  );
}

type Junk = { raw?: string; body?: unknown };

/**
 * The classes of junk body, each sampled for every route: the table's valid body with one to
 * three properties made wrong, the valid body with an extra property, and raw JSON texts.
 */
function junkBodies(valid: Record<string, unknown>, kinds: Record<string, Kind>): Array<{ name: string; runs: number; arbitrary: fc.Arbitrary<Junk> }> {
  const names = Object.keys(kinds);
  const mutated = names.length
    ? fc
        .uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: Math.min(3, names.length) })
        .chain((picked) => fc.tuple(...picked.map((name) => wrongFor(kinds[name]).map((value) => [name, value] as const))))
        .map((pairs) => ({ body: { ...valid, ...Object.fromEntries(pairs) } }))
    : fc.constant({ body: { ...valid, unexpected: 1 } });
  const extra = fc
    .tuple(fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !(k in kinds) && !['__proto__', 'constructor'].includes(k)), fc.jsonValue())
    .map(([key, value]) => ({ body: { ...valid, [key]: value } }));
  return [
    { name: 'wrong properties', runs: names.length ? RUNS_MUTATED : 1, arbitrary: mutated },
    { name: 'extra property', runs: RUNS_OTHER, arbitrary: extra },
    { name: 'raw JSON', runs: RUNS_OTHER, arbitrary: rawJunk(valid).map((raw) => ({ raw })) },
  ];
}

function junkQuery(kinds: Record<string, Kind>): fc.Arbitrary<string> {
  const names = Object.keys(kinds).length ? Object.keys(kinds) : ['q'];
  const value = fc.oneof(
    fc.string({ maxLength: 30 }),
    unicodeJunk,
    fc.integer({ min: 3000, max: 7000 }).map((n) => 'x'.repeat(n)),
    hugeNumber.map(String),
    fc.constantFrom('-1', '0', 'NaN', 'Infinity', '1e309', 'true', '[]', '{}', 'null', 'undefined'),
  );
  const pair = fc.oneof(
    fc.tuple(fc.constantFrom(...names), value),
    fc.tuple(fc.constantFrom('__proto__', 'constructor', '__proto__[role]', 'constructor[prototype][role]', `${names[0]}[$gt]`), value),
  );
  return fc.array(pair, { minLength: 1, maxLength: 4 }).map((pairs) => pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&'));
}

/** encodeURIComponent, except that a lone surrogate goes out as the invalid UTF-8 it would be. */
function encode(text: string): string {
  return [...text].map((ch) => {
    try {
      return encodeURIComponent(ch);
    } catch {
      return '%ED%A0%80';
    }
  }).join('');
}

describe('fuzzing every JSON body and query DTO (fast-check)', () => {
  let t: TestApp;
  let w: World;
  let routes: DiscoveredRoute[];

  beforeAll(async () => {
    t = await startTestApp('fuzz');
    w = await createWorld(t);
    routes = discoverRoutes(t.app);
  });
  afterAll(async () => {
    await w?.close();
    await t?.close();
  });

  async function fixtureFor(entry: MatrixEntry): Promise<Fixture> {
    return w.fixtures[entry.fixture]();
  }

  it('answers junk bodies with a 4xx and changes nothing', async () => {
    const failures: string[] = [];
    let fuzzed = 0;
    for (const route of routes) {
      const entry = AUTHORIZATION_MATRIX[route.key];
      if (!entry || route.method === 'GET' || entry.upload) continue;
      const caller = allowedCaller(entry);
      if (!caller) continue;
      const fixture = await fixtureFor(entry);
      const valid = (typeof entry.body === 'function' ? (entry.body as (f: Fixture, c: Caller) => unknown)(fixture, caller) : (entry.body ?? {})) as Record<string, unknown>;
      const kinds = route.bodyType ? propertyKinds(route.bodyType) : {};
      fuzzed++;
      // Junk changes nothing: every answer leaves the data as the fixture left it (one fingerprint
      // before the route's first sample, compared after each).
      const before = await domainChecksum(t.database);
      for (const [n, junkClass] of junkBodies(valid, kinds).entries()) {
        try {
          await fc.assert(
            fc.asyncProperty(junkClass.arbitrary, async (junk) => {
              const response = await w.call(entry, route.method, route.path, caller, fixture, junk.raw !== undefined ? { rawBody: junk.raw } : { body: junk.body });
              const after = await domainChecksum(t.database);
              const shape = response.body as { statusCode?: number; message?: string } | undefined;
              if (response.status < 400 || response.status >= 500) throw new Error(`status ${response.status}: ${JSON.stringify(response.body).slice(0, 200)}`);
              if (shape?.statusCode !== response.status || typeof shape?.message !== 'string') throw new Error(`error shape: ${JSON.stringify(response.body).slice(0, 200)}`);
              const changed = Object.keys(before).filter((k) => before[k] !== after[k]);
              if (changed.length) throw new Error(`changed ${changed.join(', ')}`);
            }),
            { numRuns: junkClass.runs, seed: SEED + fuzzed * 10 + n, endOnFailure: true },
          );
        } catch (error) {
          failures.push(`${route.key} as ${caller} (${junkClass.name}): ${report(error)}`);
          break; // the fingerprint may have moved: the next class would only repeat the failure
        }
      }
    }
    expect(failures).toEqual([]);
    expect(fuzzed).toBeGreaterThan(40);
  }, 300_000);

  it('answers junk queries without a 5xx and changes nothing', async () => {
    const failures: string[] = [];
    let fuzzed = 0;
    for (const route of routes) {
      const entry = AUTHORIZATION_MATRIX[route.key];
      if (!entry || !route.queryType) continue;
      const caller = allowedCaller(entry);
      if (!caller) continue;
      const fixture = await fixtureFor(entry);
      const kinds = propertyKinds(route.queryType);
      fuzzed++;
      const before = await domainChecksum(t.database);
      try {
        await fc.assert(
          fc.asyncProperty(junkQuery(kinds), async (query) => {
            const response = await w.call({ ...entry, query }, route.method, route.path, caller, fixture, route.method === 'GET' ? {} : { body: entry.body ?? {} });
            if (response.status >= 500) throw new Error(`status ${response.status} for ?${query.slice(0, 200)}`);
            // Reads change nothing (export and audited reads may append their own audit record).
            // A write taking a query may do its work: its fingerprint starts again from here.
            if (route.method !== 'GET') return;
            const after = await domainChecksum(t.database);
            const changed = Object.keys(before).filter((k) => before[k] !== after[k] && !(k.startsWith('audit_') && route.path.includes('/export')));
            if (changed.length) throw new Error(`changed ${changed.join(', ')}`);
          }),
          { numRuns: RUNS_QUERY, seed: SEED + 1000 + fuzzed, endOnFailure: true },
        );
      } catch (error) {
        failures.push(`${route.key} as ${caller}: ${report(error)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(fuzzed).toBeGreaterThan(10);
  }, 300_000);

  it('never answers NUL bytes, lone surrogates or other hostile text in a valid body with a 5xx', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      const entry = AUTHORIZATION_MATRIX[route.key];
      if (!entry || route.method === 'GET' || entry.upload || !route.bodyType) continue;
      const caller = allowedCaller(entry);
      if (!caller) continue;
      const kinds = propertyKinds(route.bodyType);
      const textFields = Object.keys(kinds).filter((k) => kinds[k] === 'string');
      if (!textFields.length) continue;
      let fixture: Fixture | undefined;
      for (const text of ['a\u0000b', '\uD800x', '\u202E𠮷\uFEFF']) {
        // A fresh object for each text where the row's allowed call uses it up.
        fixture = entry.fresh || !fixture ? await fixtureFor(entry) : fixture;
        const valid = (typeof entry.body === 'function' ? (entry.body as (f: Fixture, c: Caller) => unknown)(fixture, caller) : (entry.body ?? {})) as Record<string, unknown>;
        const body = { ...valid, ...Object.fromEntries(textFields.filter((f) => typeof valid[f] === 'string' || !(f in valid)).slice(0, 3).map((f) => [f, `${typeof valid[f] === 'string' ? valid[f] : '文本'}${text}`])) };
        const response = await w.call(entry, route.method, route.path, caller, fixture, { body });
        if (response.status >= 500) failures.push(`${route.key} with ${JSON.stringify(text)}: ${response.status}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
