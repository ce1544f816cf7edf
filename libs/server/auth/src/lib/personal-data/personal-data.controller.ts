import { Body, Controller, Header } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, PersonalDataExport } from '@scenematch/contracts';
import { ActionRoute, Actor, CurrentActor, ReadRoute, ReqMeta, RequestMeta } from '@scenematch/server-common';
import { IsString, Length } from 'class-validator';
import { PersonalDataService } from './personal-data.service';

export class EraseAccountDto {
  @ApiProperty({ description: 'the current password, to confirm' })
  @IsString({ message: '请输入当前密码' }) @Length(1, PASSWORD_MAX_LENGTH, { message: '请输入当前密码' })
  password!: string;
}

@ApiTags('auth')
@Controller('me')
export class PersonalDataController {
  constructor(private readonly personalData: PersonalDataService) {}

  @Header('Content-Disposition', 'attachment; filename="personal-data.json"')
  @ReadRoute('personal-data', { summary: 'A copy of the personal information the platform holds about the caller (JSON)', ok: 'PersonalDataExport', description: 'The copy, as a JSON attachment (personal-data.json)' })
  export(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<PersonalDataExport> {
    return this.personalData.export(actor, meta);
  }

  @ActionRoute('erasure', { summary: "Delete the caller's personal information and close the account (password confirms)", noContent: true, description: 'Erased; the account is closed', errors: [{ 409: 'The account cannot be erased yet (it is the last admin, say)' }] })
  async erase(@CurrentActor() actor: Actor, @Body() dto: EraseAccountDto, @ReqMeta() meta: RequestMeta): Promise<void> {
    await this.personalData.erase(actor, dto.password, meta);
  }
}
