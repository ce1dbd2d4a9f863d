import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import { CONTRACT_FORM_LABELS } from '../domain/contract-terms';
import { DbaAnswers } from '../domain/dba-check';
import { ContractDocumentInput } from './contract-document.input';

const MARGIN = 56;
const LABEL_WIDTH = 170;

const DIRECTION_TEXT: Record<DbaAnswers['workDirection'], string> = {
  interim: 'The interim manager decides how the work is done',
  shared: 'Shared between the interim manager and the client',
  client: 'The client directs how the work is done',
};
const EMBEDDING_TEXT: Record<DbaAnswers['embedding'], string> = {
  none: 'Not embedded: works outside the line organisation',
  partial: 'Partly embedded',
  full: 'Fully embedded, like an employee',
};

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Renders a contract as an A4 PDF with pdfkit. Deterministic: the PDF's CreationDate and ModDate
 * are the revision's timestamp, and pdfkit derives the trailer /ID as an MD5 of the info
 * dictionary (PDFSecurity.generateFileID), so fixing the info fixes the ID. Only the built-in
 * Helvetica is used: no embedded font subsets with generated tags.
 */
@Injectable()
export class ContractDocumentRenderer {
  async render(input: ContractDocumentInput): Promise<Buffer> {
    const formLabel = CONTRACT_FORM_LABELS[input.form];
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      bufferPages: true,
      compress: true,
      info: {
        Title: `${formLabel.nl} - ${input.parties.assignment.title}`,
        Author: 'Gilde',
        Subject: `Contract ${input.contractId} version ${input.version} revision ${input.revision}`,
        Creator: 'Gilde',
        Producer: 'Gilde',
        CreationDate: input.revisedAt,
        ModDate: input.revisedAt,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finished = new Promise<Buffer>((resolve, reject) => {
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });

    this.write(doc, input);

    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.height - MARGIN + 20;
      doc
        .font('Helvetica')
        .fontSize(8)
        .fillColor('#555555')
        .text(
          `Contract ${input.contractId} - version ${input.version}, revision ${input.revision} - page ${i + 1} of ${range.count}`,
          MARGIN,
          bottom,
          { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false },
        );
    }
    doc.end();
    return finished;
  }

  private write(doc: PDFKit.PDFDocument, input: ContractDocumentInput): void {
    const form = CONTRACT_FORM_LABELS[input.form];
    const { organisation, interim, assignment } = input.parties;

    if (input.draft) {
      doc.font('Helvetica-Bold').fontSize(10).fillColor('#b00020');
      doc.text('DRAFT - not for acceptance', { align: 'right' });
      doc.fillColor('#000000');
    }
    doc.font('Helvetica-Bold').fontSize(18).text(form.nl);
    doc.font('Helvetica').fontSize(12).text(form.en);
    doc.moveDown(0.3);
    doc
      .fontSize(9)
      .fillColor('#555555')
      .text(
        `Contract ${input.contractId} - version ${input.version} - revision ${input.revision} - ` +
          `dated ${input.revisedAt.toISOString().slice(0, 10)}`,
      )
      .fillColor('#000000');

    this.heading(doc, 'Parties / Partijen');
    doc.font('Helvetica-Bold').fontSize(10).text('Client (opdrachtgever)');
    this.row(doc, 'Name', organisation.name);
    this.row(doc, 'KvK number', organisation.kvkNumber ?? 'not provided');
    this.row(doc, 'VAT number (btw-id)', organisation.vatId ?? 'not provided');
    if (organisation.address) this.row(doc, 'Address', organisation.address);
    doc.moveDown(0.5);
    doc.font('Helvetica-Bold').fontSize(10).text('Interim manager (opdrachtnemer)');
    this.row(doc, 'Name', interim.name);
    this.row(doc, 'KvK number', interim.kvkNumber ?? 'not provided');
    this.row(doc, 'VAT number (btw-id)', interim.vatId ?? 'not provided');
    const place = [interim.city, interim.country].filter(Boolean).join(', ');
    if (place) this.row(doc, 'Established in', place);

    this.heading(doc, 'Assignment / Opdracht');
    this.row(doc, 'Assignment', assignment.title);
    if (assignment.assignmentKind) this.row(doc, 'Kind', assignment.assignmentKind);
    if (assignment.sector) this.row(doc, 'Sector', assignment.sector);

    this.heading(doc, 'Terms / Voorwaarden');
    this.row(doc, 'Form of contract', `${form.en} (${form.nl})`);
    this.row(
      doc,
      'Model agreement',
      input.modelAgreementRef
        ? `${input.modelAgreementTitle ?? 'Model agreement'} - reference ${input.modelAgreementRef}`
        : 'None referenced',
    );
    this.row(doc, 'Day rate', `EUR ${input.dayRate} per day, excluding VAT`);
    this.row(doc, 'Period', `${input.startDate} up to and including ${input.endDate}`);
    if (input.extensionFrom) {
      this.row(
        doc,
        'Extension',
        `This version extends the contract from ${input.extensionFrom}; it replaces version ${input.version - 1}.`,
      );
    }
    this.row(doc, 'Hours per week', String(input.hoursPerWeek));
    this.row(doc, 'Place of work', input.placeOfWork ?? 'As agreed between the parties');
    this.row(
      doc,
      'Notice period',
      input.noticePeriodDays === null ? 'None agreed' : `${input.noticePeriodDays} days`,
    );
    if (input.terms) {
      this.heading(doc, 'Further terms / Aanvullende afspraken');
      doc.font('Helvetica').fontSize(10).text(input.terms, { align: 'left' });
    }

    this.heading(doc, 'Acceptance / Aanvaarding');
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(
        'The parties accept this agreement electronically on Gilde. Each acceptance records the ' +
          'account that accepted, the time, the IP address and the SHA-256 fingerprint of exactly ' +
          'this document. The interim manager accepts first; the agreement takes effect when the ' +
          "client's procurement desk countersigns.",
      );

    doc.addPage();
    doc
      .font('Helvetica-Bold')
      .fontSize(14)
      .text('Annex A - Self-employment check (Wet DBA / VBAR)');
    doc.moveDown(0.5);
    const answers = input.dbaAnswers;
    const assessment = input.dbaAssessment;
    if (!answers || !assessment) {
      doc
        .font('Helvetica')
        .fontSize(10)
        .text('The self-employment check has not been answered yet.');
      return;
    }
    const yesNo = (v: boolean): string => (v ? 'Yes' : 'No');
    this.row(doc, 'Who directs the work', DIRECTION_TEXT[answers.workDirection]);
    this.row(doc, 'Embedding in the organisation', EMBEDDING_TEXT[answers.embedding]);
    this.row(doc, 'Total duration', `${assessment.durationMonths} months`);
    this.row(doc, 'Works for other clients', yesNo(answers.multipleClients));
    this.row(doc, 'Liability insurance', yesNo(answers.professionalLiabilityInsurance));
    this.row(doc, 'Bears financial risk', yesNo(answers.bearsFinancialRisk));
    this.row(doc, 'Acts as an entrepreneur', yesNo(answers.actsAsEntrepreneur));
    this.row(doc, 'Rate level', `EUR ${assessment.hourlyRate} per hour`);
    if (answers.notes) this.row(doc, 'Notes', answers.notes);
    doc.moveDown(0.5);
    doc
      .font('Helvetica-Bold')
      .fontSize(11)
      .text(`Risk level: ${assessment.riskLevel.toUpperCase()} (score ${assessment.score})`);
    doc.font('Helvetica').fontSize(10);
    for (const reason of assessment.reasons) doc.text(`- ${reason}`);
  }

  private heading(doc: PDFKit.PDFDocument, text: string): void {
    doc.moveDown(1);
    doc.font('Helvetica-Bold').fontSize(12).fillColor('#000000').text(text, MARGIN);
    doc.moveDown(0.3);
  }

  private row(doc: PDFKit.PDFDocument, label: string, value: string): void {
    const y = doc.y;
    const width = doc.page.width - 2 * MARGIN - LABEL_WIDTH;
    doc
      .font('Helvetica')
      .fontSize(10)
      .fillColor('#555555')
      .text(label, MARGIN, y, {
        width: LABEL_WIDTH - 10,
      });
    const labelBottom = doc.y;
    doc.fillColor('#000000').text(value, MARGIN + LABEL_WIDTH, y, { width });
    doc.y = Math.max(doc.y, labelBottom);
    doc.x = MARGIN;
  }
}
