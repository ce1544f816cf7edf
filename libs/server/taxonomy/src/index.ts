export * from './lib/taxonomy.controller';
export * from './lib/taxonomy.module';
export * from './lib/taxonomy.service';
