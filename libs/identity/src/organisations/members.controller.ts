import { Body, Controller, Delete, Get, HttpCode, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IdParamPipe } from '@gilde/kernel';
import { AuthUser } from '../access/auth-user';
import { Authenticated, CurrentUser } from '../access/access.decorators';
import { MemberView, PendingInvitationView, UpdateMemberRolesDto } from '../dto/members.dto';
import { MembersService } from './members.service';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations/:id')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get('members')
  @Authenticated('client')
  @ApiOperation({ summary: "The organisation's members and their roles (any member)" })
  @ApiResponse({ status: 200, type: [MemberView] })
  list(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<MemberView[]> {
    return this.members.list(user, id);
  }

  @Patch('members/:userId')
  @Authenticated('client')
  @ApiOperation({
    summary: "Set a member's roles (organisation admins)",
    description: '409 `last_admin` when the organisation would be left without an admin.',
  })
  @ApiResponse({ status: 200, type: MemberView })
  changeRoles(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Param('userId', IdParamPipe) userId: string,
    @Body() dto: UpdateMemberRolesDto,
  ): Promise<MemberView> {
    return this.members.changeRoles(user, id, userId, dto.roles);
  }

  @Delete('members/:userId')
  @Authenticated('client')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove a member (organisation admins), or leave (a member, for themselves)',
    description:
      "The person's access to the organisation ends at once: their next request for it answers " +
      '404 and their open live streams close. What they made stays with the organisation. ' +
      '409 `last_admin` for the only admin.',
  })
  @ApiResponse({ status: 204 })
  async remove(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Param('userId', IdParamPipe) userId: string,
  ): Promise<void> {
    await this.members.remove(user, id, userId);
  }

  @Get('invitations')
  @Authenticated('client')
  @ApiOperation({ summary: 'Invitations not yet accepted or expired (organisation admins)' })
  @ApiResponse({ status: 200, type: [PendingInvitationView] })
  invitations(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
  ): Promise<PendingInvitationView[]> {
    return this.members.pendingInvitations(user, id);
  }

  @Delete('invitations/:invitationId')
  @Authenticated('client')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Revoke a pending invitation (organisation admins); its link stops working',
    description: '409 `invitation_used` when it was already accepted.',
  })
  @ApiResponse({ status: 204 })
  async revoke(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Param('invitationId', IdParamPipe) invitationId: string,
  ): Promise<void> {
    await this.members.revokeInvitation(user, id, invitationId);
  }
}
