import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { COMPANY_TIERS, HEADCOUNT_BANDS, MATURITIES, PRODUCT_STATUSES } from '@scenematch/contracts';
import { commaList, PageQueryDto, queryFlag, trimText } from '@scenematch/server-common';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';


export class ProductDto {
  @ApiProperty({ example: '鹏知影像智能辅助诊断平台' })
  @Transform(trimText) @IsString({ message: '请填写产品名称' }) @Length(2, 100, { message: '产品名称应为 2–100 个字符' })
  name!: string;

  @ApiProperty() @Transform(trimText) @IsString({ message: '请填写产品介绍' }) @Length(10, 5000, { message: '产品介绍应为 10–5000 字' })
  description!: string;

  @ApiProperty({ type: [String], example: ['计算机视觉'] })
  @IsArray({ message: '能力标签应为列表' }) @ArrayMaxSize(12, { message: '能力标签最多 12 项' }) @IsString({ each: true })
  capabilities!: string[];

  @ApiProperty({ type: [String], example: ['智慧医疗'] })
  @IsArray({ message: '应用领域应为列表' }) @ArrayMaxSize(10, { message: '应用领域最多 10 项' }) @IsString({ each: true })
  domains!: string[];

  @ApiProperty({ enum: MATURITIES })
  @IsIn(MATURITIES as unknown as string[], { message: '成熟度应为 prototype（原型验证）、pilot（试点应用）或 scaled（规模化应用）' })
  maturity!: (typeof MATURITIES)[number];

  @ApiProperty({ type: [String], example: ['on-premise', 'public-cloud'] })
  @IsArray({ message: '部署方式应为列表' }) @ArrayMaxSize(6) @IsString({ each: true })
  deploymentModes!: string[];

  @ApiPropertyOptional({ type: [String], description: 'Short reference cases' })
  @IsOptional() @IsArray() @ArrayMaxSize(10, { message: '案例最多 10 条' }) @IsString({ each: true }) @MaxLength(500, { each: true, message: '每条案例不超过 500 字' })
  cases?: string[];
}

export class UpdateProductDto extends PartialType(ProductDto) {}

export class ProductReasonDto {
  @ApiProperty() @Transform(trimText) @IsString({ message: '请填写原因' }) @Length(2, 500, { message: '原因应为 2–500 个字符' })
  reason!: string;
}

export class OptionalProductReasonDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trimText) @IsString() @MaxLength(500) reason?: string;
}

export const PRODUCT_SORTS = ['relevance', 'newest', 'name'] as const;

export class ProductQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50, { message: '搜索词不超过 50 字' }) q?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(commaList) @IsArray() @IsString({ each: true }) @ArrayMaxSize(30) capability?: string[];
  @ApiPropertyOptional() @IsOptional() @Transform(commaList) @IsArray() @IsString({ each: true }) @ArrayMaxSize(30) domain?: string[];
  @ApiPropertyOptional({ enum: MATURITIES }) @IsOptional() @Transform(commaList) @IsArray()
  @IsIn(MATURITIES as unknown as string[], { each: true, message: '成熟度取值无效' })
  maturity?: string[];
  @ApiPropertyOptional() @IsOptional() @Transform(commaList) @IsArray() @IsString({ each: true }) @ArrayMaxSize(10) deploymentMode?: string[];
  @ApiPropertyOptional({ description: 'Certification kind the company holds' }) @IsOptional() @IsString() @MaxLength(50) certification?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: '发布会编号无效' }) launchEvent?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: '企业编号无效' }) company?: string;
  @ApiPropertyOptional({ description: 'Statuses (staff only)' }) @IsOptional() @Transform(commaList) @IsArray()
  @IsIn(PRODUCT_STATUSES as unknown as string[], { each: true, message: '状态取值无效' })
  status?: string[];
  @ApiPropertyOptional({ description: 'The caller’s own company’s products (any status)' }) @IsOptional() @Transform(queryFlag) @IsBoolean() mine?: boolean;
  @ApiPropertyOptional({ enum: PRODUCT_SORTS }) @IsOptional() @IsIn(PRODUCT_SORTS as unknown as string[], { message: '排序方式应为 relevance、newest 或 name' })
  sort?: (typeof PRODUCT_SORTS)[number];
  @ApiPropertyOptional() @IsOptional() @Transform(queryFlag) @IsBoolean() facets?: boolean;
}

export class CertificationDto {
  @ApiProperty({ example: '生成式人工智能服务备案' }) @Transform(trimText) @IsString({ message: '请填写资质类型' }) @Length(2, 50, { message: '资质类型应为 2–50 个字符' })
  kind!: string;
  @ApiProperty({ example: 'Guangdong-XXX-2024' }) @Transform(trimText) @IsString({ message: '请填写证书编号' }) @Length(1, 100, { message: '证书编号应为 1–100 个字符' })
  number!: string;
  @ApiPropertyOptional({ example: '2027-06-30' }) @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '有效期应为日期，例如 2027-06-30' })
  validUntil?: string | null;
}

export class ReferenceCaseDto {
  @ApiProperty() @Transform(trimText) @IsString({ message: '请填写客户名称' }) @Length(2, 100, { message: '客户名称应为 2–100 个字符' }) customer!: string;
  @ApiProperty() @Type(() => Number) @IsInt({ message: '年份应为整数' }) @Min(1990, { message: '年份过早' }) @Max(2100, { message: '年份无效' }) year!: number;
  @ApiProperty() @Transform(trimText) @IsString({ message: '请填写应用领域' }) @Length(1, 50, { message: '请填写应用领域（不超过 50 字）' }) domain!: string;
  @ApiProperty() @Transform(trimText) @IsString({ message: '请填写案例简介' }) @Length(5, 1000, { message: '案例简介应为 5–1000 字' }) summary!: string;
}

export class CompanyProfileDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trimText) @IsString() @MaxLength(5000, { message: '公司介绍不超过 5000 字' }) introduction?: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) domains?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) capabilities?: string[];
  @ApiPropertyOptional({ example: '南山区' }) @IsOptional() @Transform(trimText) @IsString() @MaxLength(50) district?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt({ message: '成立年份应为整数' }) @Min(1900, { message: '成立年份无效' })
  @Max(new Date().getFullYear(), { message: '成立年份不能晚于今年' })
  foundedYear?: number | null;
  @ApiPropertyOptional({ enum: HEADCOUNT_BANDS }) @IsOptional() @IsIn(HEADCOUNT_BANDS as unknown as string[], { message: '人员规模取值无效' })
  headcountBand?: string | null;
  @ApiPropertyOptional({ enum: COMPANY_TIERS, isArray: true }) @IsOptional() @IsArray()
  @IsIn(COMPANY_TIERS as unknown as string[], { each: true, message: '企业称号取值无效' })
  tiers?: string[];
  @ApiPropertyOptional({ type: [CertificationDto] }) @IsOptional() @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => CertificationDto)
  certifications?: CertificationDto[];
  @ApiPropertyOptional({ type: [ReferenceCaseDto] }) @IsOptional() @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => ReferenceCaseDto)
  cases?: ReferenceCaseDto[];
  @ApiPropertyOptional() @IsOptional() @Transform(trimText) @Matches(/^$|^https?:\/\/\S+$/, { message: '网址应以 http:// 或 https:// 开头' }) website?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trimText) @IsString() @MaxLength(50) contactName?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trimText) @Matches(/^$|^[0-9+\-() ]{7,20}$/, { message: '联系电话格式不正确' }) contactPhone?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trimText) @Matches(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: '联系邮箱格式不正确' }) contactEmail?: string;
}

export class LaunchEventDto {
  @ApiProperty({ example: '2026 人工智能产品发布会（第一场）' }) @Transform(trimText) @IsString({ message: '请填写发布会名称' }) @Length(2, 100, { message: '名称应为 2–100 个字符' })
  title!: string;
  @ApiProperty({ example: '2026-12-18' }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应为 YYYY-MM-DD' }) heldOn!: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trimText) @IsString() @MaxLength(200) venue?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trimText) @IsString() @MaxLength(3000) description?: string;
}

export class AssignProductsDto {
  @ApiProperty({ type: [String] }) @IsArray({ message: '请选择产品' }) @ArrayMaxSize(200) @IsUUID('all', { each: true, message: '产品编号无效' })
  productIds!: string[];
}
