import type { components, paths } from './api-paths.generated';

/**
 * Types of the API's operations, read from the client generated from its OpenAPI document
 * (api-paths.generated.ts, `npm run api:client`): a caller names a path template and a method,
 * and its path and query parameters, request body and success answer follow from the document.
 */

export type HttpMethod = 'get' | 'put' | 'post' | 'patch' | 'delete';

/** Every documented path template, e.g. `/api/scenarios/{id}`. */
export type ApiPath = keyof paths;

/** The path templates that have an operation for `M`. */
export type PathsWith<M extends HttpMethod> = {
  [P in ApiPath]: paths[P][M] extends undefined ? never : P;
}[ApiPath];

/** A schema of the document's components, e.g. `ApiSchema<'CreateScenarioDto'>`. */
export type ApiSchema<N extends keyof components['schemas']> =
  components['schemas'][N];

/** The operation of `M` on `P`. */
export type OperationOf<P extends ApiPath, M extends HttpMethod> = NonNullable<
  paths[P][M]
>;

type Field<T, K extends PropertyKey> = T extends unknown
  ? K extends keyof T
    ? T[K]
    : undefined
  : never;
type Parameters<P extends ApiPath, M extends HttpMethod> = Field<
  OperationOf<P, M>,
  'parameters'
>;

/** The path parameters of the operation (`never` when its path has none). */
export type PathParams<P extends ApiPath, M extends HttpMethod> = NonNullable<
  Field<Parameters<P, M>, 'path'>
>;

/** The query parameters of the operation (`never` when it takes none). */
export type QueryParams<P extends ApiPath, M extends HttpMethod> = NonNullable<
  Field<Parameters<P, M>, 'query'>
>;

/**
 * A query as a caller holds it: lists may be read-only (signals and filters often are) and a
 * value may be null, which, like undefined, leaves the parameter out (see queryEntries).
 */
export type ApiQuery<P extends ApiPath, M extends HttpMethod> = ReadonlyLists<
  QueryParams<P, M>
>;
type ReadonlyLists<Q> = {
  [K in keyof Q]:
    | (Q[K] extends ReadonlyArray<infer E> | undefined
        ? Q[K] | readonly E[]
        : Q[K])
    | (undefined extends Q[K] ? null : never);
};

type PathOption<X> = [X] extends [never] ? { path?: undefined } : { path: X };
type QueryOption<Q> = [NonNullable<Q>] extends [never]
  ? { query?: undefined }
  : undefined extends Q
    ? { query?: ReadonlyLists<NonNullable<Q>> }
    : { query: ReadonlyLists<Q> };

/** `{ path, query }` of a call: `path` when the template has parameters, `query` as documented. */
export type ParamsOf<P extends ApiPath, M extends HttpMethod> = PathOption<
  PathParams<P, M>
> &
  QueryOption<Field<Parameters<P, M>, 'query'>>;

type RequestContent<P extends ApiPath, M extends HttpMethod> = Field<
  NonNullable<Field<OperationOf<P, M>, 'requestBody'>>,
  'content'
>;

/** The JSON request body of the operation (`never` when it takes none). */
export type RequestBody<P extends ApiPath, M extends HttpMethod> = NonNullable<
  Field<RequestContent<P, M>, 'application/json'>
>;

/** The fields of the operation's multipart/form-data body (`never` when it takes none). */
export type MultipartBody<
  P extends ApiPath,
  M extends HttpMethod,
> = NonNullable<Field<RequestContent<P, M>, 'multipart/form-data'>>;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206;
type Json<R> = R extends { content: { 'application/json': infer B } }
  ? B
  : R extends { content?: never }
    ? void
    : unknown;

/**
 * The body of the operation's success answer: its JSON, `void` for 204 No Content, `unknown` for
 * a file (read those as a Blob).
 */
export type ResponseBody<P extends ApiPath, M extends HttpMethod> = Json<
  Field<OperationOf<P, M>, 'responses'>[SuccessStatus &
    keyof Field<OperationOf<P, M>, 'responses'>]
>;
