export * from './lib/cipher-suites';
export * from './lib/master-key';
