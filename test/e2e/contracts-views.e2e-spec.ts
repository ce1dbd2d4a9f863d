import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { ApiHarness, TestUser, startApi, testPool } from '@gilde/testing';
import { ensureTaxonomy } from './assignments.fixtures';
import {
  API,
  DBA_INDEPENDENT,
  Json,
  Pick,
  binary,
  call,
  contractBody,
  selectedResponse,
} from './contracts.fixtures';

/**
 * Canaries: values only procurement's rate-card check holds. The card's maximum is a number no
 * other field of these contracts takes (day rate 1100, hours 32, notice 30 days).
 */
const CARD_MAX = 1037;
const JUSTIFICATION = 'CANARY-b5-justification: the only candidate with care-group experience';
/** Part of the document's DBA annex: the interim manager sees it. */
const DBA_NOTE = 'Also advises two housing groups';

/** Keys of procurement's internals; none may appear anywhere in what the interim receives. */
const INTERNAL_KEYS = [
  'rateCard',
  'maxDayRate',
  'aboveRateCard',
  'justification',
  'justifiedBy',
  'justifiedAt',
  'checkedBy',
  'checkedAt',
  'warnings',
];

/** Every canary found in a JSON body, as `path: what`. */
function leaks(body: unknown, extraValues: string[] = []): string[] {
  const found: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, `${path}[${i}]`));
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (INTERNAL_KEYS.includes(k)) found.push(`${path}.${k}: internal key`);
        walk(child, `${path}.${k}`);
      }
    } else if (v === CARD_MAX || v === String(CARD_MAX)) {
      found.push(`${path}: the card's maximum`);
    } else if (typeof v === 'string' && v.includes('CANARY-b5')) {
      found.push(`${path}: the justification`);
    } else if (typeof v === 'string' && extraValues.includes(v)) {
      found.push(`${path}: ${v}`);
    }
  };
  walk(body, '$');
  return found;
}

/** The decoded text of a PDF's content streams (pdfkit writes hex glyph strings in TJ arrays). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    try {
      const content = inflateSync(pdf.subarray(start, raw.indexOf('endstream', start)));
      for (const line of content.toString('latin1').split('\n')) {
        out.push(
          [...line.matchAll(/<([0-9a-f]+)>/gi)]
            .map((h) => Buffer.from(h[1], 'hex').toString('latin1'))
            .join(''),
        );
      }
    } catch {
      // not a deflated stream (fonts, images)
    }
  }
  return out.join('');
}

describe('contracts: each side gets its own view', () => {
  let api: ApiHarness;
  let pool: Pool;
  let pick: Pick;
  let procurement: TestUser;
  let id: string;
  let schemas: Record<string, { properties?: Record<string, unknown> }>;

  const get = (user: TestUser, path: string): Promise<Json> => call(api, user, 'get', path);

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
    await ensureTaxonomy(api);
    schemas = (await api.http.get('/api/docs-json')).body.components.schemas;
    pick = await selectedResponse(api, pool);
    procurement = pick.tenant.procurement;
    await call(api, procurement, 'put', `/organisations/${pick.tenant.id}/rate-card`, {
      entries: [{ assignmentKind: 'interim_cfo', maxDayRate: CARD_MAX }],
    });
    const draft = await call(
      api,
      procurement,
      'post',
      '/contracts',
      contractBody(pick.responseId, {
        dayRate: 1100,
        rateJustification: JUSTIFICATION,
        dbaCheck: { ...DBA_INDEPENDENT, notes: DBA_NOTE },
      }),
    );
    id = draft.id as string;
    await call(api, procurement, 'post', `/contracts/${id}/send`);
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  it('gives procurement and hiring managers the rate-card check and who ran the DBA check', async () => {
    const rateCard = {
      maxDayRate: CARD_MAX,
      aboveRateCard: true,
      justification: JUSTIFICATION,
      justifiedBy: procurement.id,
      justifiedAt: expect.any(String),
    };
    for (const user of [procurement, pick.tenant.hiringManager]) {
      const one = await get(user, `/contracts/${id}`);
      expect(one.rateCard).toEqual(rateCard);
      expect(one.dba).toMatchObject({ checkedBy: procurement.id, riskLevel: 'low' });
      const list = await get(user, `/contracts?organisationId=${pick.tenant.id}&status=sent`);
      expect(list.items).toEqual([expect.objectContaining({ id, rateCard })]);
    }
  });

  it('gives the interim manager the terms and the DBA annex, none of the rate-card internals', async () => {
    const interim = pick.interim;
    // Before countersigning, procurement's user id appears only as justifiedBy and checkedBy.
    const staff = [procurement.id];
    const one = await get(interim, `/contracts/${id}`);
    expect(leaks(one, staff)).toEqual([]);
    expect(one).toMatchObject({ id, status: 'sent', dayRate: 1100, hoursPerWeek: 32 });
    expect(one.dba).toMatchObject({
      riskLevel: 'low',
      answers: expect.objectContaining({ notes: DBA_NOTE }),
    });

    // The answer is exactly the documented interim shape: an allow-list, nothing more.
    expect(Object.keys(one).sort()).toEqual(
      Object.keys(schemas.ContractForInterimView.properties ?? {}).sort(),
    );
    expect(Object.keys(one.dba).sort()).toEqual(
      Object.keys(schemas.DbaAnnexView.properties ?? {}).sort(),
    );

    for (const query of ['', `?organisationId=${pick.tenant.id}`, '?status=sent']) {
      const list = await get(interim, `/contracts${query}`);
      expect(list.items.map((c: Json) => c.id)).toContain(id);
      expect({ query, leaks: leaks(list, staff) }).toEqual({ query, leaks: [] });
    }

    const accepted = await call(api, interim, 'post', `/contracts/${id}/accept`);
    expect(accepted.status).toBe('accepted');
    expect(leaks(accepted, staff)).toEqual([]);

    // Once active the organisation's acceptance names procurement; the internals still stay out.
    await call(api, procurement, 'post', `/contracts/${id}/countersign`);
    const active = await get(interim, `/contracts/${id}`);
    expect(active.status).toBe('active');
    expect(leaks(active)).toEqual([]);
    expect(leaks(await get(interim, '/contracts?status=active'))).toEqual([]);
  });

  it('prints the DBA annex in the contract document, not the rate card or the justification', async () => {
    for (const user of [pick.interim, procurement]) {
      const res = await api.http
        .get(`${API}/contracts/${id}/document`)
        .set(user.auth)
        .buffer(true)
        .parse(binary);
      expect(res.status).toBe(200);
      const text = pdfText(res.body as Buffer);
      expect(text).toContain('EUR 1100 per day');
      expect(text).toContain(DBA_NOTE);
      expect(text).toContain('Risk level: LOW');
      expect(text).not.toContain('CANARY-b5');
      expect(text).not.toContain(`EUR ${CARD_MAX}`);
      expect(text).not.toMatch(/rate card/i);
    }
  });
});
