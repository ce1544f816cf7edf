export * from './lib/metric-names';
export * from './lib/metrics';
export * from './lib/metrics.module';
export * from './lib/metrics-server';
export * from './lib/http-metrics';
