import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AdminOrganisationView, AdminUserView, OrganisationSummary, Page } from '@scenematch/contracts';
import { ActionRoute, Actor, CurrentActor, PageQueryDto, ReadRoute, ReqMeta, RequestMeta, uuidOrNotFound } from '@scenematch/server-common';
import { AdminOrganisationQueryDto, AdminUserQueryDto, DisableUserDto, RejectOrganisationDto } from './account-admin.dto';
import { AccountAdminService } from './account-admin.service';

const organisationId = uuidOrNotFound('机构不存在');
const userId = uuidOrNotFound('用户不存在');

/** Users: the admin only. Organisations: the admin, and organisers for the verification queue. */
@ApiTags('admin')
@Controller()
export class AccountAdminController {
  constructor(private readonly admin: AccountAdminService) {}

  @ReadRoute('admin/users', { roles: ['admin'], summary: 'Users, searchable by e-mail or name, role, organisation and status', page: 'AdminUserView' })
  users(@Query() query: AdminUserQueryDto): Promise<Page<AdminUserView>> {
    return this.admin.users(query);
  }

  @ActionRoute('admin/users/:id/disable', { roles: ['admin'], summary: 'Disable a user (reason required): every session ends at once, sign-in refused', ok: 'AdminUserView', errors: [{ 409: 'Already disabled, or the admin themself' }] })
  disable(@Param('id', userId) id: string, @Body() dto: DisableUserDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<AdminUserView> {
    return this.admin.disable(id, dto.reason, actor, meta);
  }

  @ActionRoute('admin/users/:id/enable', { roles: ['admin'], summary: 'Enable a disabled user again', ok: 'AdminUserView', errors: [{ 409: 'Not disabled, or erased' }] })
  enable(@Param('id', userId) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<AdminUserView> {
    return this.admin.enable(id, actor, meta);
  }

  @ActionRoute('admin/users/:id/mfa/reset', { roles: ['admin'], summary: "Reset a user's second factor (lost authenticator): switched off, every session ends", ok: 'AdminUserView', errors: [{ 409: 'The user has no second factor' }] })
  resetSecondFactor(@Param('id', userId) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<AdminUserView> {
    return this.admin.resetSecondFactor(id, actor, meta);
  }

  @ReadRoute('admin/organisations', { roles: ['organiser', 'admin'], summary: 'Organisations by name or USCC, type and verification status (pending: the queue, oldest first)', page: 'AdminOrganisationView' })
  organisations(@Query() query: AdminOrganisationQueryDto): Promise<Page<AdminOrganisationView>> {
    return this.admin.organisationList(query);
  }

  @ReadRoute('admin/organisations/:id/members', { roles: ['organiser', 'admin'], summary: 'The users of an organisation (who registered it, who would be told)', page: 'AdminUserView' })
  members(@Param('id', organisationId) id: string, @Query() query: PageQueryDto): Promise<Page<AdminUserView>> {
    return this.admin.members(id, query);
  }

  @ActionRoute('organisations/:id/verify', { roles: ['organiser', 'admin'], summary: 'Mark an organisation verified after checking its USCC; its users are told', ok: 'OrganisationSummary', errors: [{ 409: 'Already verified' }] })
  verify(@Param('id', organisationId) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<OrganisationSummary> {
    return this.admin.verifyOrganisation(id, actor, meta);
  }

  @ActionRoute('organisations/:id/reject', { roles: ['organiser', 'admin'], summary: 'Reject the verification of an organisation with a reason; its users are told', ok: 'OrganisationSummary', errors: [{ 409: 'Already verified or rejected' }] })
  reject(@Param('id', organisationId) id: string, @Body() dto: RejectOrganisationDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<OrganisationSummary> {
    return this.admin.rejectOrganisation(id, dto.reason, actor, meta);
  }
}
