export * from './lib/audit-chain';
export * from './lib/audit.service';
export * from './lib/audit.module';
export * from './lib/audit-export';
export * from './lib/audit.controller';
