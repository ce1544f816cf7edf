import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConsortiumInvitationView } from '@scenematch/contracts';
import { Actor, ApiEmptyBody, ApiErrors, ApiOk, ApiOkList, CurrentActor, ReqMeta, RequestMeta, Roles, uuidOrNotFound } from '@scenematch/server-common';
import { ConsortiumDeclineDto } from './application.dto';
import { ConsortiumService } from './consortium.service';

const uuid = uuidOrNotFound('联合体邀请不存在或无权查看');

@ApiTags('applications')
@Controller()
export class ConsortiumController {
  constructor(private readonly consortia: ConsortiumService) {}

  @Get('me/consortium-invitations')
  @Roles('enterprise')
  @ApiOperation({ summary: 'Bids this company is named in as a consortium member, with its answer and, where it cannot accept, why (§37)' })
  @ApiOkList('ConsortiumInvitationView')
  invitations(@CurrentActor() actor: Actor): Promise<ConsortiumInvitationView[]> {
    return this.consortia.invitations(actor);
  }

  @Post('consortium-invitations/:applicationId/accept')
  @HttpCode(200)
  @Roles('enterprise')
  @ApiOperation({ summary: 'Accept a place in the bid’s consortium (409 with the reason where §37 forbids it)' })
  @ApiEmptyBody()
  @ApiOk('ConsortiumInvitationView')
  @ApiErrors({ 409: 'The company cannot join this consortium (§37), or the bid can no longer change' })
  accept(@Param('applicationId', uuid) applicationId: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ConsortiumInvitationView> {
    return this.consortia.respond(applicationId, 'accept', actor, meta);
  }

  @Post('consortium-invitations/:applicationId/decline')
  @HttpCode(200)
  @Roles('enterprise')
  @ApiOperation({ summary: 'Decline (or leave, while the bid is a draft) the bid’s consortium' })
  @ApiOk('ConsortiumInvitationView')
  @ApiErrors({ 409: 'The bid can no longer change' })
  decline(@Param('applicationId', uuid) applicationId: string, @Body() dto: ConsortiumDeclineDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ConsortiumInvitationView> {
    return this.consortia.respond(applicationId, 'decline', actor, meta, dto.reason);
  }
}
