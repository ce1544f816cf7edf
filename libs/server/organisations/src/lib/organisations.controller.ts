import { Controller, Param, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ORGANISATION_TYPES, OrganisationSummary, Page } from '@scenematch/contracts';
import { PageQueryDto, ReadRoute, uuidOrNotFound } from '@scenematch/server-common';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { OrganisationsService } from './organisations.service';

export class OrganisationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ORGANISATION_TYPES })
  @IsOptional() @IsIn(ORGANISATION_TYPES as unknown as string[]) type?: string;
  @ApiPropertyOptional({ maxLength: 50, description: 'Part of the name' })
  @IsOptional() @IsString() @MaxLength(50) q?: string;
}

const uuid = uuidOrNotFound('机构不存在');

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @ReadRoute({ roles: ['organiser', 'admin'], summary: 'List organisations (staff)', page: 'OrganisationSummary' })
  list(@Query() query: OrganisationQueryDto): Promise<Page<OrganisationSummary>> {
    return this.organisations.list(query);
  }

  @ReadRoute(':id', { public: true, summary: 'Public summary of an organisation', ok: 'OrganisationSummary' })
  get(@Param('id', uuid) id: string): Promise<OrganisationSummary> {
    return this.organisations.summary(id);
  }
  // Verification and rejection: AccountAdminController (they tell the organisation's users and
  // refresh their session state, which lives with the accounts).
}
