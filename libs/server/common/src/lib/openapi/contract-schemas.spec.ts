import { readFileSync } from 'node:fs';
import { GENERATED_FILE, generateContractSchemas, renderGeneratedFile, toOpenApi30 } from './contract-schemas.generator';
import { CONTRACT_SCHEMAS } from './contract-schemas.generated';

describe('contract schemas for the OpenAPI document', () => {
  it('are up to date with libs/shared/contracts (run `npm run api:schemas` when this fails)', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(renderGeneratedFile(generateContractSchemas()));
  }, 120_000);

  it('are written in the OpenAPI 3.0 dialect: no const, no type arrays, no JSON Schema definitions', () => {
    const text = JSON.stringify(CONTRACT_SCHEMAS);
    expect(text).not.toContain('"const"');
    expect(text).not.toContain('#/definitions/');
    expect(text).not.toMatch(/"type":\[/);
    expect(text).not.toContain('"type":"null"');
  });

  it('turns nullable unions, literals and references into their OpenAPI 3.0 form', () => {
    expect(toOpenApi30({ type: ['string', 'null'] })).toEqual({ type: 'string', nullable: true });
    expect(toOpenApi30({ const: 'ok' })).toEqual({ type: 'string', enum: ['ok'] });
    expect(toOpenApi30({ anyOf: [{ $ref: '#/definitions/UserView' }, { type: 'null' }] })).toEqual({
      allOf: [{ $ref: '#/components/schemas/UserView' }],
      nullable: true,
    });
    expect(toOpenApi30({ anyOf: [{ type: 'string', const: 'a' }, { type: 'string', const: 'b' }] })).toEqual({ type: 'string', enum: ['a', 'b'] });
  });

  it('describe the error shape every 4xx answer has', () => {
    expect(CONTRACT_SCHEMAS.ApiError).toMatchObject({
      type: 'object',
      properties: { statusCode: { type: 'integer' }, message: { type: 'string' }, errors: { type: 'array' }, retryAfter: { type: 'integer' } },
    });
    expect(new Set(CONTRACT_SCHEMAS.ApiError.required)).toEqual(new Set(['statusCode', 'message']));
  });
});
