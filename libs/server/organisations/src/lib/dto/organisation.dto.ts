import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FINANCIER_KINDS, FinancierKind, SELF_REGISTRATION_TYPES, SelfRegistrationType } from '@scenematch/contracts';
import { RequiredText } from '@scenematch/server-common';
import { Transform } from 'class-transformer';
import { IsIn, ValidateIf } from 'class-validator';
import { IsUscc } from './uscc.validator';


export class NewOrganisationDto {
  @ApiProperty({ enum: SELF_REGISTRATION_TYPES })
  @IsIn(SELF_REGISTRATION_TYPES as unknown as string[], { message: '机构类型应为 enterprise（AI企业）、agency（发榜单位）或 financier（金融机构/投资机构）' })
  type!: SelfRegistrationType;

  @ApiProperty({ example: '深圳示例智能科技有限公司' })
  @RequiredText(2, 100, { notText: '请填写机构名称', length: '机构名称应为 2–100 个字符' })
  name!: string;

  @ApiProperty({ example: '91350100M000100Y43', description: '18-character Unified Social Credit Code' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsUscc()
  uscc!: string;

  @ApiPropertyOptional({ enum: FINANCIER_KINDS, description: 'Required when type is financier: bank, guarantee, leasing or investor' })
  @ValidateIf((o: NewOrganisationDto) => o.type === 'financier' || o.financierKind !== undefined)
  @IsIn(FINANCIER_KINDS as unknown as string[], { message: '请选择机构类别：银行、融资担保、融资租赁或投资机构' })
  financierKind?: FinancierKind;
}
