import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOrganisationView, AdminUserView, OrganisationSummary, Page } from '@scenematch/contracts';
import { Actor, ApiErrors, ApiOk, ApiOkPage, CurrentActor, PageQueryDto, ReqMeta, RequestMeta, Roles, uuidOrNotFound } from '@scenematch/server-common';
import { AdminOrganisationQueryDto, AdminUserQueryDto, DisableUserDto, RejectOrganisationDto } from './account-admin.dto';
import { AccountAdminService } from './account-admin.service';

const organisationId = uuidOrNotFound('机构不存在');
const userId = uuidOrNotFound('用户不存在');

/** Users: the admin only. Organisations: the admin, and organisers for the verification queue. */
@ApiTags('admin')
@Controller()
export class AccountAdminController {
  constructor(private readonly admin: AccountAdminService) {}

  @Get('admin/users')
  @Roles('admin')
  @ApiOperation({ summary: 'Users, searchable by e-mail or name, role, organisation and status' })
  @ApiOkPage('AdminUserView')
  users(@Query() query: AdminUserQueryDto): Promise<Page<AdminUserView>> {
    return this.admin.users(query);
  }

  @Post('admin/users/:id/disable')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Disable a user (reason required): every session ends at once, sign-in refused' })
  @ApiOk('AdminUserView')
  @ApiErrors({ 409: 'Already disabled, or the admin themself' })
  disable(@Param('id', userId) id: string, @Body() dto: DisableUserDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<AdminUserView> {
    return this.admin.disable(id, dto.reason, actor, meta);
  }

  @Post('admin/users/:id/enable')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Enable a disabled user again' })
  @ApiOk('AdminUserView')
  @ApiErrors({ 409: 'Not disabled, or erased' })
  enable(@Param('id', userId) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<AdminUserView> {
    return this.admin.enable(id, actor, meta);
  }

  @Post('admin/users/:id/mfa/reset')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: "Reset a user's second factor (lost authenticator): switched off, every session ends" })
  @ApiOk('AdminUserView')
  @ApiErrors({ 409: 'The user has no second factor' })
  resetSecondFactor(@Param('id', userId) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<AdminUserView> {
    return this.admin.resetSecondFactor(id, actor, meta);
  }

  @Get('admin/organisations')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Organisations by name or USCC, type and verification status (pending: the queue, oldest first)' })
  @ApiOkPage('AdminOrganisationView')
  organisations(@Query() query: AdminOrganisationQueryDto): Promise<Page<AdminOrganisationView>> {
    return this.admin.organisationList(query);
  }

  @Get('admin/organisations/:id/members')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'The users of an organisation (who registered it, who would be told)' })
  @ApiOkPage('AdminUserView')
  members(@Param('id', organisationId) id: string, @Query() query: PageQueryDto): Promise<Page<AdminUserView>> {
    return this.admin.members(id, query);
  }

  @Post('organisations/:id/verify')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Mark an organisation verified after checking its USCC; its users are told' })
  @ApiOk('OrganisationSummary')
  @ApiErrors({ 409: 'Already verified' })
  verify(@Param('id', organisationId) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<OrganisationSummary> {
    return this.admin.verifyOrganisation(id, actor, meta);
  }

  @Post('organisations/:id/reject')
  @HttpCode(200)
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Reject the verification of an organisation with a reason; its users are told' })
  @ApiOk('OrganisationSummary')
  @ApiErrors({ 409: 'Already verified or rejected' })
  reject(@Param('id', organisationId) id: string, @Body() dto: RejectOrganisationDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<OrganisationSummary> {
    return this.admin.rejectOrganisation(id, dto.reason, actor, meta);
  }
}
