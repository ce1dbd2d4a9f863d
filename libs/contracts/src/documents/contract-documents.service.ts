import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ProfilesReader } from '@gilde/profiles';
import { Contract, PartySnapshot } from '../entities/contract.entity';
import { ContractDocument } from '../entities/contract-document.entity';
import { ContractDocumentInput } from './contract-document.input';
import { ContractDocumentRenderer, sha256Hex } from './contract-document.renderer';

export interface RenderedDocument {
  content: Buffer;
  sha256: string;
}

/**
 * The contract's documents. When a revision is sent, the parties' details are copied into the
 * contract (so an erased profile never changes or breaks it) and the rendered PDF is stored with
 * its SHA-256: acceptances point at those exact bytes.
 */
@Injectable()
export class ContractDocuments {
  constructor(
    private readonly renderer: ContractDocumentRenderer,
    private readonly profiles: ProfilesReader,
  ) {}

  async snapshotParties(manager: EntityManager, contract: Contract): Promise<PartySnapshot> {
    const orgs: {
      id: string;
      name: string;
      kvk_number: string | null;
      vat_id: string | null;
      address: string | null;
    }[] = await manager.query(
      `SELECT o.id, o.name, o.kvk_number, d.vat_id, d.address
         FROM organisations o
         LEFT JOIN organisation_contract_details d ON d.organisation_id = o.id
        WHERE o.id = $1`,
      [contract.organisationId],
    );
    const users: { display_name: string; erased_at: Date | null }[] = await manager.query(
      `SELECT display_name, erased_at FROM users WHERE id = $1`,
      [contract.interimId],
    );
    const assignments: {
      id: string;
      title: string;
      assignment_kind: string | null;
      sector: string | null;
    }[] = await manager.query(
      `SELECT id, title, assignment_kind, sector FROM assignments WHERE id = $1`,
      [contract.assignmentId],
    );
    const profile = await this.profiles.get(contract.interimId, manager);
    const org = orgs[0];
    const assignment = assignments[0];
    // An erased interim's details are under legal hold in the earlier snapshot: keep them.
    const keptInterim = users[0]?.erased_at && contract.parties ? contract.parties.interim : null;
    return {
      organisation: {
        id: contract.organisationId,
        name: org?.name ?? '',
        kvkNumber: org?.kvk_number ?? null,
        vatId: org?.vat_id ?? null,
        address: org?.address ?? null,
      },
      interim: keptInterim ?? {
        id: contract.interimId,
        name: profile?.displayName ?? users[0]?.display_name ?? '',
        kvkNumber: profile?.kvkNumber ?? null,
        vatId: profile?.vatId ?? null,
        city: profile?.location.city ?? null,
        country: profile?.location.country ?? null,
      },
      assignment: {
        id: contract.assignmentId,
        title: assignment?.title ?? '',
        assignmentKind: assignment?.assignment_kind ?? null,
        sector: assignment?.sector ?? null,
      },
    };
  }

  /** Renders and stores the document of the contract's current revision (idempotent). */
  async storeCurrent(
    manager: EntityManager,
    contract: Contract,
    parties: PartySnapshot,
  ): Promise<RenderedDocument> {
    const content = await this.renderer.render(this.input(contract, parties, false));
    const sha256 = sha256Hex(content);
    await manager
      .createQueryBuilder()
      .insert()
      .into(ContractDocument)
      .values({
        contractId: contract.id,
        revision: contract.revision,
        sha256,
        content,
        sizeBytes: content.length,
      })
      .orIgnore()
      .execute();
    const stored = await this.stored(manager, contract);
    return stored ?? { content, sha256 };
  }

  async stored(manager: EntityManager, contract: Contract): Promise<RenderedDocument | null> {
    const doc = await manager.findOne(ContractDocument, {
      where: { contractId: contract.id, revision: contract.revision },
    });
    return doc ? { content: doc.content, sha256: doc.sha256 } : null;
  }

  async storedHash(manager: EntityManager, contract: Contract): Promise<string | null> {
    const rows: { sha256: string }[] = await manager.query(
      `SELECT sha256 FROM contract_documents WHERE contract_id = $1 AND revision = $2`,
      [contract.id, contract.revision],
    );
    return rows[0]?.sha256 ?? null;
  }

  /** A draft is rendered on the fly from the live details, marked as a draft, and never stored. */
  async preview(manager: EntityManager, contract: Contract): Promise<RenderedDocument> {
    const parties = await this.snapshotParties(manager, contract);
    const content = await this.renderer.render(this.input(contract, parties, true));
    return { content, sha256: sha256Hex(content) };
  }

  private input(contract: Contract, parties: PartySnapshot, draft: boolean): ContractDocumentInput {
    return {
      contractId: contract.id,
      version: contract.version,
      revision: contract.revision,
      revisedAt: contract.revisedAt,
      draft,
      form: contract.form,
      modelAgreementRef: contract.modelAgreementRef,
      modelAgreementTitle: contract.modelAgreementTitle,
      dayRate: contract.dayRate,
      startDate: contract.startDate,
      endDate: contract.endDate,
      extensionFrom: contract.extensionFrom,
      hoursPerWeek: contract.hoursPerWeek,
      placeOfWork: contract.placeOfWork,
      noticePeriodDays: contract.noticePeriodDays,
      terms: contract.terms,
      parties,
      dbaAnswers: contract.dbaAnswers,
      dbaAssessment: contract.dbaAssessment,
    };
  }
}
