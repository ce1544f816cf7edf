import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { OrganisationSummary } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Actor, FieldValidationException, RequestMeta } from '@scenematch/server-common';
import { EntityManager, Repository } from 'typeorm';
import { NewOrganisationDto } from './dto/organisation.dto';
import { Organisation } from './entities/organisation.entity';
import { agencyNameClaim, financierKindAllowed, rejectionRefusal, verificationRefusal } from './organisation-verification';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    private readonly audit: AuditService,
  ) {}

  /** Creates an organisation inside the caller's transaction; a taken USCC is 409 on that field. */
  async create(manager: EntityManager, dto: NewOrganisationDto): Promise<Organisation> {
    const repo = manager.getRepository(Organisation);
    if (await repo.exists({ where: { uscc: dto.uscc } })) {
      throw new ConflictException({
        message: '该统一社会信用代码已注册',
        errors: [{ field: 'organisation.uscc', message: '该统一社会信用代码已注册' }],
      });
    }
    if (dto.type === 'agency' && (await repo.exists({ where: { type: 'agency', name: dto.name } }))) {
      // A unit imported from a published list may exist without a code; it is claimed, not duplicated.
      const existing = await repo.findOneByOrFail({ type: 'agency', name: dto.name });
      if (agencyNameClaim(existing) === 'taken') {
        throw new ConflictException({
          message: '该单位已注册',
          errors: [{ field: 'organisation.name', message: '该单位已注册' }],
        });
      }
      existing.uscc = dto.uscc;
      return repo.save(existing);
    }
    if (!financierKindAllowed(dto.type, dto.financierKind)) throw FieldValidationException.single('organisation.financierKind', '只有金融机构和投资机构填写机构类别');
    return repo.save(repo.create({ type: dto.type, name: dto.name, uscc: dto.uscc, financierKind: dto.type === 'financier' ? (dto.financierKind ?? null) : null }));
  }

  async get(id: string): Promise<Organisation> {
    const organisation = await this.organisations.findOneBy({ id });
    if (!organisation) throw new NotFoundException('机构不存在');
    return organisation;
  }

  async summary(id: string): Promise<OrganisationSummary> {
    return (await this.get(id)).toSummary();
  }

  async list(query: { type?: string; q?: string; page: number; pageSize: number }) {
    const qb = this.organisations.createQueryBuilder('o').orderBy('o.type').addOrderBy('o.name');
    if (query.type) qb.andWhere('o.type = :type', { type: query.type });
    if (query.q) qb.andWhere('o.name ILIKE :q', { q: `%${query.q.replace(/[%_]/g, '')}%` });
    const [items, total] = await qb.skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    return { items: items.map((o) => o.toSummary()), total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * Verification by staff, inside the caller's transaction: the USCC must be present and pass
   * GB 32100 before the organisation is marked verified. A rejected organisation can be verified
   * later (it corrected its details).
   */
  async verify(id: string, actor: Actor, meta: RequestMeta, manager: EntityManager): Promise<Organisation> {
    const repo = manager.getRepository(Organisation);
    const organisation = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!organisation) throw new NotFoundException('机构不存在');
    const refusal = verificationRefusal(organisation);
    if (refusal === 'invalid-uscc') throw FieldValidationException.single('uscc', '该机构没有有效的统一社会信用代码，无法认证');
    if (refusal === 'already-verified') throw new ConflictException('该机构已认证');
    const wasRejected = !!organisation.rejectedAt;
    organisation.verified = true;
    organisation.verifiedAt = new Date();
    organisation.verifiedBy = actor.userId;
    organisation.rejectedAt = null;
    organisation.rejectedBy = null;
    organisation.rejectionReason = null;
    return this.saveDecision(manager, organisation, 'organisation.verify', { wasRejected }, actor, meta);
  }

  /** Rejection by staff with a reason the organisation is shown; only an organisation awaiting verification. */
  async reject(id: string, reason: string, actor: Actor, meta: RequestMeta, manager: EntityManager): Promise<Organisation> {
    const repo = manager.getRepository(Organisation);
    const organisation = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!organisation) throw new NotFoundException('机构不存在');
    const refusal = rejectionRefusal(organisation);
    if (refusal === 'already-verified') throw new ConflictException('该机构已认证，不能驳回');
    if (refusal === 'already-rejected') throw new ConflictException('该机构的认证申请已驳回');
    organisation.rejectedAt = new Date();
    organisation.rejectedBy = actor.userId;
    organisation.rejectionReason = reason;
    return this.saveDecision(manager, organisation, 'organisation.reject', { reason }, actor, meta);
  }

  /** Saves a verification decision and audits it with the organisation's USCC, in the caller's transaction. */
  private async saveDecision(
    manager: EntityManager,
    organisation: Organisation,
    action: 'organisation.verify' | 'organisation.reject',
    details: Record<string, unknown>,
    actor: Actor,
    meta: RequestMeta,
  ): Promise<Organisation> {
    await manager.getRepository(Organisation).save(organisation);
    await this.audit.record(
      { action, actor, entityType: 'organisation', entityId: organisation.id, meta, details: { uscc: organisation.uscc, ...details } },
      manager,
    );
    return organisation;
  }
}
