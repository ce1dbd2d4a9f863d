import { Controller, Delete, Get, Header, HttpCode } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Authenticated, CurrentUser } from '@gilde/identity';
import { ErasureService } from './erasure.service';
import { PersonalDataExport, PersonalDataExportService } from './personal-data-export.service';
import { EXPORT_SCHEMA } from './export-schema';

/** GDPR export and erasure for every kind of account (interim managers and client users). */
@ApiTags('accounts')
@ApiBearerAuth()
@Controller('me')
export class AccountDataController {
  constructor(
    private readonly exporter: PersonalDataExportService,
    private readonly erasure: ErasureService,
  ) {}

  @Get('export')
  @Authenticated()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Everything stored about you, as JSON (GDPR Art. 15 and 20)',
    description:
      'One section per kind of data: account, sessions, memberships, notifications and ' +
      'preferences for everyone; the profile and its responses and contracts for an interim; what ' +
      'a client user did for their organisation (postings, decisions, invitations, contracts ' +
      "drafted, reviews written), without other people's details.",
  })
  @ApiResponse({ status: 200, schema: EXPORT_SCHEMA })
  export(@CurrentUser() user: AuthUser): Promise<PersonalDataExport> {
    return this.exporter.export(user);
  }

  @Delete()
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Erase your account and personal data (GDPR Art. 17)',
    description:
      "Personal data goes; an organisation's records (postings, decisions, contracts, audit " +
      'trail, reviews) stay with the pseudonymised account: no name, no e-mail address. You are ' +
      'signed out everywhere. 409 `last_admin` while you are the only admin of an ' +
      'organisation: make another member admin first.',
  })
  @ApiResponse({ status: 204 })
  async erase(@CurrentUser() user: AuthUser): Promise<void> {
    await this.erasure.erase(user);
  }
}
