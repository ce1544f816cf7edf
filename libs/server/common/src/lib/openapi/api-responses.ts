import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiResponse } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { AcceptsMediaTypes } from '../media-type.guard';
import { ContractSchemaName } from './contract-schemas.generated';

/**
 * Response decorators naming the contracts type an operation answers with. The schemas come from
 * libs/shared/contracts (`npm run api:schemas`); the names are checked by the compiler.
 *
 * The success status is the one the route really answers with (`@HttpCode`, else 201 for POST and
 * 200 otherwise): `completeOpenApiDocument` moves a decorator's 2xx there. Errors (400/401/403/404/
 * 413/429) are added from the route itself; `@ApiErrors` adds the ones only the service knows.
 */

/** `{ $ref: '#/components/schemas/Name' }`. */
export function schemaRef(name: ContractSchemaName): SchemaObject {
  return { $ref: `#/components/schemas/${name}` } as SchemaObject;
}

/** `{ items, total, page, pageSize }` around an item schema — the shape of `Page<T>`. */
export function pageSchema(item: SchemaObject): SchemaObject {
  return {
    type: 'object',
    required: ['items', 'total', 'page', 'pageSize'],
    additionalProperties: false,
    properties: {
      items: { type: 'array', items: item },
      total: { type: 'integer', minimum: 0, description: 'Number of items over all pages' },
      page: { type: 'integer', minimum: 1 },
      pageSize: { type: 'integer', minimum: 1 },
    },
  };
}

/** The success answer is one contracts type. */
export const ApiOk = (name: ContractSchemaName, description = 'OK') => ApiResponse({ status: 200, description, schema: schemaRef(name) });

/** The success answer is a `Page<Name>`. */
export const ApiOkPage = (name: ContractSchemaName, description = 'One page of results') =>
  ApiResponse({ status: 200, description, schema: pageSchema(schemaRef(name)) });

/** The success answer is an array of one contracts type. */
export const ApiOkList = (name: ContractSchemaName, description = 'OK') =>
  ApiResponse({ status: 200, description, schema: { type: 'array', items: schemaRef(name) } });

/** The success answer is given inline (small ad-hoc shapes such as `{ sent: true }`). Prefer a contracts type. */
export const ApiOkSchema = (schema: SchemaObject, description = 'OK') => ApiResponse({ status: 200, description, schema });

/** 201 with the created resource. */
export const ApiCreatedRef = (name: ContractSchemaName, description = 'Created') => ApiResponse({ status: 201, description, schema: schemaRef(name) });

/** 204: done, nothing to answer. */
export const ApiNoContent = (description = 'Done; no content') => ApiResponse({ status: 204, description });

/** A file download (CSV, XLSX, PDF, ICS …): the body is the file in one of these media types. */
export const ApiFile = (mediaTypes: string | string[], description = 'The file') =>
  ApiResponse({
    status: 200,
    description,
    headers: { 'Content-Disposition': { description: 'attachment; filename=…', schema: { type: 'string' } } },
    content: Object.fromEntries([mediaTypes].flat().map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
  });

/** A redirect (302) to another page, e.g. the identity provider or back to the portal. */
export const ApiRedirect = (description = 'Redirect') =>
  ApiResponse({ status: 302, description, headers: { Location: { description: 'Where to go next', schema: { type: 'string' } } } });

export const API_ERRORS_KEY = 'scenematch:api-errors';

/**
 * Error answers the route's metadata cannot show: 401 on a public sign-in, 403 from an ownership
 * check in the service, 404 of a looked-up body field, 409 on a clash, 423 on a locked account.
 * A description may be given per status: `@ApiErrors(409, { 403: 'Only the owner may …' })`.
 */
export const ApiErrors = (...statuses: (number | Record<number, string>)[]) => {
  const described: Record<number, string | undefined> = {};
  for (const s of statuses) {
    if (typeof s === 'number') described[s] = described[s] ?? undefined;
    else for (const [k, v] of Object.entries(s)) described[Number(k)] = v;
  }
  return SetMetadata(API_ERRORS_KEY, described);
};

/**
 * A multipart upload of one file (field `file`) plus optional text fields; the route accepts no
 * other media type (415). 413 is documented with it. `bodyDescription` describes the whole form.
 */
export const ApiUpload = (fields: Record<string, SchemaObject> = {}, fileDescription = 'The file', bodyDescription?: string) =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    AcceptsMediaTypes('multipart/form-data'),
    ApiBody({
      ...(bodyDescription !== undefined && { description: bodyDescription }),
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary', description: fileDescription }, ...fields },
      },
    }),
  );
