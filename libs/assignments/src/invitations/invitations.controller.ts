import { Body, Controller, Param, Post } from '@nestjs/common';
import { IdParamPipe } from '@gilde/kernel';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Authenticated, CurrentUser, RequiresVerifiedEmail } from '@gilde/identity';
import { AssignmentInvitationView, InviteInterimDto } from '../dto/invitation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('assignments')
@ApiBearerAuth()
@Controller('assignments/:id/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @RequiresVerifiedEmail()
  @Authenticated('client')
  @ApiOperation({
    summary: 'Invite an interim manager to respond to a published assignment (hiring managers)',
    description: 'Once per interim manager (409 on a second); writes assignment.invitation_sent.',
  })
  @ApiResponse({ status: 201, type: AssignmentInvitationView })
  invite(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: InviteInterimDto,
  ): Promise<AssignmentInvitationView> {
    return this.invitations.invite(user, id, dto);
  }
}
