import { inflateSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { assessDba } from '../domain/dba-check';
import { ContractDocumentInput } from './contract-document.input';
import { ContractDocumentRenderer, sha256Hex } from './contract-document.renderer';

const answers = {
  workDirection: 'interim' as const,
  embedding: 'none' as const,
  multipleClients: true,
  professionalLiabilityInsurance: true,
  bearsFinancialRisk: true,
  actsAsEntrepreneur: true,
};

function input(patch: Partial<ContractDocumentInput> = {}): ContractDocumentInput {
  return {
    contractId: '7d1f6a52-2a0e-4a57-9a7e-0d6b1e3f0c11',
    version: 1,
    revision: 1,
    revisedAt: new Date('2026-03-02T10:15:00.000Z'),
    draft: false,
    form: 'direct',
    modelAgreementRef: '90821.25537.1.0',
    modelAgreementTitle: 'Algemene modelovereenkomst geen werkgeversgezag',
    dayRate: 1150,
    startDate: '2026-04-01',
    endDate: '2026-09-30',
    extensionFrom: null,
    hoursPerWeek: 32,
    placeOfWork: 'Utrecht',
    noticePeriodDays: 30,
    terms: 'Weekly progress report to the board.',
    parties: {
      organisation: {
        id: 'o',
        name: 'Gemeente Voorbeeld',
        kvkNumber: '12345678',
        vatId: 'NL001234567B01',
        address: 'Stadhuisplein 1, Utrecht',
      },
      interim: {
        id: 'i',
        name: 'Joëlle de Vries',
        kvkNumber: '87654321',
        vatId: 'NL009876543B02',
        city: 'Amersfoort',
        country: 'NL',
      },
      assignment: { id: 'a', title: 'Interim CFO', assignmentKind: 'interim_cfo', sector: null },
    },
    dbaAnswers: answers,
    dbaAssessment: assessDba(answers, {
      dayRate: 1150,
      seriesStartDate: '2026-04-01',
      endDate: '2026-09-30',
    }),
    ...patch,
  };
}

/** The text of every Flate stream, to check what the PDF says. */
function pdfText(pdf: Buffer): string {
  const text: string[] = [];
  const raw = pdf.toString('latin1');
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      text.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not a deflated stream
    }
  }
  return text.join('\n');
}

describe('ContractDocumentRenderer', () => {
  const renderer = new ContractDocumentRenderer();

  it('renders the same bytes (and hash) for the same contract revision', async () => {
    const a = await renderer.render(input());
    const b = await renderer.render(input());
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha256Hex(a)).toBe(sha256Hex(b));
    expect(a.equals(b)).toBe(true);
  });

  it('changes the bytes when the revision or its content changes', async () => {
    const base = sha256Hex(await renderer.render(input()));
    expect(sha256Hex(await renderer.render(input({ revision: 2 })))).not.toBe(base);
    expect(sha256Hex(await renderer.render(input({ dayRate: 1151 })))).not.toBe(base);
  });

  it('pins the dates and the file ID to the revision timestamp, not the clock', async () => {
    const pdf = (await renderer.render(input())).toString('latin1');
    // CreationDate and ModDate are indirect objects holding the revision's timestamp.
    expect(pdf.match(/\(D:20260302101500Z\)/g)).toHaveLength(2);
    const today = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    expect(pdf).not.toContain(`D:${today}`);
    expect(pdf).toMatch(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/);
  });

  it('is A4 and prints both parties, their KvK and VAT numbers, the terms and the DBA annex', async () => {
    const pdf = await renderer.render(input());
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    const text = pdfText(pdf);
    for (const fragment of [
      '12345678',
      'NL001234567B01',
      '87654321',
      'NL009876543B02',
      'EUR 1150 per day',
      '90821.25537.1.0',
      'Annex A',
      'Risk level: LOW',
    ]) {
      // pdfkit writes text as hex-encoded glyph strings; compare on the decoded form.
      expect(decodeHexText(text)).toContain(fragment);
    }
  });

  it('marks a draft preview', async () => {
    const text = decodeHexText(pdfText(await renderer.render(input({ draft: true }))));
    expect(text).toContain('DRAFT');
  });
});

/** pdfkit emits text as <hex> strings inside TJ arrays; join them back into readable text. */
function decodeHexText(content: string): string {
  return content
    .split('\n')
    .map((line) =>
      [...line.matchAll(/<([0-9a-f]+)>/gi)]
        .map((m) => Buffer.from(m[1], 'hex').toString('latin1'))
        .join(''),
    )
    .join('\n')
    .replace(/\n/g, '');
}
