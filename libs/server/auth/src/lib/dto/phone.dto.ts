import { ApiProperty } from '@nestjs/swagger';
import { normalisePhone, PASSWORD_MAX_LENGTH, phoneProblem } from '@scenematch/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsString, Length, Matches, registerDecorator, ValidationArguments } from 'class-validator';

/** A mainland mobile number, normalised to its 11 digits before validation when it is one. */
function IsCnMobile() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'cnMobile',
      target: object.constructor,
      propertyName,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^1[3-9]\d{9}$/.test(value),
        defaultMessage: (args: ValidationArguments) => phoneProblem(typeof args.value === 'string' ? args.value : '') ?? '手机号格式不正确',
      },
    });
}

const toNationalNumber = ({ value }: { value: unknown }) => (typeof value === 'string' ? (normalisePhone(value) ?? value.trim()) : value);

export class SmsSendDto {
  @ApiProperty({ example: '13800138000', description: '11-digit mainland mobile number; +86, spaces and dashes are accepted' })
  @Transform(toNationalNumber) @IsCnMobile()
  phone!: string;
}

export class SmsLoginDto extends SmsSendDto {
  @ApiProperty({ example: '123456' })
  @IsString({ message: '请填写验证码' }) @Matches(/^\d{6}$/, { message: '验证码为 6 位数字' })
  code!: string;
}

export class BindPhoneDto extends SmsLoginDto {
  @ApiProperty({ description: 'the current password: a borrowed session must not be enough to bind a number that signs in' })
  @IsString({ message: '请填写当前密码' }) @Length(1, PASSWORD_MAX_LENGTH, { message: '请填写当前密码' })
  password!: string;
}

export class SmsConsentDto {
  @ApiProperty({ description: 'true gives the consent to SMS notices (its time is recorded), false withdraws it' })
  @IsBoolean({ message: '请选择同意或撤回' })
  consent!: boolean;
}

export class WechatBindDto {
  @ApiProperty({ example: 'oZ3xY5Ab_cdEfGhIjKlMnOpQrStU', description: 'openid of the user under the service account' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: '请填写 openid' }) @Matches(/^[A-Za-z0-9_-]{16,64}$/, { message: 'openid 应为 16–64 位字母、数字、下划线或短横线' })
  openid!: string;
}
