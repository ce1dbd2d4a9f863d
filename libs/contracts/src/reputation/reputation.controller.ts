import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Authenticated, CurrentUser, OrganisationAccessService } from '@gilde/identity';
import { notFound, IdParamPipe } from '@gilde/kernel';
import { ClientReputationReader } from './client-reputation.reader';
import { ClientReputationView } from './reputation.view';

const uuid = IdParamPipe;

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations/:id/reputation')
export class ReputationController {
  constructor(
    private readonly reputation: ClientReputationReader,
    private readonly access: OrganisationAccessService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: "A client organisation's reputation among interims (interims, organisation members)",
  })
  @ApiResponse({ status: 200, type: ClientReputationView })
  async get(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
  ): Promise<ClientReputationView> {
    if (user.accountType === 'client') await this.access.require(user, id);
    const view = await this.reputation.forOrganisation(id);
    if (!view) throw notFound('Organisation');
    return view;
  }
}
