import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '@gilde/identity';
import { apiError, notFound } from '@gilde/kernel';
import { ContractErrors } from '../contracts.errors';
import { recordAudit } from '../audit/audit-log';
import { ContractAccessService } from '../contracts/contract-access.service';
import { ContractDocumentsService } from './contract-documents.service';

export interface DownloadedDocument {
  content: Buffer;
  sha256: string;
  filename: string;
}

/**
 * The parties download the stored document of the current revision: the bytes they accepted.
 * A draft is only a preview, for the client side. Every download is audit-logged (who, when,
 * from where), because the document carries both parties' details.
 */
@Injectable()
export class ContractDownloadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contractAccess: ContractAccessService,
    private readonly documents: ContractDocumentsService,
  ) {}

  async document(user: AuthUser, id: string, ip: string | null): Promise<DownloadedDocument> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.contractAccess.load(manager, id);
      const viewer = await this.contractAccess.viewer(user, c, manager);
      let doc = await this.documents.stored(manager, c);
      let preview = false;
      if (!doc) {
        if (c.status !== 'draft') throw notFound('Contract document');
        if (viewer.side === 'interim') {
          throw apiError(
            409,
            ContractErrors.contract_being_revised,
            'This contract is being revised; you will receive the new version to accept.',
          );
        }
        doc = await this.documents.preview(manager, c);
        preview = true;
      }
      await recordAudit(manager, {
        organisationId: c.organisationId,
        actorId: user.id,
        entityType: 'contract',
        entityId: c.id,
        action: preview ? 'draft_previewed' : 'document_downloaded',
        after: { revision: c.revision, documentSha256: doc.sha256 },
        ip,
      });
      const suffix = preview ? '-draft' : '';
      return {
        ...doc,
        filename: `contract-${c.id.slice(0, 8)}-v${c.version}-r${c.revision}${suffix}.pdf`,
      };
    });
  }
}
