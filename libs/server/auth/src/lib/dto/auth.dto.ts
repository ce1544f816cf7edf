import { ApiProperty } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, passwordProblems } from '@scenematch/contracts';
import { RequiredText } from '@scenematch/server-common';
import { NewOrganisationDto } from '@scenematch/server-organisations';
import { Transform, Type } from 'class-transformer';
import {
  Equals,
  IsDefined,
  IsEmail,
  IsString,
  Length,
  MaxLength,
  registerDecorator,
  ValidateNested,
  ValidationArguments,
} from 'class-validator';

const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** The email in the same payload, when it is one (junk must fail validation, not crash it). */
function emailOf(args: ValidationArguments): string | undefined {
  const email = (args.object as { email?: unknown }).email;
  return typeof email === 'string' ? email : undefined;
}

/** The shared password policy, checked against the email in the same payload. */
function MeetsPasswordPolicy() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'passwordPolicy',
      target: object.constructor,
      propertyName,
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value === 'string' && passwordProblems(value, emailOf(args)).length === 0,
        defaultMessage: (args: ValidationArguments) =>
          typeof args.value === 'string'
            ? passwordProblems(args.value, emailOf(args)).join('；')
            : '请填写密码',
      },
    });
}

export class RegisterDto {
  @ApiProperty({ example: 'zhang.wei@example.cn' })
  @Transform(trimLower) @IsEmail({}, { message: '邮箱格式不正确' }) @MaxLength(254, { message: '邮箱过长' })
  email!: string;

  @ApiProperty({ format: 'password', example: 'Str0ng#Passw0rd', minLength: 8 })
  @IsString({ message: '请填写密码' }) @MaxLength(PASSWORD_MAX_LENGTH) @MeetsPasswordPolicy()
  password!: string;

  @ApiProperty({ example: '张伟' })
  @RequiredText(1, 50, { notText: '请填写姓名', length: '姓名应为 1–50 个字符' })
  displayName!: string;

  @ApiProperty({ type: NewOrganisationDto })
  @IsDefined({ message: '请填写机构信息' }) @ValidateNested() @Type(() => NewOrganisationDto)
  organisation!: NewOrganisationDto;

  @ApiProperty({ description: 'consent to the privacy notice (/privacy) in force; its version and time are recorded', example: true })
  @Equals(true, { message: '请阅读并同意《隐私政策》' })
  privacyConsent!: boolean;
}

export class LoginDto {
  // Examples are placeholders: never a working account (the demo accounts are in the README).
  @ApiProperty({ example: 'zhang.wei@example.cn' })
  @Transform(trimLower) @IsEmail({}, { message: '邮箱格式不正确' }) @MaxLength(254)
  email!: string;

  @ApiProperty({ format: 'password', example: 'your-password' })
  @IsString({ message: '请填写密码' }) @Length(1, PASSWORD_MAX_LENGTH, { message: '请填写密码' })
  password!: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString({ message: '缺少刷新令牌' }) @Length(10, 200, { message: '刷新令牌格式不正确' })
  refreshToken!: string;
}
