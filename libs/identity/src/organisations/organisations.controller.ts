import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { IdParamPipe } from '@gilde/kernel';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../access/auth-user';
import { Authenticated, CurrentUser, RequiresVerifiedEmail } from '../access/access.decorators';
import {
  CreateInvitationDto,
  CreateOrganisationDto,
  InvitationView,
  MeView,
  OrganisationView,
} from '../dto/organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'The caller, with organisation memberships and roles' })
  @ApiResponse({ status: 200, type: MeView })
  me(@CurrentUser() user: AuthUser): Promise<MeView> {
    return this.organisations.me(user);
  }

  @Post('organisations')
  @RequiresVerifiedEmail()
  @Authenticated('client')
  @ApiOperation({
    summary: 'Create an organisation; the caller becomes its admin and hiring manager',
  })
  @ApiResponse({ status: 201, type: OrganisationView })
  create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateOrganisationDto,
  ): Promise<OrganisationView> {
    return this.organisations.create(user, dto);
  }

  @Post('organisations/:id/invitations')
  @RequiresVerifiedEmail()
  @Authenticated('client')
  @ApiOperation({ summary: 'Invite a colleague in a role (organisation admins)' })
  @ApiResponse({ status: 201, type: InvitationView })
  invite(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: CreateInvitationDto,
  ): Promise<InvitationView> {
    return this.organisations.invite(user, id, dto);
  }

  @Post('invitations/:token/accept')
  @Authenticated('client')
  @HttpCode(200)
  @ApiOperation({ summary: 'Join an organisation with an invitation token' })
  @ApiResponse({ status: 200, type: OrganisationView })
  accept(@CurrentUser() user: AuthUser, @Param('token') token: string): Promise<OrganisationView> {
    return this.organisations.accept(user, token.slice(0, 200));
  }
}
