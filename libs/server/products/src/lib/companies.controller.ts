import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CompanyView } from '@scenematch/contracts';
import { Actor, ApiOk, CurrentActor, ReadRoute, ReqMeta, RequestMeta, Roles } from '@scenematch/server-common';
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

  @Put('me/profile')
  @Roles('enterprise')
  @ApiOperation({ summary: 'Edit the own company profile' })
  @ApiOk('CompanyView')
  update(@Body() dto: CompanyProfileDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<CompanyView> {
    return this.companies.updateOwn(dto, actor, meta);
  }
}
