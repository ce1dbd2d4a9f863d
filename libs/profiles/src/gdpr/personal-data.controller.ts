import { Controller, Delete, Get, Header, HttpCode } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Authenticated, CurrentUser } from '@gilde/identity';
import { ErasureService } from './erasure.service';
import { EXPORT_SCHEMA } from './export-schema';
import { PersonalDataExport, PersonalDataExportService } from './personal-data-export.service';

@ApiTags('interims')
@ApiBearerAuth()
@Controller('interims/me')
export class PersonalDataController {
  constructor(
    private readonly exporter: PersonalDataExportService,
    private readonly erasure: ErasureService,
  ) {}

  @Get('export')
  @Authenticated('interim')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Everything stored about you, as JSON (GDPR Art. 15 and 20)',
    description:
      'One section per kind of data: account, sessions, profile, skills, availability, credentials, ' +
      'responses, invitations received, matches, notifications, preferences, contracts.',
  })
  @ApiResponse({ status: 200, schema: EXPORT_SCHEMA })
  export(@CurrentUser() user: AuthUser): Promise<PersonalDataExport> {
    return this.exporter.export(user);
  }

  @Delete()
  @Authenticated('interim')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Erase your personal data (GDPR Art. 17)',
    description:
      'Deletes profile, skills, availability and credentials, empties response texts and ' +
      'pseudonymises the account; contracts keep the pseudonymous party. You are signed out everywhere.',
  })
  @ApiResponse({ status: 204 })
  async erase(@CurrentUser() user: AuthUser): Promise<void> {
    await this.erasure.erase(user);
  }
}
