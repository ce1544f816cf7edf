export * from './lib/actor';
export * from './lib/roles.guard';
export * from './lib/access';
export * from './lib/field-errors';
export * from './lib/validation.pipe';
export * from './lib/api-exception.filter';
export * from './lib/page';
export * from './lib/request-meta';
