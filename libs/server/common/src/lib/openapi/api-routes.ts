import { applyDecorators, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { Role } from '@scenematch/contracts';
import { Public, Roles } from '../actor';
import { ApiEmptyBody } from './api-empty-body';
import { ApiCreatedRef, ApiErrors, ApiNoContent, ApiOk, ApiOkList, ApiOkPage } from './api-responses';
import { ContractSchemaName } from './contract-schemas.generated';

/**
 * Route decorators: the method and path, who may call, and what the OpenAPI document says of the
 * operation, in one place. Most routes of the API are one of six kinds (read, create, update,
 * replace, an action on something existing, delete), and each kind always carries the same stack of decorators; these
 * compose that stack so that a controller states only what differs between its routes. A route of
 * no kind here (a file download, an upload, a redirect …) keeps its decorators spelled out.
 *
 * They add nothing of their own: each is exactly the Nest and Swagger decorators it names, with the
 * arguments given, so the served routes and the document are those of the decorators written out.
 */

/** Error answers only the service knows, as `@ApiErrors` takes them: `[409, { 403: 'Only the owner …' }]`. */
export type ApiErrorList = Parameters<typeof ApiErrors>;

export interface RouteDoc {
  /** The operation's summary in the document. */
  summary: string;
  /** Open to anonymous callers (`@Public()`); a valid token still sets the actor. */
  public?: true;
  /** Only these roles may call (`@Roles(...)`). Neither this nor `public`: any signed-in caller. */
  roles?: Role[];
  /** Error answers the route's metadata cannot show (`@ApiErrors(...)`). */
  errors?: ApiErrorList;
  /** Only where the generated API client needs an id other than the default `Controller_method`. */
  operationId?: string;
}

/** What a read or an action answers: one contracts type, a list of them, or a page of them. */
export type RouteAnswer =
  | { ok: ContractSchemaName; description?: string }
  | { list: ContractSchemaName; description?: string }
  | { page: ContractSchemaName; description?: string };

/** Who may call, the summary and the service's errors: the part every kind of route shares. */
function described(doc: RouteDoc, answer: MethodDecorator, emptyBody = false): MethodDecorator[] {
  return [
    ...(doc.public ? [Public()] : []),
    ...(doc.roles ? [Roles(...doc.roles)] : []),
    ApiOperation(doc.operationId ? { operationId: doc.operationId, summary: doc.summary } : { summary: doc.summary }),
    ...(emptyBody ? [ApiEmptyBody()] : []),
    answer,
    ...(doc.errors ? [ApiErrors(...doc.errors)] : []),
  ];
}

/** `(doc)` for the controller's own path, or `(path, doc)`. */
type RouteArgs<D> = [doc: D] | [path: string, doc: D];

function split<D>(args: RouteArgs<D>): [string | undefined, D] {
  return args.length === 1 ? [undefined, args[0]] : args;
}

/** Nothing to answer: 204. */
export type NoContent = { noContent: true; description?: string };

function answers(doc: object): doc is RouteAnswer {
  return 'ok' in doc || 'list' in doc || 'page' in doc;
}

function answered(answer: RouteAnswer | NoContent): MethodDecorator {
  if ('noContent' in answer) return ApiNoContent(answer.description);
  if ('ok' in answer) return ApiOk(answer.ok, answer.description);
  if ('list' in answer) return ApiOkList(answer.list, answer.description);
  return ApiOkPage(answer.page, answer.description);
}

/** `GET path`, answered with 200 and the type, list or page named. */
export const ReadRoute = (...args: RouteArgs<RouteDoc & RouteAnswer>) => {
  const [path, doc] = split(args);
  return applyDecorators(Get(path), ...described(doc, answered(doc)));
};

/** `POST path` that creates a resource: 201 with it. */
export const CreateRoute = (...args: RouteArgs<RouteDoc & { created: ContractSchemaName; description?: string }>) => {
  const [path, doc] = split(args);
  return applyDecorators(Post(path), ...described(doc, ApiCreatedRef(doc.created, doc.description)));
};

/** `PATCH path`: only the fields sent change; 200 with the changed resource. */
export const UpdateRoute = (...args: RouteArgs<RouteDoc & RouteAnswer>) => {
  const [path, doc] = split(args);
  return applyDecorators(Patch(path), ...described(doc, answered(doc)));
};

/** `PUT path`: the body sets the whole of something the caller has (a setting, a binding); 200 with it. */
export const ReplaceRoute = (...args: RouteArgs<RouteDoc & RouteAnswer>) => {
  const [path, doc] = split(args);
  return applyDecorators(Put(path), ...described(doc, answered(doc)));
};

/**
 * `POST path` that acts on something existing (submit, publish, verify, sign out …): nothing is
 * created, so it answers 200 with what it names rather than POST's default 201; 204 with
 * `noContent`; 202 with `queued`, when the work is done later (a run of the worker, an SMS on its way).
 * `emptyBody`: it takes no input.
 */
export const ActionRoute = (...args: RouteArgs<RouteDoc & (RouteAnswer | NoContent) & { emptyBody?: true; queued?: true }>) => {
  const [path, doc] = split(args);
  const status = 'noContent' in doc ? 204 : doc.queued ? 202 : 200;
  return applyDecorators(Post(path), HttpCode(status), ...described(doc, answered(doc), doc.emptyBody));
};

/** `DELETE path`: 204 with nothing to answer, or (naming an answer) 200 with what remains, such as the owner's new state. */
export const DeleteRoute = (...args: RouteArgs<RouteDoc & (RouteAnswer | { description?: string })>) => {
  const [path, doc] = split(args);
  if (answers(doc)) return applyDecorators(Delete(path), ...described(doc, answered(doc)));
  return applyDecorators(Delete(path), HttpCode(204), ...described(doc, ApiNoContent(doc.description)));
};
