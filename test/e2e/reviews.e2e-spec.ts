import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Job } from 'bullmq';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { TrackRecordSource } from '@gilde/contracts';
import { UserDirectory } from '@gilde/identity';
import { TrackRecordsService, scoreMatch } from '@gilde/matching';
import { EventJobData } from '@gilde/kernel';
import { ApiHarness, TestUser, startApi, testPool } from '@gilde/testing';
import { InterimErasureHandler } from '../../libs/contracts/src/audit/interim-erasure.handler';
import { MatchInputsReader } from '../../libs/matching/src/matches/match-inputs.reader';
import { createPublished, ensureTaxonomy, quickTenant, quickUser } from './assignments.fixtures';
import { API, Json, Pick, activeContract, call } from './contracts.fixtures';

describe('reviews after completion, track record and client reputation', () => {
  let api: ApiHarness;
  let pool: Pool;
  let done: Pick & { contract: Json };

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
    await ensureTaxonomy(api);
    done = await activeContract(api, pool);
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  let next: Json;
  let scoreBeforeReviews: number;

  /** What matching does on review.submitted and contract.completed. */
  const refreshTrackRecord = () =>
    api.app
      .get(DataSource)
      .transaction((manager) => api.app.get(TrackRecordsService).refresh(manager, done.interim.id));

  /** The track record component of the interim's quality score for the next assignment. */
  const trackRecordScore = async (): Promise<number> => {
    const inputs = api.app.get(MatchInputsReader);
    const assignment = await inputs.assignment(next.id as string);
    const [candidate] = await inputs.candidates([done.interim.id]);
    const context = { weights: assignment!.weights, ...assignment!.taxonomy };
    return scoreMatch(assignment!.input, candidate, context).breakdown.trackRecord;
  };

  const review = (user: TestUser, body: Json, id: string = done.contract.id) =>
    api.http.post(`${API}/contracts/${id}/reviews`).set(user.auth).send(body);

  it('refuses reviews before completion, from either side', async () => {
    const before = await review(done.tenant.hiringManager, { rating: 5 });
    expect(before.status).toBe(409);
    expect(before.body.message).toBe('Cannot review this contract: it is active.');
    expect((await review(done.interim, { rating: 5 })).status).toBe(409);
    await call(api, done.tenant.procurement, 'post', `/contracts/${done.contract.id}/complete`);
    // The score of the interim for a next assignment, once completed and before any review.
    next = await createPublished(api, done.tenant.hiringManager, done.tenant.id);
    await refreshTrackRecord();
    scoreBeforeReviews = await trackRecordScore();
  });

  it('lets each side review once, on its own aspects', async () => {
    const { tenant, interim } = done;
    const other = await quickTenant(api, pool);
    const stranger = await quickUser(api, pool, 'interim', 'stranger');
    expect((await review(tenant.procurement, { rating: 4 })).status).toBe(403);
    expect((await review(other.hiringManager, { rating: 4 })).status).toBe(404);
    expect((await review(stranger, { rating: 4 })).status).toBe(404);
    expect((await review(tenant.hiringManager, { rating: 6 })).status).toBe(400);
    const wrongAspect = await review(tenant.hiringManager, { rating: 4, aspects: { payment: 3 } });
    expect(wrongAspect.status).toBe(400);
    expect(wrongAspect.body.message).toContain('results, collaboration; not on payment');
    expect(wrongAspect.body).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'aspects.payment', code: 'not_for_side' }],
    });
    const aspectsInArray = await review(tenant.hiringManager, {
      rating: 4,
      aspects: [{ results: 5, collaboration: 4 }],
    });
    expect(aspectsInArray.status).toBe(400);
    expect(JSON.stringify(aspectsInArray.body.message)).toContain('aspects must be an object');

    const byClient = await review(tenant.hiringManager, {
      rating: 5,
      aspects: { results: 5, collaboration: 4 },
      comment: 'Delivered the turnaround plan ahead of schedule.',
    });
    expect(byClient.status).toBe(201);
    expect(byClient.body).toMatchObject({
      authorSide: 'organisation',
      authorId: tenant.hiringManager.id,
      rating: 5,
      aspects: { results: 5, collaboration: 4 },
    });
    const again = await review(tenant.owner, { rating: 1 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('review_exists');

    expect((await review(interim, { rating: 4, aspects: { results: 4 } })).status).toBe(400);
    const byInterim = await review(interim, {
      rating: 4,
      aspects: { clarity: 4, decisiveness: 5, payment: 3, collaboration: 4 },
      comment: 'Clear mandate, invoices paid late.',
    });
    expect(byInterim.status).toBe(201);
    expect((await review(interim, { rating: 5 })).status).toBe(409);

    const list = await call(api, interim, 'get', `/contracts/${done.contract.id}/reviews`);
    expect(list.items.map((r: { authorSide: string }) => r.authorSide)).toEqual([
      'organisation',
      'interim',
    ]);
    const { rows } = await pool.query(
      `SELECT payload FROM outbox_events WHERE event_type = 'review.submitted' AND tenant_id = $1 ORDER BY created_at`,
      [tenant.id],
    );
    expect(rows.map((r) => r.payload)).toEqual([
      {
        reviewId: byClient.body.id,
        contractId: done.contract.id,
        organisationId: tenant.id,
        interimId: interim.id,
        authorSide: 'organisation',
      },
      expect.objectContaining({ reviewId: byInterim.body.id, authorSide: 'interim' }),
    ]);
  });

  it("feeds the interim's track record and so the next match score", async () => {
    const record = await api.app.get(TrackRecordSource).trackRecordOf(done.interim.id);
    expect(record).toEqual({
      reviewCount: 1,
      ratingSum: 5,
      ratings: [5],
      completedCount: 1,
      completedByKind: { interim_cfo: 1 },
      completedBySector: { healthcare: 1 },
    });

    // Matching refreshes its stored track record on review.submitted, as here; the next score of
    // the interim for a new assignment rises.
    await refreshTrackRecord();
    expect(await trackRecordScore()).toBeGreaterThan(scoreBeforeReviews);
  });

  it("shows the client's reputation to interims and to its members, not to other organisations", async () => {
    const someInterim = await quickUser(api, pool, 'interim', 'reader');
    const reputation = await call(
      api,
      someInterim,
      'get',
      `/organisations/${done.tenant.id}/reputation`,
    );
    expect(reputation).toMatchObject({
      organisationId: done.tenant.id,
      reviews: {
        count: 1,
        averageRating: 4,
        aspects: { clarity: 4, decisiveness: 5, payment: 3, collaboration: 4 },
      },
      responseRate: { received: 1, answered: 1, rate: 1 },
      decisionTime: { sampleSize: 1, medianDays: 0 },
      completedContracts: 1,
    });
    expect(
      (
        await call(
          api,
          done.tenant.hiringManager,
          'get',
          `/organisations/${done.tenant.id}/reputation`,
        )
      ).reviews.count,
    ).toBe(1);
    const other = await quickTenant(api, pool);
    const foreign = await api.http
      .get(`${API}/organisations/${done.tenant.id}/reputation`)
      .set(other.hiringManager.auth);
    expect(foreign.status).toBe(404);
    const unknown = await api.http
      .get(`${API}/organisations/00000000-0000-4000-8000-000000000000/reputation`)
      .set(someInterim.auth);
    expect(unknown.status).toBe(404);
  });

  it('erasing the interim removes review texts but keeps the ratings', async () => {
    expect((await api.http.delete(`${API}/interims/me`).set(done.interim.auth)).status).toBe(204);
    const { rows: events } = await pool.query(
      `SELECT id, tenant_id, aggregate_type, aggregate_id, payload, created_at FROM outbox_events
        WHERE aggregate_id = $1 AND event_type = 'profile.erased'`,
      [done.interim.id],
    );
    const handler = new InterimErasureHandler(
      api.app.get(DataSource),
      new UserDirectory(api.app.get(DataSource)),
    );
    await handler.handle({
      name: 'profile.erased',
      data: {
        eventId: events[0].id,
        eventType: 'profile.erased',
        tenantId: events[0].tenant_id,
        aggregateType: events[0].aggregate_type,
        aggregateId: events[0].aggregate_id,
        payload: events[0].payload,
        occurredAt: new Date(events[0].created_at).toISOString(),
      },
    } as Job<EventJobData<'profile.erased'>>);
    const { rows } = await pool.query(
      `SELECT author_side, rating, comment FROM reviews WHERE interim_id = $1 ORDER BY author_side`,
      [done.interim.id],
    );
    expect(rows).toEqual([
      { author_side: 'interim', rating: 4, comment: null },
      { author_side: 'organisation', rating: 5, comment: null },
    ]);
  });
});
