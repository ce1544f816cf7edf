export * from './lib/open-data.module';
export * from './lib/open-data.service';
export * from './lib/open-data-dumps.service';
export * from './lib/open-data-dump.handler';
export * from './lib/open-data-cursor';
export * from './lib/open-data.dto';
