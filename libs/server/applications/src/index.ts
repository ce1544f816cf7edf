export * from './lib/applications.module';
export * from './lib/applications.service';
export * from './lib/application.dto';
export * from './lib/reviews.service';
export * from './lib/awards.service';
export * from './lib/consortium.service';
