export * from './lib/cipher-suites';
export * from './lib/master-key';
export * from './lib/password-hasher';
