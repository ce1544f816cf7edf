import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiFieldError, Certification, CompanyTier, CompanyView, ReferenceCase } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Actor, FieldValidationException, isStaff, RequestMeta, seesContactDetails } from '@scenematch/server-common';
import { ORGANISATIONS, organisationNames } from '@scenematch/server-data';
import { searchDocumentOf } from '@scenematch/server-database';
import { JobName, OutboxService } from '@scenematch/server-queue';
import { TaxonomyService } from '@scenematch/server-taxonomy';
import { DataSource } from 'typeorm';
import { CompanyProfileDto } from './dto/product.dto';
import { ProductsService } from './products.service';

interface CompanyRow {
  id: string;
  name: string;
  uscc: string | null;
  verified: boolean;
  introduction: string | null;
  domain_codes: string[] | null;
  capability_codes: string[] | null;
  district: string | null;
  founded_year: number | null;
  headcount_band: string | null;
  tiers: CompanyTier[] | null;
  certifications: Certification[] | null;
  cases: ReferenceCase[] | null;
  website: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  updated_at: Date | null;
  listed_products: string;
}

/** Company profiles: public pages, contact details for agencies and staff, edited by the company. */
@Injectable()
export class CompaniesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly products: ProductsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async get(id: string, actor: Actor | undefined): Promise<CompanyView> {
    const rows = await this.dataSource.query<CompanyRow[]>(
      `SELECT o.id, o.name, o.uscc, o.verified, cp.introduction, cp.domain_codes, cp.capability_codes, cp.district, cp.founded_year,
              cp.headcount_band, cp.tiers, cp.certifications, cp.cases, cp.website, cp.contact_name, cp.contact_phone, cp.contact_email,
              cp.updated_at, (SELECT count(*) FROM products p WHERE p.organisation_id = o.id AND p.status = 'listed') AS listed_products
         FROM ${ORGANISATIONS} o LEFT JOIN company_profiles cp ON cp.organisation_id = o.id
        WHERE o.id = $1 AND o.type = 'enterprise'`,
      [id],
    );
    if (!rows[0]) throw new NotFoundException('企业不存在');
    const r = rows[0];
    const [capabilities, domains] = await Promise.all([this.taxonomy.capabilityNames(), this.taxonomy.domainNames()]);
    const seesContact = seesContactDetails(actor, id) && (isStaff(actor) || actor?.role === 'agency' || actor?.organisationId === id);
    return {
      id: r.id,
      name: r.name,
      uscc: r.uscc,
      verified: r.verified,
      introduction: r.introduction ?? '',
      domains: (r.domain_codes ?? []).map((code) => ({ code, name: domains.get(code) ?? code })),
      capabilities: (r.capability_codes ?? []).map((code) => ({ code, name: capabilities.get(code) ?? code })),
      district: r.district ?? '',
      foundedYear: r.founded_year,
      headcountBand: r.headcount_band,
      tiers: r.tiers ?? [],
      certifications: r.certifications ?? [],
      cases: r.cases ?? [],
      website: r.website ?? '',
      contact: seesContact ? { name: r.contact_name ?? '', phone: r.contact_phone ?? '', email: r.contact_email ?? '' } : null,
      listedProducts: Number(r.listed_products),
      updatedAt: r.updated_at?.toISOString() ?? null,
    };
  }

  async updateOwn(dto: CompanyProfileDto, actor: Actor, meta: RequestMeta): Promise<CompanyView> {
    const errors: ApiFieldError[] = [];
    let domainCodes: string[] | undefined;
    let capabilityCodes: string[] | undefined;
    if (dto.domains) {
      const resolved = await this.products.domainCodes(dto.domains);
      if (resolved.unknown.length) errors.push({ field: 'domains', message: `未知的应用领域：${resolved.unknown.join('、')}` });
      domainCodes = resolved.codes;
    }
    if (dto.capabilities) {
      const resolved = await this.taxonomy.capabilities(dto.capabilities);
      if (resolved.unknown.length) errors.push({ field: 'capabilities', message: `未知的能力标签：${resolved.unknown.join('、')}` });
      capabilityCodes = resolved.codes;
    }
    dto.certifications?.forEach((c, i) => {
      if (c.validUntil && Number.isNaN(Date.parse(`${c.validUntil}T00:00:00Z`))) errors.push({ field: `certifications.${i}.validUntil`, message: '有效期不是有效日期' });
    });
    if (errors.length) throw new FieldValidationException(errors);

    await this.dataSource.transaction(async (manager) => {
      await manager.query<unknown>(`INSERT INTO company_profiles (organisation_id) VALUES ($1) ON CONFLICT DO NOTHING`, [actor.organisationId]);
      const current = await manager.query<Array<Record<string, unknown>>>(`SELECT * FROM company_profiles WHERE organisation_id = $1 FOR UPDATE`, [actor.organisationId]);
      const c = current[0];
      const next = {
        introduction: dto.introduction ?? (c['introduction'] as string),
        domain_codes: domainCodes ?? (c['domain_codes'] as string[]),
        capability_codes: capabilityCodes ?? (c['capability_codes'] as string[]),
        district: dto.district ?? (c['district'] as string),
        founded_year: dto.foundedYear !== undefined ? dto.foundedYear : (c['founded_year'] as number | null),
        headcount_band: dto.headcountBand !== undefined ? dto.headcountBand : (c['headcount_band'] as string | null),
        tiers: dto.tiers ?? (c['tiers'] as string[]),
        certifications: dto.certifications?.map((x) => ({ kind: x.kind, number: x.number, validUntil: x.validUntil ?? null })) ?? c['certifications'],
        cases: dto.cases?.map((x) => ({ customer: x.customer, year: x.year, domain: x.domain, summary: x.summary })) ?? c['cases'],
        website: dto.website ?? (c['website'] as string),
        contact_name: dto.contactName ?? (c['contact_name'] as string),
        contact_phone: dto.contactPhone ?? (c['contact_phone'] as string),
        contact_email: dto.contactEmail ?? (c['contact_email'] as string),
      };
      const name = (await organisationNames(manager, [actor.organisationId])).get(actor.organisationId);
      const doc = searchDocumentOf([name, next.introduction, next.district, ...(next.cases as ReferenceCase[]).map((x) => `${x.customer} ${x.summary}`)]);
      await manager.query<unknown>(
        `UPDATE company_profiles SET introduction = $2, domain_codes = $3, capability_codes = $4, district = $5, founded_year = $6, headcount_band = $7,
                tiers = $8, certifications = $9, cases = $10, website = $11, contact_name = $12, contact_phone = $13, contact_email = $14,
                search_text = $15, search_tokens = $16, updated_by = $17, updated_at = now()
          WHERE organisation_id = $1`,
        [actor.organisationId, next.introduction, next.domain_codes, next.capability_codes, next.district, next.founded_year, next.headcount_band,
         next.tiers, JSON.stringify(next.certifications), JSON.stringify(next.cases), next.website, next.contact_name, next.contact_phone,
         next.contact_email, doc.text, doc.tokens, actor.userId],
      );
      await this.outbox.publish(manager, JobName.EnterpriseChanged, { organisationId: actor.organisationId });
      await this.audit.record({ action: 'company.profile.update', actor, entityType: 'organisation', entityId: actor.organisationId, meta, details: { fields: Object.keys(dto) } }, manager);
    });
    return this.get(actor.organisationId, actor);
  }
}
