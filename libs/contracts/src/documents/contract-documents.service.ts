import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AssignmentSummaries } from '@gilde/assignments';
import { OrganisationDirectory, UserDirectory } from '@gilde/identity';
import { sql } from '@gilde/kernel';
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
export class ContractDocumentsService {
  constructor(
    private readonly renderer: ContractDocumentRenderer,
    private readonly profiles: ProfilesReader,
    private readonly organisations: OrganisationDirectory,
    private readonly people: UserDirectory,
    private readonly assignments: AssignmentSummaries,
  ) {}

  async snapshotParties(manager: EntityManager, contract: Contract): Promise<PartySnapshot> {
    const [orgs, details, people, assignments] = await Promise.all([
      this.organisations.registrations([contract.organisationId], manager),
      sql(manager)
        .selectFrom('organisationContractDetails')
        .select(['vatId', 'address'])
        .where('organisationId', '=', contract.organisationId)
        .executeTakeFirst(),
      this.people.contacts([contract.interimId], manager),
      this.assignments.byIds([contract.assignmentId], manager),
    ]);
    const profile = await this.profiles.get(contract.interimId, manager);
    const org = orgs.get(contract.organisationId);
    const person = people.get(contract.interimId);
    const assignment = assignments.get(contract.assignmentId);
    // An erased interim's details are under legal hold in the earlier snapshot: keep them.
    const keptInterim = person?.erased && contract.parties ? contract.parties.interim : null;
    return {
      organisation: {
        id: contract.organisationId,
        name: org?.name ?? '',
        kvkNumber: org?.kvkNumber ?? null,
        vatId: details?.vatId ?? null,
        address: details?.address ?? null,
      },
      interim: keptInterim ?? {
        id: contract.interimId,
        name: profile?.displayName ?? person?.displayName ?? '',
        kvkNumber: profile?.kvkNumber ?? null,
        vatId: profile?.vatId ?? null,
        city: profile?.location.city ?? null,
        country: profile?.location.country ?? null,
      },
      assignment: {
        id: contract.assignmentId,
        title: assignment?.title ?? '',
        assignmentKind: assignment?.assignmentKind ?? null,
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
    const row = await sql(manager)
      .selectFrom('contractDocuments')
      .select('sha256')
      .where('contractId', '=', contract.id)
      .where('revision', '=', contract.revision)
      .executeTakeFirst();
    return row?.sha256 ?? null;
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
