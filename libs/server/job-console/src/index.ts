export * from './lib/job-console.module';
export * from './lib/job-console.service';
