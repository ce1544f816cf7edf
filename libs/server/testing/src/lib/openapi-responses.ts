import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { appendFileSync } from 'node:fs';

/** The test file running (jest's expect state), to say where a logged mismatch came from. */
function currentTestFile(): string | undefined {
  const jestExpect = (globalThis as { expect?: { getState(): { testPath?: string; currentTestName?: string } } }).expect;
  const state = jestExpect?.getState();
  return state ? `${state.testPath?.split('/').pop()} › ${state.currentTestName}` : undefined;
}

/** The parts of an OpenAPI 3.0 document the response check reads. */
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, OpenApiOperation | unknown>>;
  components?: { schemas?: Record<string, unknown>; responses?: Record<string, unknown> };
}
interface OpenApiOperation {
  operationId?: string;
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: object }>; $ref?: string }>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
const COMPONENTS_ID = 'openapi-components';

/** One answer of the API that the document does not describe. */
export interface ResponseMismatch {
  operation: string;
  status: number;
  problem: string;
  /** The start of the answer's body. */
  body?: string;
}

interface CompiledOperation {
  key: string;
  method: string;
  pattern: RegExp;
  /** Fewer path parameters win: `/api/scenarios/import` before `/api/scenarios/{id}`. */
  params: number;
  responses: NonNullable<OpenApiOperation['responses']>;
  validators: Map<string, ValidateFunction>;
}

/** Rewrites local references so they resolve against the components registered on their own. */
function rebase(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\/components\//g, `"$ref":"${COMPONENTS_ID}#/components/`));
}

/**
 * `nullable: true` beside `allOf`/`oneOf`/`anyOf`/`$ref` (how @nestjs/swagger and the contract
 * schemas write "this object or null") admits null, as Swagger UI and openapi-typescript read it
 * (the generated client types it `X | null`); ajv's own `nullable` would still apply the
 * composition to null.
 */
function widenNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(widenNullable);
  if (!node || typeof node !== 'object') return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, widenNullable(value)])) as Record<string, unknown>;
  if (copy['nullable'] === true && ('allOf' in copy || 'oneOf' in copy || 'anyOf' in copy || '$ref' in copy)) {
    delete copy['nullable'];
    return { anyOf: [copy, { type: 'null' }] };
  }
  return copy;
}

/**
 * Checks answers of the running API against the response schemas its OpenAPI 3.0 document
 * declares for the operation and status (ajv; `nullable` is ajv's own OpenAPI keyword, and
 * annotation keywords such as `example` are ignored). Records which operations were answered.
 */
export class OpenApiResponseChecker {
  private readonly ajv: Ajv;
  private readonly operations: CompiledOperation[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();
  /** "METHOD /path" of every documented operation, as the document spells it. */
  readonly documented: string[] = [];
  /** Per operation, the statuses of the answers that were checked and matched. */
  readonly answered = new Map<string, Set<number>>();
  readonly mismatches: ResponseMismatch[] = [];

  constructor(readonly document: OpenApiDocument) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: COMPONENTS_ID, components: widenNullable(document.components ?? {}) });
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      const names: string[] = [];
      const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      for (const method of METHODS) {
        const operation = item[method] as OpenApiOperation | undefined;
        if (!operation) continue;
        const key = `${method.toUpperCase()} ${path}`;
        this.documented.push(key);
        this.operations.push({ key, method: method.toUpperCase(), pattern: new RegExp(`^${source}$`), params: names.length, responses: operation.responses ?? {}, validators: new Map() });
      }
    }
    this.operations.sort((a, b) => a.params - b.params);
  }

  /** Follows a response's `$ref` (`#/components/responses/...`). */
  private resolve<T extends { $ref?: string }>(value: T | undefined): T | undefined {
    let current = value;
    for (let depth = 0; current?.$ref && depth < 5; depth++) {
      current = current.$ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], this.document) as T | undefined;
    }
    return current;
  }

  /** The documented operation a request goes to, if any. */
  operationOf(method: string, url: string): string | undefined {
    return this.find(method, url)?.key;
  }

  private find(method: string, url: string): CompiledOperation | undefined {
    const path = url.split('?')[0].replace(/\/+$/, '') || '/';
    return this.operations.find((o) => o.method === method.toUpperCase() && o.pattern.test(path));
  }

  private validator(operation: CompiledOperation, status: string, mediaType: string, schema: object): ValidateFunction {
    const id = `${status} ${mediaType}`;
    let validate = operation.validators.get(id);
    if (!validate) {
      // Operations share schemas (every 4xx is an ApiError): each distinct one is compiled once.
      const text = JSON.stringify(schema);
      validate = this.compiled.get(text) ?? this.ajv.compile(rebase(widenNullable(schema) as object));
      this.compiled.set(text, validate);
      operation.validators.set(id, validate);
    }
    return validate;
  }

  /**
   * Checks one answer; returns the problems found (also kept in `mismatches`). Requests to paths
   * the document does not describe (the portal, unknown URLs) are not checked.
   */
  check(method: string, url: string, status: number, contentType: string | undefined, body: unknown, isJson: boolean, hasContent: boolean): ResponseMismatch[] {
    const operation = this.find(method, url);
    if (!operation) return [];
    const problems: string[] = [];
    const responses = operation.responses;
    const declared = this.resolve(responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses['default']);
    if (!declared) {
      problems.push(`status ${status} is not documented (documented: ${Object.keys(responses).join(', ') || 'none'})`);
    } else {
      const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
      const content = declared.content ?? {};
      const hasBody = hasContent && status !== 204;
      if (hasBody && !Object.keys(content).length) {
        problems.push(`answered ${mediaType || 'a body'} but the ${status} response documents no content`);
      } else if (hasBody && !(mediaType in content) && !('*/*' in content)) {
        problems.push(`answered ${mediaType} but the ${status} response documents ${Object.keys(content).join(', ')}`);
      } else if (hasBody && isJson) {
        const schema = content[mediaType]?.schema ?? content['*/*']?.schema;
        if (!schema) problems.push(`the ${status} ${mediaType} response has no schema`);
        else {
          const validate = this.validator(operation, String(status), mediaType, schema);
          if (!validate(body)) {
            const errors = (validate.errors ?? []).slice(0, 8).map((e) => `${e.instancePath || '(body)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` '${String(e.params['additionalProperty'])}'` : ''}`);
            problems.push(`body does not match the documented ${status} schema: ${errors.join('; ')}`);
          }
        }
      }
    }
    const excerpt = isJson ? JSON.stringify(body).slice(0, 300) : undefined;
    const found = problems.map((problem) => ({ operation: operation.key, status, problem, body: excerpt }));
    if (found.length) {
      this.mismatches.push(...found);
      const log = process.env['OPENAPI_RESPONSE_LOG'];
      if (log) appendFileSync(log, found.map((m) => JSON.stringify({ ...m, spec: currentTestFile() })).join('\n') + '\n');
    } else {
      if (!this.answered.has(operation.key)) this.answered.set(operation.key, new Set());
      this.answered.get(operation.key)?.add(status);
    }
    return found;
  }
}

/**
 * How an app's answers are checked: `throw` fails the call that got an undocumented answer
 * (the default, so any spec's call that meets one fails where it happened); `collect` only
 * records it for a spec that reports every mismatch at once. OPENAPI_RESPONSE_LOG=<file>
 * appends every mismatch to a file and never throws (to list them over a whole run).
 */
export type ResponseCheckMode = 'throw' | 'collect';

interface AppChecks {
  checker: Promise<OpenApiResponseChecker | undefined>;
  mode: ResponseCheckMode;
}
const checks = new WeakMap<object, AppChecks>();

/** The response check of one app, loading its served document on first use. */
export function responseChecksOf(app: object, load: () => Promise<OpenApiDocument | undefined>): AppChecks {
  let entry = checks.get(app);
  if (!entry) {
    entry = { checker: load().then((doc) => (doc ? new OpenApiResponseChecker(doc) : undefined)), mode: 'throw' };
    checks.set(app, entry);
  }
  return entry;
}

/** Error of a call whose answer the document does not describe. */
export class UndocumentedResponseError extends Error {
  constructor(readonly mismatches: ResponseMismatch[]) {
    super(`The API's answer does not match its OpenAPI document:\n${mismatches.map((m) => `  ${m.operation} → ${m.status}: ${m.problem}${m.body ? `\n    answer: ${m.body}` : ''}`).join('\n')}`);
  }
}
