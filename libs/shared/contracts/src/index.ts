export * from './lib/uscc';
export * from './lib/roles';
export * from './lib/api';
export * from './lib/password-policy';
export * from './lib/search-tokens';
export * from './lib/scenarios';
export * from './lib/products';
export * from './lib/applications';
