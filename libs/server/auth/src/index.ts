export * from './lib/entities/user.entity';
export * from './lib/entities/refresh-token.entity';
export * from './lib/dto/auth.dto';
export * from './lib/password-hasher';
export * from './lib/token.service';
export * from './lib/auth.service';
export * from './lib/auth.module';
export * from './lib/guards';
