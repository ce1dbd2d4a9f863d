import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, PlatformAdminOnly } from '@gilde/identity';
import { Page, IdParamPipe } from '@gilde/kernel';
import {
  AdminCredentialPage,
  AdminCredentialView,
  CredentialListQuery,
} from '../dto/credential-admin.dto';
import { CredentialsService } from './credentials.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/credentials')
export class CredentialsAdminController {
  constructor(private readonly credentials: CredentialsService) {}

  @Get()
  @PlatformAdminOnly()
  @ApiOperation({ summary: 'Credentials to review, oldest first (platform admins)' })
  @ApiResponse({ status: 200, type: AdminCredentialPage })
  list(@Query() query: CredentialListQuery): Promise<Page<AdminCredentialView>> {
    return this.credentials.list(query);
  }

  @Post(':id/verify')
  @PlatformAdminOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a credential verified (platform admins)' })
  @ApiResponse({ status: 200, type: AdminCredentialView })
  @ApiResponse({ status: 409, description: 'Already verified, or expired' })
  verify(
    @CurrentUser() admin: AuthUser,
    @Param('id', IdParamPipe) id: string,
  ): Promise<AdminCredentialView> {
    return this.credentials.verify(admin, id);
  }

  @Post(':id/suspend')
  @PlatformAdminOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Suspend a credential (platform admins)' })
  @ApiResponse({ status: 200, type: AdminCredentialView })
  @ApiResponse({ status: 409, description: 'Already suspended' })
  suspend(
    @CurrentUser() admin: AuthUser,
    @Param('id', IdParamPipe) id: string,
  ): Promise<AdminCredentialView> {
    return this.credentials.suspend(admin, id);
  }
}
