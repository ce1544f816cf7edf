export * from './lib/awards.module';
export * from './lib/awards.service';
export * from './lib/award.dto';
export * from './lib/award-rules';
