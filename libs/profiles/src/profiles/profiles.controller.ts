import { Body, Controller, Get, Header, Param, Put } from '@nestjs/common';
import { IdParamPipe } from '@gilde/kernel';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Authenticated, CurrentUser } from '@gilde/identity';
import { PutAvailabilityDto, PutProfileDto } from '../dto/profile.dto';
import {
  AvailabilityView,
  ClientProfileView,
  OwnProfileView,
  SavedProfileView,
} from '../dto/profile.view';
import { ProfilesService } from './profiles.service';

@ApiTags('interims')
@ApiBearerAuth()
@Controller('interims')
export class ProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  @Put('me/profile')
  @Authenticated('interim')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Create or replace your profile',
    description:
      'Skills are matched to the ESCO taxonomy (English or Dutch, synonyms, small typos); ' +
      'unknown names are kept as free text and reported in skillResolutions with suggestions. ' +
      'A credential sent unchanged keeps its verification; a new or changed one starts unverified.',
  })
  @ApiResponse({ status: 200, type: SavedProfileView })
  putProfile(@CurrentUser() user: AuthUser, @Body() dto: PutProfileDto): Promise<SavedProfileView> {
    return this.profiles.putProfile(user, dto);
  }

  @Get('me/profile')
  @Authenticated('interim')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Your profile, with credential verification states' })
  @ApiResponse({ status: 200, type: OwnProfileView })
  getOwn(@CurrentUser() user: AuthUser): Promise<OwnProfileView> {
    return this.profiles.getOwn(user);
  }

  @Put('me/availability')
  @Authenticated('interim')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Replace your availability calendar',
    description: 'Periods of hours per week; at most 52, none overlapping.',
  })
  @ApiResponse({ status: 200, type: AvailabilityView })
  putAvailability(
    @CurrentUser() user: AuthUser,
    @Body() dto: PutAvailabilityDto,
  ): Promise<AvailabilityView> {
    return this.profiles.putAvailability(user, dto);
  }

  @Get(':id')
  @Authenticated('client')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'An interim profile as clients see it',
    description:
      'Includes the day-rate band. Contact data (e-mail, KvK, VAT) only once the interim ' +
      'responded to an assignment of your organisation. Hidden profiles are not found.',
  })
  @ApiResponse({ status: 200, type: ClientProfileView })
  getForClient(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
  ): Promise<ClientProfileView> {
    return this.profiles.getForClient(user, id);
  }
}
