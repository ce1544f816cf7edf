import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkList, Public } from '@scenematch/server-common';
import { CapabilityView, DomainView, NamedCode } from '@scenematch/contracts';
import { DataSource } from 'typeorm';

@ApiTags('taxonomy')
@Controller('taxonomy')
@Public()
export class TaxonomyController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('domains')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'Application domains (应用领域)' })
  @ApiOkList('DomainView')
  domains(): Promise<DomainView[]> {
    return this.dataSource.query(`SELECT code, name, grp AS "group", aliases FROM domains ORDER BY sort, code`);
  }

  @Get('capabilities')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'Capability tags (能力标签) with synonyms' })
  @ApiOkList('CapabilityView')
  capabilities(): Promise<CapabilityView[]> {
    return this.dataSource.query(`SELECT code, name, synonyms FROM capabilities ORDER BY sort, code`);
  }

  @Get('certifications')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'Certification kinds (大模型备案, 医疗器械注册证 …)' })
  @ApiOkList('NamedCode')
  certifications(): Promise<NamedCode[]> {
    return this.documentList('certifications');
  }

  @Get('deployment-modes')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'Deployment modes (公有云, 私有化部署, 一体机, 边缘端)' })
  @ApiOkList('NamedCode')
  deploymentModes(): Promise<NamedCode[]> {
    return this.documentList('deploymentModes');
  }

  private async documentList(key: string): Promise<NamedCode[]> {
    const rows: Array<{ list: NamedCode[] | null }> = await this.dataSource.query(
      `SELECT body -> $1 AS list FROM taxonomy_documents WHERE name = 'taxonomy'`,
      [key],
    );
    return (rows[0]?.list ?? []).map(({ code, name }) => ({ code, name }));
  }
}
