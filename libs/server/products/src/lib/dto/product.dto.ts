import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { COMPANY_TIERS, HEADCOUNT_BANDS, MATURITIES, PRODUCT_STATUSES } from '@scenematch/contracts';
import { commaList, OptionalText, PageQueryDto, queryFlag, RequiredText, trimText } from '@scenematch/server-common';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

/** An http(s) address, or empty to clear it. */
const WEBSITE_OR_EMPTY = /^$|^https?:\/\/\S+$/;
/** A phone number (digits, +, -, brackets, spaces), or empty to clear it. */
const PHONE_OR_EMPTY = /^$|^[0-9+\-() ]{7,20}$/;
/** An e-mail address, or empty to clear it. */
const EMAIL_OR_EMPTY = /^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class ProductDto {
  @ApiProperty({ example: '鹏知影像智能辅助诊断平台', minLength: 2, maxLength: 100 })
  @RequiredText(2, 100, { notText: '请填写产品名称', length: '产品名称应为 2–100 个字符' })
  name!: string;

  @ApiProperty({ minLength: 10, maxLength: 5000, example: '面向医院放射科的肺结节、骨折智能检测平台，支持 DICOM 接入与结构化报告。' })
  @RequiredText(10, 5000, { notText: '请填写产品介绍', length: '产品介绍应为 10–5000 字' })
  description!: string;

  @ApiProperty({ type: [String], maxItems: 12, example: ['计算机视觉'], description: 'Capability names or codes' })
  @IsArray({ message: '能力标签应为列表' }) @ArrayMaxSize(12, { message: '能力标签最多 12 项' }) @IsString({ each: true })
  capabilities!: string[];

  @ApiProperty({ type: [String], maxItems: 10, example: ['智慧医疗'], description: 'Domain names or codes' })
  @IsArray({ message: '应用领域应为列表' }) @ArrayMaxSize(10, { message: '应用领域最多 10 项' }) @IsString({ each: true })
  domains!: string[];

  @ApiProperty({ enum: MATURITIES })
  @IsIn(MATURITIES as unknown as string[], { message: '成熟度应为 prototype（原型验证）、pilot（试点应用）或 scaled（规模化应用）' })
  maturity!: (typeof MATURITIES)[number];

  @ApiProperty({ type: [String], maxItems: 6, example: ['on-premise', 'public-cloud'], description: 'Deployment mode codes or names' })
  @IsArray({ message: '部署方式应为列表' }) @ArrayMaxSize(6) @IsString({ each: true })
  deploymentModes!: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 10, description: 'Short reference cases, each at most 500 characters' })
  @IsOptional() @IsArray() @ArrayMaxSize(10, { message: '案例最多 10 条' }) @IsString({ each: true }) @MaxLength(500, { each: true, message: '每条案例不超过 500 字' })
  cases?: string[];
}

export class UpdateProductDto extends PartialType(ProductDto) {}

export class ProductReasonDto {
  @ApiProperty({ minLength: 2, maxLength: 500, example: '产品介绍缺少应用案例' })
  @RequiredText(2, 500, { notText: '请填写原因', length: '原因应为 2–500 个字符' })
  reason!: string;
}

export class OptionalProductReasonDto {
  @ApiPropertyOptional({ maxLength: 500 }) @OptionalText(500) reason?: string;
}

export const PRODUCT_SORTS = ['relevance', 'newest', 'name'] as const;

export class ProductQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ maxLength: 50, example: '影像', description: 'Search in name, description and company (Chinese two-character words work)' })
  @IsOptional() @IsString() @MaxLength(50, { message: '搜索词不超过 50 字' }) q?: string;
  @ApiPropertyOptional({ type: [String], maxItems: 30, description: 'Capability codes or names: repeat the parameter, or give one comma-separated value' })
  @IsOptional() @Transform(commaList) @IsArray() @IsString({ each: true }) @ArrayMaxSize(30) capability?: string[];
  @ApiPropertyOptional({ type: [String], maxItems: 30, description: 'Domain codes or names: repeat the parameter, or give one comma-separated value' })
  @IsOptional() @Transform(commaList) @IsArray() @IsString({ each: true }) @ArrayMaxSize(30) domain?: string[];
  @ApiPropertyOptional({ enum: MATURITIES, isArray: true, description: 'Maturities: repeat the parameter or separate with commas' }) @IsOptional() @Transform(commaList) @IsArray()
  @IsIn(MATURITIES as unknown as string[], { each: true, message: '成熟度取值无效' })
  maturity?: string[];
  @ApiPropertyOptional({ type: [String], maxItems: 10, description: 'Deployment mode codes: repeat the parameter or separate with commas' })
  @IsOptional() @Transform(commaList) @IsArray() @IsString({ each: true }) @ArrayMaxSize(10) deploymentMode?: string[];
  @ApiPropertyOptional({ maxLength: 50, description: 'Certification kind the company holds' }) @IsOptional() @IsString() @MaxLength(50) certification?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Launch event id' }) @IsOptional() @IsUUID('all', { message: '发布会编号无效' }) launchEvent?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Company (organisation) id' }) @IsOptional() @IsUUID('all', { message: '企业编号无效' }) company?: string;
  @ApiPropertyOptional({ enum: PRODUCT_STATUSES, isArray: true, description: 'Statuses (staff only): repeat the parameter or separate with commas' }) @IsOptional() @Transform(commaList) @IsArray()
  @IsIn(PRODUCT_STATUSES as unknown as string[], { each: true, message: '状态取值无效' })
  status?: string[];
  @ApiPropertyOptional({ type: Boolean, description: 'The caller’s own company’s products (any status); 1, true and yes mean true' }) @IsOptional() @Transform(queryFlag) @IsBoolean() mine?: boolean;
  @ApiPropertyOptional({ enum: PRODUCT_SORTS }) @IsOptional() @IsIn(PRODUCT_SORTS as unknown as string[], { message: '排序方式应为 relevance、newest 或 name' })
  sort?: (typeof PRODUCT_SORTS)[number];
  @ApiPropertyOptional({ type: Boolean, description: 'Include counts per capability and domain for the same filters; 1, true and yes mean true' })
  @IsOptional() @Transform(queryFlag) @IsBoolean() facets?: boolean;
}

export class CertificationDto {
  @ApiProperty({ example: '生成式人工智能服务备案', minLength: 2, maxLength: 50 }) @RequiredText(2, 50, { notText: '请填写资质类型', length: '资质类型应为 2–50 个字符' })
  kind!: string;
  @ApiProperty({ example: 'Guangdong-ShenZhen-202401010001', minLength: 1, maxLength: 100 }) @RequiredText(1, 100, { notText: '请填写证书编号', length: '证书编号应为 1–100 个字符' })
  number!: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2027-06-30', description: 'Valid until; null if it does not expire' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '有效期应为日期，例如 2027-06-30' }) @IsISO8601({ strict: true }, { message: '有效期应为有效日期，例如 2027-06-30' })
  validUntil?: string | null;
}

export class ReferenceCaseDto {
  @ApiProperty({ minLength: 2, maxLength: 100, example: '南山区人民医院' }) @RequiredText(2, 100, { notText: '请填写客户名称', length: '客户名称应为 2–100 个字符' }) customer!: string;
  @ApiProperty({ type: 'integer', minimum: 1990, maximum: 2100, example: 2025 }) @Type(() => Number) @IsInt({ message: '年份应为整数' }) @Min(1990, { message: '年份过早' }) @Max(2100, { message: '年份无效' }) year!: number;
  @ApiProperty({ minLength: 1, maxLength: 50, example: '智慧医疗' }) @RequiredText(1, 50, { notText: '请填写应用领域', length: '请填写应用领域（不超过 50 字）' }) domain!: string;
  @ApiProperty({ minLength: 5, maxLength: 1000 }) @RequiredText(5, 1000, { notText: '请填写案例简介', length: '案例简介应为 5–1000 字' }) summary!: string;
}

export class CompanyProfileDto {
  @ApiPropertyOptional({ maxLength: 5000 }) @OptionalText(5000, { tooLong: '公司介绍不超过 5000 字' }) introduction?: string;
  @ApiPropertyOptional({ type: [String], maxItems: 10, description: 'Domain names or codes' }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) domains?: string[];
  @ApiPropertyOptional({ type: [String], maxItems: 20, description: 'Capability names or codes' }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) capabilities?: string[];
  @ApiPropertyOptional({ example: '南山区', maxLength: 50 }) @OptionalText(50) district?: string;
  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 1900, example: 2016, description: 'Year founded, not after this year' })
  @IsOptional() @Type(() => Number) @IsInt({ message: '成立年份应为整数' }) @Min(1900, { message: '成立年份无效' })
  @Max(new Date().getFullYear(), { message: '成立年份不能晚于今年' })
  foundedYear?: number | null;
  @ApiPropertyOptional({ enum: HEADCOUNT_BANDS, nullable: true }) @IsOptional() @IsIn(HEADCOUNT_BANDS as unknown as string[], { message: '人员规模取值无效' })
  headcountBand?: string | null;
  @ApiPropertyOptional({ enum: COMPANY_TIERS, isArray: true }) @IsOptional() @IsArray()
  @IsIn(COMPANY_TIERS as unknown as string[], { each: true, message: '企业称号取值无效' })
  tiers?: string[];
  @ApiPropertyOptional({ type: [CertificationDto], maxItems: 30 }) @IsOptional() @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => CertificationDto)
  certifications?: CertificationDto[];
  @ApiPropertyOptional({ type: [ReferenceCaseDto], maxItems: 30 }) @IsOptional() @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => ReferenceCaseDto)
  cases?: ReferenceCaseDto[];
  @ApiPropertyOptional({ pattern: WEBSITE_OR_EMPTY.source, example: 'https://www.example.cn', description: 'Empty clears it' })
  @IsOptional() @Transform(trimText) @Matches(WEBSITE_OR_EMPTY, { message: '网址应以 http:// 或 https:// 开头' }) website?: string;
  @ApiPropertyOptional({ maxLength: 50, example: '李经理' }) @OptionalText(50) contactName?: string;
  @ApiPropertyOptional({ pattern: PHONE_OR_EMPTY.source, example: '0755-88880000', description: 'Empty clears it' })
  @IsOptional() @Transform(trimText) @Matches(PHONE_OR_EMPTY, { message: '联系电话格式不正确' }) contactPhone?: string;
  @ApiPropertyOptional({ pattern: EMAIL_OR_EMPTY.source, example: 'bd@example.cn', description: 'Empty clears it' })
  @IsOptional() @Transform(trimText) @Matches(EMAIL_OR_EMPTY, { message: '联系邮箱格式不正确' }) contactEmail?: string;
}

export class LaunchEventDto {
  @ApiProperty({ example: '2026 人工智能产品发布会（第一场）', minLength: 2, maxLength: 100 }) @RequiredText(2, 100, { notText: '请填写发布会名称', length: '名称应为 2–100 个字符' })
  title!: string;
  @ApiProperty({ type: String, format: 'date', example: '2026-12-18' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应为 YYYY-MM-DD' }) @IsISO8601({ strict: true }, { message: '日期无效，例如 2026-12-18' })
  heldOn!: string;
  @ApiPropertyOptional({ maxLength: 200, example: '南山区人工智能创新服务中心一楼报告厅' }) @OptionalText(200) venue?: string;
  @ApiPropertyOptional({ maxLength: 3000 }) @OptionalText(3000) description?: string;
}

export class AssignProductsDto {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 200, description: 'Submitted products (ids)' }) @IsArray({ message: '请选择产品' }) @ArrayMaxSize(200) @IsUUID('all', { each: true, message: '产品编号无效' })
  productIds!: string[];
}
