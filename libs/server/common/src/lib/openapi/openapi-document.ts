import { INestApplication, ParseIntPipe, ParseUUIDPipe, RequestMethod, Type } from '@nestjs/common';
import { GUARDS_METADATA, HTTP_CODE_METADATA, METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type {
  OperationObject,
  ParameterObject,
  PathItemObject,
  ReferenceObject,
  ResponseObject,
  ResponsesObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { IS_PUBLIC_KEY, ROLES_KEY } from '../actor';
import { ACCEPTS_MEDIA_TYPES_KEY } from '../media-type.guard';
import { API_ERRORS_KEY, schemaRef } from './api-responses';
import { CONTRACT_SCHEMAS } from './contract-schemas.generated';

/** The bearer scheme's name in `components.securitySchemes`. */
export const BEARER = 'bearer';

const ERROR_RESPONSES: Record<number, { name: string; description: string }> = {
  400: { name: 'BadRequest', description: 'The input is invalid; `errors` names each field and what is wrong with it' },
  401: { name: 'Unauthorized', description: 'Not signed in, or the token has expired or been revoked' },
  403: { name: 'Forbidden', description: 'Signed in, but this role or organisation may not do this' },
  404: { name: 'NotFound', description: 'No such resource, or not visible to the caller' },
  409: { name: 'Conflict', description: 'Conflicts with existing data or with the current state' },
  413: { name: 'PayloadTooLarge', description: 'The request body or uploaded file is too large' },
  414: { name: 'UriTooLong', description: 'The request line (path and query string) is longer than 8 KiB' },
  423: { name: 'Locked', description: 'The account is locked until `lockedUntil`' },
  429: { name: 'TooManyRequests', description: 'Rate limited: retry after `retryAfter` seconds (also in the Retry-After header)' },
  503: { name: 'ServiceUnavailable', description: 'A backing service (database, Redis) is unavailable; retry shortly' },
};

const HTTP_METHODS: Record<number, string> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.DELETE]: 'delete',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.OPTIONS]: 'options',
  [RequestMethod.HEAD]: 'head',
};

interface RouteFacts {
  controller: Type<unknown>;
  handler: (...args: unknown[]) => unknown;
  method: string;
}

interface RouteArg {
  index: number;
  data?: unknown;
  pipes?: unknown[];
}

function errorComponent(status: number, description = ERROR_RESPONSES[status].description): ResponseObject {
  const response: ResponseObject = { description, content: { 'application/json': { schema: schemaRef('ApiError') } } };
  if (status === 429 || status === 503) {
    response.headers = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } };
  }
  return response;
}

function errorRef(status: number): ReferenceObject {
  return { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` };
}

/** Every controller method, by the operationId Nest's document gives it (`Controller_method`). */
function routesByOperationId(app: INestApplication): Map<string, RouteFacts> {
  const routes = new Map<string, RouteFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown> | null;
      if (!controller?.prototype) continue;
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[key];
        if (key === 'constructor' || typeof handler !== 'function') continue;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (requestMethod === undefined) continue;
        const custom = (Reflect.getMetadata('swagger/apiOperation', handler) as { operationId?: string } | undefined)?.operationId;
        const route = { controller, handler: handler as RouteFacts['handler'], method: HTTP_METHODS[requestMethod] ?? 'get' };
        routes.set(custom ?? `${controller.name}_${key}`, route);
      }
    }
  }
  return routes;
}

function metadata<T>(key: string, route: RouteFacts): T | undefined {
  return (Reflect.getMetadata(key, route.handler) as T | undefined) ?? (Reflect.getMetadata(key, route.controller) as T | undefined);
}

function routeArgs(route: RouteFacts): Record<string, RouteArg> {
  const key = Object.getOwnPropertyNames(route.controller.prototype).find(
    (name) => (route.controller.prototype as Record<string, unknown>)[name] === route.handler,
  );
  return (Reflect.getMetadata(ROUTE_ARGS_METADATA, route.controller, key as string) as Record<string, RouteArg> | undefined) ?? {};
}

function isPipe(pipe: unknown, type: Type<unknown>): boolean {
  return pipe === type || pipe instanceof type;
}

/** Path parameters parsed by ParseUUIDPipe are UUIDs, by ParseIntPipe integers. */
function typePathParameters(operation: OperationObject, args: Record<string, RouteArg>): void {
  for (const parameter of (operation.parameters ?? []) as ParameterObject[]) {
    if (parameter.in !== 'path') continue;
    const arg = Object.entries(args).find(([key, value]) => key.startsWith(`${RouteParamtypes.PARAM}:`) && value.data === parameter.name)?.[1];
    const pipes = arg?.pipes ?? [];
    if (pipes.some((p) => isPipe(p, ParseUUIDPipe))) parameter.schema = { ...(parameter.schema as SchemaObject), type: 'string', format: 'uuid' };
    else if (pipes.some((p) => isPipe(p, ParseIntPipe))) parameter.schema = { ...(parameter.schema as SchemaObject), type: 'integer', format: undefined };
    if (parameter.schema && (parameter.schema as SchemaObject).format === undefined) delete (parameter.schema as SchemaObject).format;
  }
}

/** `@CurrentActor({ optional: true })`: the route serves anonymous callers and more to signed-in ones. */
function readsOptionalActor(args: Record<string, RouteArg>): boolean {
  return Object.values(args).some((arg) => (arg.data as { optional?: boolean } | undefined)?.optional === true);
}

function isThrottled(route: RouteFacts): boolean {
  const guards = [
    ...((Reflect.getMetadata(GUARDS_METADATA, route.controller) as unknown[] | undefined) ?? []),
    ...((Reflect.getMetadata(GUARDS_METADATA, route.handler) as unknown[] | undefined) ?? []),
  ];
  return guards.some((guard) => {
    const type = typeof guard === 'function' ? guard : (guard as object | null)?.constructor;
    for (let t = type as { name?: string } | undefined; t && t !== Function.prototype; t = Object.getPrototypeOf(t)) {
      if (t.name === 'ThrottlerGuard') return true;
    }
    return false;
  });
}

/** The status the route answers with when it succeeds. */
function successStatus(route: RouteFacts): number {
  return (Reflect.getMetadata(HTTP_CODE_METADATA, route.handler) as number | undefined) ?? (route.method === 'post' ? 201 : 200);
}

function completeOperation(operation: OperationObject, route: RouteFacts | undefined): void {
  const responses: ResponsesObject = operation.responses ?? {};
  operation.responses = responses;
  if (!route) return;
  const args = routeArgs(route);
  typePathParameters(operation, args);

  // A decorator's success answer goes to the status the route really answers with.
  const status = String(successStatus(route));
  const successes = Object.keys(responses).filter((code) => /^2\d\d$/.test(code));
  const typed = successes.filter((code) => (responses[code] as ResponseObject).content || code === '204');
  if (typed.length === 1 && typed[0] !== status && !(responses[status] as ResponseObject | undefined)?.content) {
    if (status === '204' || typed[0] === '204') {
      responses[status] = { ...(responses[typed[0]] as ResponseObject), description: (responses[typed[0]] as ResponseObject).description };
    } else responses[status] = responses[typed[0]];
    delete responses[typed[0]];
  }
  // Nest's placeholder (`{ description: '' }`) for undecorated routes, where a typed answer exists.
  for (const code of Object.keys(responses)) {
    const response = responses[code] as ResponseObject;
    if (/^2\d\d$/.test(code) && response.description === '' && !response.content && Object.keys(responses).some((c) => c !== code && /^2\d\d$/.test(c))) {
      delete responses[code];
    } else if (response.description === '') response.description = code === '204' ? 'Done; no content' : 'OK';
  }

  // A public route whose own guard reads a token (the MFA enrolment token, say) says so with a
  // handler-level @ApiBearerAuth(); a class-level one does not make public routes private.
  const ownToken = Reflect.getMetadata('swagger/apiSecurity', route.handler) !== undefined;
  const isPublic = metadata<boolean>(IS_PUBLIC_KEY, route) === true && !ownToken;
  if (isPublic) operation.security = readsOptionalActor(args) ? [{}, { [BEARER]: [] }] : [];
  else operation.security = [{ [BEARER]: [] }];

  const errors = new Map<number, string | undefined>();
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  const accepts = metadata<string[]>(ACCEPTS_MEDIA_TYPES_KEY, route) ?? [];
  // Every route checks its query string (and body) against the shared input rules (InputPolicyInterceptor).
  errors.set(400, undefined);
  if (!isPublic) errors.set(401, undefined);
  if (!isPublic && (metadata<unknown[]>(ROLES_KEY, route)?.length ?? 0) > 0) errors.set(403, undefined);
  if (parameters.some((p) => p.in === 'path')) errors.set(404, undefined);
  if (operation.requestBody || accepts.length) errors.set(413, undefined);
  // The API refuses any request line over 8 KiB before routing (create-app.ts), on every route.
  errors.set(414, undefined);
  // Any route answers 503 while PostgreSQL or Redis is unreachable (ApiExceptionFilter), with Retry-After.
  errors.set(503, undefined);
  if (isThrottled(route)) errors.set(429, undefined);
  const declared = (Reflect.getMetadata(API_ERRORS_KEY, route.handler) as Record<number, string | undefined> | undefined) ?? {};
  for (const [code, description] of Object.entries(declared)) errors.set(Number(code), description);

  for (const [code, description] of [...errors.entries()].sort(([a], [b]) => a - b)) {
    if (responses[code]) continue;
    if (!ERROR_RESPONSES[code]) throw new Error(`No documented error response for ${code}`);
    responses[code] = description ? errorComponent(code, description) : errorRef(code);
  }
}

/**
 * Contracts types no operation answers with (shared with the portal only), and error answers no
 * operation gives, stay out of the document.
 */
function pruneUnusedComponents(document: OpenAPIObject): void {
  const schemas = document.components?.schemas ?? {};
  const responses = document.components?.responses ?? {};
  const usedResponses = new Set(
    JSON.stringify(document.paths).match(/#\/components\/responses\/\w+/g)?.map((ref) => ref.split('/').pop() as string) ?? [],
  );
  for (const name of Object.keys(responses)) if (!usedResponses.has(name)) delete responses[name];
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/schemas/')) {
          const name = inner.slice('#/components/schemas/'.length);
          if (!used.has(name)) {
            used.add(name);
            visit(schemas[name]);
          }
        } else visit(inner);
      }
    }
  };
  visit(document.paths);
  visit(document.components?.responses);
  for (const name of Object.keys(CONTRACT_SCHEMAS)) if (!used.has(name)) delete schemas[name];
}

/**
 * Finishes the document Nest builds from the decorators: the contracts' schemas and the error
 * answers as components, `security` from the routes' real authentication (only where a token is
 * needed), the error answers each route can give (400 (every route checks its input), 401/403 on guarded
 * routes, 404 with a path id, 413 with a body, 429 when rate-limited), UUID/integer path ids.
 */
export function completeOpenApiDocument(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  const components = (document.components ??= {});
  const schemas = (components.schemas ??= {});
  for (const [name, schema] of Object.entries(CONTRACT_SCHEMAS)) {
    if (schemas[name]) throw new Error(`The request DTO ${name} has the name of a contracts type; rename the DTO`);
    schemas[name] = schema;
  }
  components.responses = {
    ...components.responses,
    ...Object.fromEntries(Object.entries(ERROR_RESPONSES).map(([code, { name }]) => [name, errorComponent(Number(code))])),
  };
  components.securitySchemes = {
    ...components.securitySchemes,
    [BEARER]: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The access token from POST /api/auth/login' },
  };

  const routes = routesByOperationId(app);
  const tags = new Set<string>();
  for (const pathItem of Object.values(document.paths) as PathItemObject[]) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const) {
      const operation = pathItem[method];
      if (!operation) continue;
      completeOperation(operation, operation.operationId ? routes.get(operation.operationId) : undefined);
      for (const tag of operation.tags ?? []) tags.add(tag);
    }
  }
  // Every tag an operation uses is declared once (with its description when one is given).
  const declared = new Map((document.tags ?? []).map((tag) => [tag.name, tag]));
  document.tags = [...tags].sort().map((name) => declared.get(name) ?? { name });
  pruneUnusedComponents(document);
  return document;
}

/** What each tag groups (operations name their tag with @ApiTags). */
const TAGS: Record<string, string> = {
  auth: 'Sign-in, tokens, second factor, SMS and identity-service sign-in, the signed-in user',
  admin: 'Accounts, organisation verification and the job console (staff)',
  organisations: 'Organisations',
  scenarios: 'Scenarios (场景): drafting, review, publication, import and export',
  batches: 'Batches (榜单) of scenarios',
  products: 'The capability list (能力清单): products and their files',
  companies: 'Company profiles',
  'launch-events': 'Launch events (发布会)',
  applications: 'Applications (揭榜申报), reviews, awards and notices',
  matching: 'Matches and recommendations between scenarios and products',
  sessions: 'Matchmaking sessions (对接会): participants, meetings, agenda, calendars',
  notifications: 'In-app notifications, mail settings and unsubscribe, digest and reminder runs',
  stats: 'Figures and reports',
  audit: 'The audit trail',
  taxonomy: 'Domains, capability tags and other code lists',
  health: 'Liveness',
};

/** The whole API document, as served at /api/docs/openapi.json. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('SceneMatch API')
    .setDescription('场景揭榜对接平台 — scenarios, capability list, applications, matching and matchmaking sessions')
    .setVersion('1.0')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer('/', 'This server');
  for (const [name, description] of Object.entries(TAGS)) builder.addTag(name, description);
  const config = builder.build();
  return completeOpenApiDocument(app, SwaggerModule.createDocument(app, config));
}
