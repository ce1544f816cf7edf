import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CompanyView } from '@scenematch/contracts';
import { Actor, CurrentActor, ReadRoute, ReplaceRoute, ReqMeta, RequestMeta } from '@scenematch/server-common';
import { CompaniesService } from './companies.service';
import { CompanyProfileDto } from './dto/product.dto';
import { anyId } from './id-pipes';

@ApiTags('companies')
@Controller()
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @ReadRoute('companies/:id', { public: true, summary: 'A company’s public page (contact details for agencies and staff)', ok: 'CompanyView' })
  get(@Param('id', anyId) id: string, @CurrentActor({ optional: true }) actor?: Actor): Promise<CompanyView> {
    return this.companies.get(id, actor);
  }

  @ReadRoute('me/profile', { roles: ['enterprise'], summary: 'The own company profile', ok: 'CompanyView' })
  mine(@CurrentActor() actor: Actor): Promise<CompanyView> {
    return this.companies.get(actor.organisationId, actor);
  }

  @ReplaceRoute('me/profile', { roles: ['enterprise'], summary: 'Edit the own company profile', ok: 'CompanyView' })
  update(@Body() dto: CompanyProfileDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<CompanyView> {
    return this.companies.updateOwn(dto, actor, meta);
  }
}
