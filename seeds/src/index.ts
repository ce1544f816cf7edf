export * from './lib/seed-files';
export * from './lib/seed-types';
export * from './lib/run-seeds';
export * from './lib/demo-story';
