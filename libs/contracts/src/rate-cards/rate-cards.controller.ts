import { Body, Controller, Get, Ip, Param, Put, Query } from '@nestjs/common';
import { IdParamPipe } from '@gilde/kernel';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Authenticated, CurrentUser } from '@gilde/identity';
import {
  ContractDetailsView,
  FlagsQuery,
  PutContractDetailsDto,
  PutRateCardDto,
  RateCardView,
  RateFlagsView,
} from './rate-card.dto';
import { RateCardsService } from './rate-cards.service';

const uuid = IdParamPipe;

@ApiTags('procurement')
@ApiBearerAuth()
@Controller()
export class RateCardsController {
  constructor(private readonly rateCards: RateCardsService) {}

  @Get('organisations/:id/rate-card')
  @Authenticated('client')
  @ApiOperation({ summary: "The organisation's rate card (organisation members)" })
  @ApiResponse({ status: 200, type: RateCardView })
  get(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string): Promise<RateCardView> {
    return this.rateCards.get(user, id);
  }

  @Put('organisations/:id/rate-card')
  @Authenticated('client')
  @ApiOperation({
    summary: 'Replace the rate card: maximum day rate per assignment kind (and seniority)',
    description: 'Organisation admins and procurement. Assignments above the card are flagged.',
  })
  @ApiResponse({ status: 200, type: RateCardView })
  put(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() dto: PutRateCardDto,
    @Ip() ip: string,
  ): Promise<RateCardView> {
    return this.rateCards.put(user, id, dto, ip ?? null);
  }

  @Get('organisations/:id/contract-details')
  @Authenticated('client')
  @ApiOperation({ summary: 'The client details printed on contracts (VAT number, address)' })
  @ApiResponse({ status: 200, type: ContractDetailsView })
  getDetails(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
  ): Promise<ContractDetailsView> {
    return this.rateCards.getDetails(user, id);
  }

  @Put('organisations/:id/contract-details')
  @Authenticated('client')
  @ApiOperation({ summary: 'Set the client details printed on contracts (admins, procurement)' })
  @ApiResponse({ status: 200, type: ContractDetailsView })
  putDetails(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() dto: PutContractDetailsDto,
    @Ip() ip: string,
  ): Promise<ContractDetailsView> {
    return this.rateCards.putDetails(user, id, dto, ip ?? null);
  }

  @Get('procurement/flags')
  @Authenticated('client')
  @ApiOperation({
    summary: 'Assignments and contracts above the rate card (procurement, admins)',
  })
  @ApiResponse({ status: 200, type: RateFlagsView })
  flags(@CurrentUser() user: AuthUser, @Query() query: FlagsQuery): Promise<RateFlagsView> {
    return this.rateCards.flags(user, query.organisationId);
  }
}
