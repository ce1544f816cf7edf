import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { DeniedRequestsAudit } from './denied-requests.hook';

@Global()
@Module({ controllers: [AuditController], providers: [AuditService, DeniedRequestsAudit], exports: [AuditService] })
export class AuditModule {}
