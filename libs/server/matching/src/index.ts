export * from './lib/matching.module';
export * from './lib/matching.service';
export * from './lib/matching-engine';
export * from './lib/matching-data';
export * from './lib/matching.schedule';
export * from './lib/matching-feedback';
export * from './lib/match-feedback.service';
export * from './lib/matching.handlers';
