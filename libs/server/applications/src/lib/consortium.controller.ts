import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ConsortiumInvitationView } from '@scenematch/contracts';
import { ActionRoute, Actor, CurrentActor, ReadRoute, ReqMeta, RequestMeta, uuidOrNotFound } from '@scenematch/server-common';
import { ConsortiumDeclineDto } from './application.dto';
import { ConsortiumService } from './consortium.service';

const uuid = uuidOrNotFound('联合体邀请不存在或无权查看');

@ApiTags('applications')
@Controller()
export class ConsortiumController {
  constructor(private readonly consortia: ConsortiumService) {}

  @ReadRoute('me/consortium-invitations', { roles: ['enterprise'], summary: 'Bids this company is named in as a consortium member, with its answer and, where it cannot accept, why (§37)', list: 'ConsortiumInvitationView' })
  invitations(@CurrentActor() actor: Actor): Promise<ConsortiumInvitationView[]> {
    return this.consortia.invitations(actor);
  }

  @ActionRoute('consortium-invitations/:applicationId/accept', { roles: ['enterprise'], summary: 'Accept a place in the bid’s consortium (409 with the reason where §37 forbids it)', emptyBody: true, ok: 'ConsortiumInvitationView', errors: [{ 409: 'The company cannot join this consortium (§37), or the bid can no longer change' }] })
  accept(@Param('applicationId', uuid) applicationId: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ConsortiumInvitationView> {
    return this.consortia.respond(applicationId, 'accept', actor, meta);
  }

  @ActionRoute('consortium-invitations/:applicationId/decline', { roles: ['enterprise'], summary: 'Decline (or leave, while the bid is a draft) the bid’s consortium', ok: 'ConsortiumInvitationView', errors: [{ 409: 'The bid can no longer change' }] })
  decline(@Param('applicationId', uuid) applicationId: string, @Body() dto: ConsortiumDeclineDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<ConsortiumInvitationView> {
    return this.consortia.respond(applicationId, 'decline', actor, meta, dto.reason);
  }
}
