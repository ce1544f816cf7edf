export * from './lib/entities/organisation.entity';
export * from './lib/dto/organisation.dto';
export * from './lib/dto/uscc.validator';
export * from './lib/organisations.service';
export * from './lib/organisations.module';
