/**
 * Builds the OpenAPI 3.0 schemas of the API's answers from the TypeScript types in
 * libs/shared/contracts — the one source of those shapes, shared by the server and the portal.
 * `npm run api:schemas` writes them to contract-schemas.generated.ts beside this file;
 * a unit spec fails when that file is stale.
 */
import * as path from 'node:path';
import { createGenerator, type Config } from 'ts-json-schema-generator';
import * as ts from 'typescript';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

export const ROOT = path.resolve(__dirname, '../../../../../..');
export const CONTRACTS_INDEX = path.join(ROOT, 'libs/shared/contracts/src/index.ts');
export const GENERATED_FILE = path.join(ROOT, 'libs/server/common/src/lib/openapi/contract-schemas.generated.ts');

/** `Page<ScenarioCard>` and other generic instances are not named here: the decorators build them around the item schema. */
function keepName(name: string): boolean {
  return /^[A-Za-z0-9_.-]+$/.test(name);
}

function refName(ref: string): string {
  return decodeURIComponent(ref.replace(/^#\/definitions\//, ''));
}

/** JSON Schema draft-07 as ts-json-schema-generator writes it → the OpenAPI 3.0 dialect (no const, no type arrays, nullable). */
export function toOpenApi30(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(toOpenApi30);
  if (schema === null || typeof schema !== 'object') return schema;
  let s: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$schema' || key === 'definitions' || key === 'propertyNames' || key === '$comment') continue;
    if (key === 'properties' && value && typeof value === 'object' && !Array.isArray(value)) {
      s[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toOpenApi30(v)]));
    } else s[key] = toOpenApi30(value);
  }
  if (typeof s['$ref'] === 'string') {
    const name = refName(s['$ref']);
    const ref = `#/components/schemas/${name}`;
    const rest = Object.fromEntries(Object.entries(s).filter(([k]) => k !== '$ref'));
    // OpenAPI 3.0 ignores siblings of $ref: keep a description next to it through allOf.
    return Object.keys(rest).length ? { allOf: [{ $ref: ref }], ...rest } : { $ref: ref };
  }
  if ('const' in s) {
    const value = s['const'];
    delete s['const'];
    s['enum'] = [value];
    if (!s['type'] && value !== null) s['type'] = typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string';
  }
  if ('examples' in s) {
    const examples = s['examples'];
    delete s['examples'];
    if (Array.isArray(examples) && examples.length) s['example'] = examples[0];
  }
  if (Array.isArray(s['type'])) {
    const types = (s['type'] as string[]).filter((t) => t !== 'null');
    const nullable = types.length < (s['type'] as string[]).length;
    if (types.length === 1) s['type'] = types[0];
    else {
      delete s['type'];
      s['anyOf'] = types.map((t) => ({ type: t }));
    }
    if (nullable) s['nullable'] = true;
  }
  if (Array.isArray(s['enum']) && (s['enum'] as Json[]).includes(null)) {
    s['enum'] = (s['enum'] as Json[]).filter((v) => v !== null);
    s['nullable'] = true;
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const variants = s[key];
    if (!Array.isArray(variants)) continue;
    const nonNull = variants.filter((v) => !(v && typeof v === 'object' && !Array.isArray(v) && (v as Schema)['type'] === 'null' && Object.keys(v).length === 1));
    if (nonNull.length === variants.length) continue;
    s['nullable'] = true;
    if (nonNull.length === 1) {
      delete s[key];
      const only = nonNull[0] as Schema;
      // `X | null` with X a reference: allOf keeps `nullable` meaningful beside the $ref.
      s = only['$ref'] ? { allOf: [only], ...s } : { ...only, ...s };
    } else s[key] = nonNull;
  }
  // A union of string literals (`'a' | 'b'`) as one enum.
  if (Array.isArray(s['anyOf']) && (s['anyOf'] as Schema[]).every((v) => v && Array.isArray(v['enum']) && v['type'] === 'string' && Object.keys(v).length === 2)) {
    s['type'] = 'string';
    s['enum'] = (s['anyOf'] as Schema[]).flatMap((v) => v['enum'] as Json[]);
    delete s['anyOf'];
  }
  if (typeof s['exclusiveMinimum'] === 'number') {
    s['minimum'] = s['exclusiveMinimum'];
    s['exclusiveMinimum'] = true;
  }
  if (typeof s['exclusiveMaximum'] === 'number') {
    s['maximum'] = s['exclusiveMaximum'];
    s['exclusiveMaximum'] = true;
  }
  return s;
}

/**
 * `X | null` with X a named schema is `{ allOf: [{ $ref: X }], nullable: true }`; OpenAPI 3.0 honours
 * `nullable` only beside a `type`. Enums are written out with null among their values, objects get
 * `type: object` beside the reference.
 */
function typeNullableRefs(schema: Json, all: Record<string, Json>): Json {
  if (Array.isArray(schema)) return schema.map((item) => typeNullableRefs(item, all));
  if (schema === null || typeof schema !== 'object') return schema;
  const s: Schema = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, typeNullableRefs(v, all)]));
  const allOf = s['allOf'];
  if (s['nullable'] === true && !s['type'] && Array.isArray(allOf) && allOf.length === 1) {
    const ref = (allOf[0] as Schema)['$ref'];
    const target = typeof ref === 'string' ? (all[ref.replace('#/components/schemas/', '')] as Schema | undefined) : undefined;
    if (target && Array.isArray(target['enum'])) {
      const { allOf: _, ...rest } = s;
      void _;
      return { ...rest, type: target['type'] as Json, enum: [...(target['enum'] as Json[]), null] };
    }
    s['type'] = (target?.['type'] as Json | undefined) ?? 'object';
  }
  return s;
}

/** Names of the exported, non-generic interfaces, type aliases and enums of the contracts (functions and constants are not shapes). */
function exportedTypeNames(): string[] {
  const program = ts.createProgram([CONTRACTS_INDEX], { noResolve: false, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(CONTRACTS_INDEX);
  if (!index) throw new Error(`Cannot read ${CONTRACTS_INDEX}`);
  const names: string[] = [];
  const moduleSymbol = checker.getSymbolAtLocation(index);
  if (!moduleSymbol) throw new Error(`${CONTRACTS_INDEX} exports nothing`);
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declaration = target.declarations?.[0];
    if (!declaration) continue;
    const isShape = ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration) || ts.isEnumDeclaration(declaration);
    const generic = (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration)) && !!declaration.typeParameters?.length;
    if (isShape && !generic) names.push(symbol.getName());
  }
  return names.sort();
}

/** Every exported type of the contracts, as OpenAPI 3.0 component schemas, sorted by name. */
export function generateContractSchemas(): Record<string, Json> {
  const config: Config = {
    path: CONTRACTS_INDEX,
    tsconfig: path.join(ROOT, 'libs/shared/contracts/tsconfig.lib.json'),
    type: '*',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    skipTypeCheck: true,
    additionalProperties: false,
    sortProps: true,
    strictTuples: false,
    encodeRefs: false,
  };
  const generator = createGenerator(config);
  const definitions: Record<string, Json> = {};
  for (const type of exportedTypeNames()) {
    const generated = generator.createSchema(type) as { definitions?: Record<string, Json> };
    Object.assign(definitions, generated.definitions ?? {});
  }
  const result: Record<string, Json> = {};
  for (const name of Object.keys(definitions).sort()) {
    if (!keepName(name)) continue;
    result[name] = toOpenApi30(definitions[name]);
  }
  return typeNullableRefs(result, result) as Record<string, Json>;
}

/** The checked-in TypeScript module holding the schemas and the union of their names. */
export function renderGeneratedFile(schemas: Record<string, Json>): string {
  const names = Object.keys(schemas);
  return [
    '// Generated by `npm run api:schemas` from libs/shared/contracts — do not edit by hand.',
    "import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';",
    '',
    `export type ContractSchemaName =\n${names.map((n) => `  | '${n}'`).join('\n')};`,
    '',
    `export const CONTRACT_SCHEMAS: Record<ContractSchemaName, SchemaObject> = ${JSON.stringify(schemas, null, 2)};`,
    '',
  ].join('\n');
}
