import { Controller, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Public, ReadRoute } from '@scenematch/server-common';
import { CapabilityView, DomainView, NamedCode } from '@scenematch/contracts';
import { DataSource } from 'typeorm';

@ApiTags('taxonomy')
@Controller('taxonomy')
@Public()
export class TaxonomyController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Header('Cache-Control', 'public, max-age=300')
  @ReadRoute('domains', { summary: 'Application domains (应用领域)', list: 'DomainView' })
  domains(): Promise<DomainView[]> {
    return this.dataSource.query<DomainView[]>(`SELECT code, name, grp AS "group", aliases FROM domains ORDER BY sort, code`);
  }

  @Header('Cache-Control', 'public, max-age=300')
  @ReadRoute('capabilities', { summary: 'Capability tags (能力标签) with synonyms', list: 'CapabilityView' })
  capabilities(): Promise<CapabilityView[]> {
    return this.dataSource.query<CapabilityView[]>(`SELECT code, name, synonyms FROM capabilities ORDER BY sort, code`);
  }

  @Header('Cache-Control', 'public, max-age=300')
  @ReadRoute('certifications', { summary: 'Certification kinds (大模型备案, 医疗器械注册证 …)', list: 'NamedCode' })
  certifications(): Promise<NamedCode[]> {
    return this.documentList('certifications');
  }

  @Header('Cache-Control', 'public, max-age=300')
  @ReadRoute('deployment-modes', { summary: 'Deployment modes (公有云, 私有化部署, 一体机, 边缘端)', list: 'NamedCode' })
  deploymentModes(): Promise<NamedCode[]> {
    return this.documentList('deploymentModes');
  }

  private async documentList(key: string): Promise<NamedCode[]> {
    const rows = await this.dataSource.query<Array<{ list: NamedCode[] | null }>>(
      `SELECT body -> $1 AS list FROM taxonomy_documents WHERE name = 'taxonomy'`,
      [key],
    );
    return (rows[0]?.list ?? []).map(({ code, name }) => ({ code, name }));
  }
}
