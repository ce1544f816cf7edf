import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, TOTP_DIGITS } from '@scenematch/contracts';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

const withoutSpaces = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value);
const CODE_PATTERN = new RegExp(`^\\d{${TOTP_DIGITS}}$`);
const CODE_MESSAGE = `请输入 ${TOTP_DIGITS} 位数字验证码`;

export class MfaCodeDto {
  @ApiProperty({ example: '123456', description: 'the current code of the authenticator app' })
  @Transform(withoutSpaces) @IsString({ message: CODE_MESSAGE }) @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;
}

/** Turning the second factor on: the code, and (from a signed-in session) the password again. */
export class MfaEnableDto extends MfaCodeDto {
  @ApiPropertyOptional({ description: 'required when enabling from a signed-in session (not during enrolment)' })
  @IsOptional() @IsString({ message: '请填写密码' }) @Length(1, PASSWORD_MAX_LENGTH, { message: '请填写密码' })
  password?: string;
}

/** A TOTP code or one recovery code; the service checks that exactly one is given. */
export class SecondFactorDto {
  @ApiPropertyOptional({ example: '123456' })
  @IsOptional() @Transform(withoutSpaces) @IsString({ message: CODE_MESSAGE }) @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code?: string;

  @ApiPropertyOptional({ example: '7KQ2M-XH9RP' })
  @IsOptional() @Transform(withoutSpaces) @IsString({ message: '请输入恢复码' }) @Length(10, 11, { message: '恢复码格式不正确' })
  recoveryCode?: string;
}

export class MfaVerifyDto extends SecondFactorDto {
  @ApiProperty()
  @IsString({ message: '缺少验证凭据，请重新登录' }) @Length(20, 2000, { message: '验证凭据格式不正确' })
  challengeToken!: string;
}

export class MfaDisableDto extends SecondFactorDto {
  @ApiProperty()
  @IsString({ message: '请填写密码' }) @Length(1, PASSWORD_MAX_LENGTH, { message: '请填写密码' })
  password!: string;
}
