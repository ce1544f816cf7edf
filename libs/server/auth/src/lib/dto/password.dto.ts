import { ApiProperty } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH } from '@scenematch/contracts';
import { IsString, Length, MaxLength } from 'class-validator';

/** The new password's policy (which needs the account's email) is checked by the service. */
export class ChangePasswordDto {
  @ApiProperty()
  @IsString({ message: '请填写当前密码' }) @Length(1, PASSWORD_MAX_LENGTH, { message: '请填写当前密码' })
  currentPassword!: string;

  @ApiProperty({ example: 'N3w#Passw0rd', minLength: 8 })
  @IsString({ message: '请填写新密码' }) @MaxLength(PASSWORD_MAX_LENGTH, { message: `密码不能超过 ${PASSWORD_MAX_LENGTH} 位` })
  newPassword!: string;
}
