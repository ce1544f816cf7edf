export * from './lib/reviews.module';
export * from './lib/reviews.service';
export * from './lib/review.dto';
export * from './lib/review-rules';
