import { OpenApiDocument, OpenApiResponseChecker } from './openapi-responses';

const document: OpenApiDocument = {
  openapi: '3.0.0',
  paths: {
    '/api/things/{id}': {
      get: {
        responses: {
          '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
          '404': { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/api/things/export': {
      get: { responses: { '200': { description: 'CSV', content: { 'text/csv': { schema: { type: 'string', format: 'binary' } } } } } },
    },
    '/api/things': { post: { responses: { '204': { description: 'Done' } } } },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['id', 'note', 'kind'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          note: { type: 'string', nullable: true, example: '备注' },
          kind: { type: 'string', enum: ['a', 'b'] },
          parent: { allOf: [{ $ref: '#/components/schemas/ApiError' }], nullable: true, type: 'object' },
        },
        additionalProperties: false,
      },
      ApiError: { type: 'object', required: ['statusCode', 'message'], properties: { statusCode: { type: 'integer' }, message: { type: 'string' } } },
    },
    responses: { NotFound: { description: 'Not found', content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } } } },
  },
};
const ID = '0b7f4c1e-2f43-4a4e-9d3c-5b1a2c3d4e5f';

describe('OpenApiResponseChecker', () => {
  it('accepts an answer matching its schema (OpenAPI 3.0 nullable) and records the operation as answered', () => {
    const checker = new OpenApiResponseChecker(document);
    expect(checker.check('GET', `/api/things/${ID}?x=1`, 200, 'application/json; charset=utf-8', { id: ID, note: null, kind: 'a' }, true, true)).toEqual([]);
    // A nullable reference admits null, and otherwise the referenced schema.
    expect(checker.check('GET', `/api/things/${ID}`, 200, 'application/json', { id: ID, note: null, kind: 'a', parent: null }, true, true)).toEqual([]);
    expect(checker.check('GET', `/api/things/${ID}`, 200, 'application/json', { id: ID, note: null, kind: 'a', parent: { statusCode: 1 } }, true, true)[0].problem).toContain("/parent must have required property 'message'");
    expect(checker.answered.get('GET /api/things/{id}')).toEqual(new Set([200]));
  });

  it('names the field of an answer that breaks its schema, and undocumented fields', () => {
    const checker = new OpenApiResponseChecker(document);
    const [found] = checker.check('GET', `/api/things/${ID}`, 200, 'application/json', { id: 'nope', note: 3, kind: 'c', extra: 1 }, true, true);
    expect(found.problem).toContain('/id must match format "uuid"');
    expect(found.problem).toContain('/note must be string');
    expect(found.problem).toContain('/kind must be equal to one of the allowed values');
    expect(found.problem).toContain("must NOT have additional properties 'extra'");
    expect(checker.answered.size).toBe(0);
  });

  it('follows response references, and flags statuses and media types the operation does not document', () => {
    const checker = new OpenApiResponseChecker(document);
    expect(checker.check('GET', `/api/things/${ID}`, 404, 'application/json', { statusCode: 404, message: '不存在' }, true, true)).toEqual([]);
    expect(checker.check('GET', `/api/things/${ID}`, 403, 'application/json', { statusCode: 403, message: '无权' }, true, true)[0].problem).toContain('status 403 is not documented');
    expect(checker.check('POST', '/api/things', 204, undefined, undefined, false, false)).toEqual([]);
    expect(checker.check('POST', '/api/things', 204, 'application/json', {}, true, true)).toEqual([]);
    expect(checker.check('GET', '/api/things/export', 200, 'text/csv; charset=utf-8', 'a,b', false, true)).toEqual([]);
    expect(checker.check('GET', '/api/things/export', 200, 'application/pdf', '%PDF', false, true)[0].problem).toContain('documents text/csv');
  });

  it('prefers a literal path over a templated one and ignores paths the document does not describe', () => {
    const checker = new OpenApiResponseChecker(document);
    expect(checker.operationOf('GET', '/api/things/export')).toBe('GET /api/things/export');
    expect(checker.operationOf('GET', `/api/things/${ID}`)).toBe('GET /api/things/{id}');
    expect(checker.check('GET', '/index.html', 200, 'text/html', '<html>', false, true)).toEqual([]);
    expect(checker.documented.sort()).toEqual(['GET /api/things/export', 'GET /api/things/{id}', 'POST /api/things']);
  });
});
