import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser, OrganisationAccessService } from '@gilde/identity';
import { ApiException, EVENTS, KernelErrors, apiError, appendToOutbox } from '@gilde/kernel';
import { recordAudit } from '../audit/audit-log';
import { ContractErrors, ContractFieldCodes } from '../contracts.errors';
import { ContractAccessService } from '../contracts/contract-access.service';
import { assertCanDo } from '../domain/contract-state-machine';
import { ContractParty } from '../domain/contract-terms';
import { Review } from '../entities/review.entity';
import { REVIEW_ASPECTS } from './review-aspects';
import { CreateReviewDto, ReviewListView, ReviewView } from './review.dto';

/**
 * Reviews after completion, once per side per contract (all versions of it count as one): the
 * hiring manager rates the interim, the interim rates the organisation. A submitted review feeds
 * the interim's track record (matching listens to review.submitted) and the client's reputation.
 */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
    private readonly contractAccess: ContractAccessService,
  ) {}

  async create(
    user: AuthUser,
    contractId: string,
    dto: CreateReviewDto,
    ip: string | null,
  ): Promise<ReviewView> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.contractAccess.load(manager, contractId, true);
      let side: ContractParty;
      if (user.accountType === 'interim') {
        await this.contractAccess.viewer(user, c, manager);
        side = 'interim';
      } else {
        await this.access.require(user, c.organisationId, ['hiring_manager'], 'Contract', manager);
        side = 'organisation';
      }
      assertCanDo('review', c.status);
      const aspects = Object.fromEntries(
        Object.entries(dto.aspects ?? {}).filter(([, v]) => v !== undefined),
      ) as Record<string, number>;
      const foreign = Object.keys(aspects).filter((k) => !REVIEW_ASPECTS[side].includes(k));
      if (foreign.length) {
        const message =
          `${side === 'interim' ? 'An interim manager rates the organisation on' : 'The organisation rates the interim manager on'} ` +
          `${REVIEW_ASPECTS[side].join(', ')}; not on ${foreign.join(', ')}.`;
        throw new ApiException(400, KernelErrors.validation_failed, message, {
          fields: foreign.map((aspect) => ({
            field: `aspects.${aspect}`,
            code: ContractFieldCodes.not_for_side,
            message,
          })),
        });
      }
      const inserted: { id: string }[] = await manager
        .createQueryBuilder()
        .insert()
        .into(Review)
        .values({
          seriesId: c.seriesId,
          contractId: c.id,
          organisationId: c.organisationId,
          interimId: c.interimId,
          authorId: user.id,
          authorSide: side,
          rating: dto.rating,
          aspects,
          comment: dto.comment?.trim() || null,
        })
        .orIgnore()
        .returning(['id'])
        .execute()
        .then((r) => r.raw as { id: string }[]);
      if (!inserted[0]) {
        throw apiError(
          409,
          ContractErrors.review_exists,
          side === 'interim'
            ? 'You have already reviewed this organisation for this contract.'
            : 'The organisation has already reviewed the interim manager for this contract.',
        );
      }
      const review = await manager.findOneByOrFail(Review, { id: inserted[0].id });
      await recordAudit(manager, {
        organisationId: c.organisationId,
        actorId: user.id,
        entityType: 'contract',
        entityId: c.id,
        action: 'review_submitted',
        after: { authorSide: side, rating: dto.rating, reviewId: review.id },
        ip,
      });
      await appendToOutbox(manager, {
        eventType: EVENTS.reviewSubmitted,
        tenantId: c.organisationId,
        aggregateType: 'review',
        aggregateId: review.id,
        payload: {
          reviewId: review.id,
          contractId: c.id,
          organisationId: c.organisationId,
          interimId: c.interimId,
          authorSide: side,
        },
      });
      return view(review);
    });
  }

  async list(user: AuthUser, contractId: string): Promise<ReviewListView> {
    const manager = this.dataSource.manager;
    const c = await this.contractAccess.load(manager, contractId);
    await this.contractAccess.viewer(user, c);
    const rows = await manager.find(Review, {
      where: { seriesId: c.seriesId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return { items: rows.map(view) };
  }
}

function view(r: Review): ReviewView {
  return {
    id: r.id,
    contractId: r.contractId,
    authorSide: r.authorSide,
    authorId: r.authorId,
    rating: r.rating,
    aspects: r.aspects,
    comment: r.comment,
    createdAt: r.createdAt.toISOString(),
  };
}
