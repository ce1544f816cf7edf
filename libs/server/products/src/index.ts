export * from './lib/products.module';
export * from './lib/products.service';
export * from './lib/companies.service';
export * from './lib/launch-events.service';
export * from './lib/product-files.service';
export * from './lib/enterprise-profile.handler';
export * from './lib/dto/product.dto';
export * from './lib/file-inspection';
