export * from './lib/stats.module';
export * from './lib/stats.service';
export * from './lib/stats-report.service';
export * from './lib/stats.dto';
