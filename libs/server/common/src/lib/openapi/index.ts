export * from './api-responses';
export * from './openapi-document';
export type { ContractSchemaName } from './contract-schemas.generated';
export * from './api-empty-body';
export * from './api-routes';
