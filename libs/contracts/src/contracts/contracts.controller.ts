import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Ip,
  Param,
  Patch,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuthUser, Authenticated, CurrentUser, RequiresVerifiedEmail } from '@gilde/identity';
import { PageQuery, IdParamPipe } from '@gilde/kernel';
import { ContractRecordsService } from '../audit/contract-records.service';
import { ContractDownloadsService } from '../documents/contract-downloads.service';
import { ContractLifecycleService, RequestOrigin } from './contract-lifecycle.service';
import {
  CreateContractDto,
  ExportQuery,
  ExtendContractDto,
  ListContractsQuery,
  TerminateContractDto,
  UpdateContractDto,
} from './contract.dto';
import {
  AuditPageView,
  ContractForInterimView,
  ContractPageView,
  ContractView,
  ContractWithWarningsView,
} from './contract.view';
import { ContractsService } from './contracts.service';

const uuid = IdParamPipe;
const ROLE_VIEW_SCHEMA = {
  oneOf: [{ $ref: getSchemaPath(ContractView) }, { $ref: getSchemaPath(ContractForInterimView) }],
};
const ROLE_VIEWS =
  'Members of the organisation get ContractView (with the rate-card check); the interim manager ' +
  'gets ContractForInterimView (what the contract document states).';

function origin(ip: string | undefined, userAgent: string | undefined): RequestOrigin {
  return { ip: ip ?? null, userAgent: userAgent ?? null };
}

@ApiTags('contracts')
@ApiBearerAuth()
@ApiExtraModels(ContractView, ContractForInterimView)
@Controller('contracts')
export class ContractsController {
  constructor(
    private readonly contracts: ContractsService,
    private readonly lifecycle: ContractLifecycleService,
    private readonly downloads: ContractDownloadsService,
    private readonly records: ContractRecordsService,
  ) {}

  @Post()
  @Authenticated('client')
  @ApiOperation({
    summary: 'Draft a contract from a selected response (procurement)',
    description:
      'A day rate above the rate card needs rateJustification (400 without it); the answer carries warnings.',
  })
  @ApiResponse({ status: 201, type: ContractWithWarningsView })
  create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateContractDto,
    @Ip() ip: string,
  ): Promise<ContractWithWarningsView> {
    return this.contracts.create(user, dto, ip ?? null);
  }

  @Get()
  @Authenticated()
  @ApiOperation({
    summary:
      "An organisation's contracts (procurement, hiring managers), or the caller's own (interims)",
    description: ROLE_VIEWS,
  })
  @ApiResponse({ status: 200, type: ContractPageView })
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListContractsQuery,
  ): Promise<ContractPageView> {
    return this.contracts.list(user, query);
  }

  @Get('export.csv')
  @Authenticated('client')
  @ApiOperation({ summary: "The organisation's contracts as CSV (procurement)" })
  @ApiProduces('text/csv')
  async exportCsv(
    @CurrentUser() user: AuthUser,
    @Query() query: ExportQuery,
    @Ip() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const csv = await this.records.exportCsv(user, query.organisationId, ip ?? null);
    void reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="contracts.csv"')
      .header('Cache-Control', 'no-store');
    return csv;
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({
    summary: 'One contract (procurement, hiring managers; the interim once sent)',
    description: ROLE_VIEWS,
  })
  @ApiResponse({ status: 200, schema: ROLE_VIEW_SCHEMA })
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
  ): Promise<ContractView | ContractForInterimView> {
    return this.contracts.get(user, id);
  }

  @Patch(':id')
  @Authenticated()
  @ApiOperation({
    summary: 'Edit a draft, sent or accepted contract',
    description:
      'Procurement edits every field; hiring managers only dates, hours and place of work. ' +
      'Editing a sent or accepted contract returns it to draft and voids the acceptances: ' +
      'procurement sends the new revision and the interim accepts again.',
  })
  @ApiResponse({ status: 200, type: ContractWithWarningsView })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() dto: UpdateContractDto,
    @Ip() ip: string,
  ): Promise<ContractWithWarningsView> {
    return this.contracts.update(user, id, dto, ip ?? null);
  }

  @Post(':id/send')
  @Authenticated('client')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send to the interim (procurement): draft → sent' })
  @ApiResponse({ status: 200, type: ContractView })
  send(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Ip() ip: string,
    @Headers('user-agent') ua: string,
  ): Promise<ContractView> {
    return this.lifecycle.send(user, id, origin(ip, ua));
  }

  @Post(':id/accept')
  @RequiresVerifiedEmail()
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept (the interim of the contract): sent → accepted',
    description: 'Records who, when, the IP address and the SHA-256 of the document accepted.',
  })
  @ApiResponse({ status: 200, type: ContractForInterimView })
  accept(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Ip() ip: string,
    @Headers('user-agent') ua: string,
  ): Promise<ContractForInterimView> {
    return this.lifecycle.accept(user, id, origin(ip, ua));
  }

  @Post(':id/countersign')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Countersign (procurement): accepted → active' })
  @ApiResponse({ status: 200, type: ContractView })
  countersign(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Ip() ip: string,
    @Headers('user-agent') ua: string,
  ): Promise<ContractView> {
    return this.lifecycle.countersign(user, id, origin(ip, ua));
  }

  @Post(':id/complete')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Complete (procurement or hiring manager): active → completed' })
  @ApiResponse({ status: 200, type: ContractView })
  complete(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Ip() ip: string,
    @Headers('user-agent') ua: string,
  ): Promise<ContractView> {
    return this.lifecycle.complete(user, id, origin(ip, ua));
  }

  @Post(':id/terminate')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Terminate with a reason (procurement)' })
  @ApiResponse({ status: 200, type: ContractView })
  terminate(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() dto: TerminateContractDto,
    @Ip() ip: string,
    @Headers('user-agent') ua: string,
  ): Promise<ContractView> {
    return this.lifecycle.terminate(user, id, dto, origin(ip, ua));
  }

  @Post(':id/extend')
  @Authenticated()
  @ApiOperation({
    summary: 'Extend an active contract (procurement): drafts a new version',
    description:
      'The new version restates the contract with a later end date and needs a fresh DBA check; ' +
      'once countersigned it supersedes the active version.',
  })
  @ApiResponse({ status: 201, type: ContractWithWarningsView })
  extend(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() dto: ExtendContractDto,
    @Ip() ip: string,
    @Headers('user-agent') ua: string,
  ): Promise<ContractWithWarningsView> {
    return this.lifecycle.extend(user, id, dto, origin(ip, ua));
  }

  @Get(':id/document')
  @Authenticated()
  @ApiOperation({
    summary: 'The contract as PDF (parties); ETag is the SHA-256 of the bytes',
  })
  @ApiProduces('application/pdf')
  async document(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Ip() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const doc = await this.downloads.document(user, id, ip ?? null);
    void reply.header('ETag', `"${doc.sha256}"`).header('Cache-Control', 'no-store');
    return new StreamableFile(doc.content, {
      type: 'application/pdf',
      disposition: `attachment; filename="${doc.filename}"`,
      length: doc.content.length,
    });
  }

  @Get(':id/audit')
  @Authenticated('client')
  @ApiOperation({ summary: 'Every recorded step of the contract, who and when (procurement)' })
  @ApiResponse({ status: 200, type: AuditPageView })
  audit(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Query() query: PageQuery,
  ): Promise<AuditPageView> {
    return this.records.audit(user, id, query);
  }
}
