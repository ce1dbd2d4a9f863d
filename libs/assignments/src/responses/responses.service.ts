import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser, OrganisationAccessService } from '@gilde/identity';
import {
  ApiException,
  EVENTS,
  EventsCarrying,
  apiError,
  invalidField,
  Page,
  ResponseEventPayload,
  appendToOutbox,
  notFound,
  transitionRefused,
  sql,
} from '@gilde/kernel';
import { AssignmentErrors, AssignmentFieldCodes } from '../assignments.errors';
import { AssignmentsReader } from '../assignments/assignments.reader';
import { todayIn } from '../common/calendar-date';
import { isUniqueViolation } from '../common/pg-errors';
import {
  CreateResponseDto,
  MyResponseView,
  RejectResponseDto,
  ResponseForHiringManagerView,
  ResponseListQuery,
} from '../dto/response.dto';
import { AssignmentResponse } from '../entities/assignment-response.entity';
import { RESPONSE_TRANSITIONS, ResponseAction } from './response-state-machine';
import { toMyResponseView, toOrganisationView } from './response-views';
import { Respondents } from './respondents';
import { OwnResponse, ResponseRecord, ResponsesReader } from './responses.reader';

const ONE_SELECTED = 'responses_one_selected';

/** Interim managers respond and withdraw; hiring managers shortlist, reject and select. */
@Injectable()
export class ResponsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
    private readonly assignments: AssignmentsReader,
    private readonly reader: ResponsesReader,
    private readonly respondents: Respondents,
  ) {}

  async submit(
    user: AuthUser,
    assignmentId: string,
    dto: CreateResponseDto,
  ): Promise<MyResponseView> {
    const assignment = await this.assignments.get(assignmentId);
    // Drafts do not exist for interim managers.
    if (!assignment || assignment.status === 'draft') throw notFound('Assignment');
    if (assignment.status !== 'published') {
      throw transitionRefused('assignment', 'respond to', assignment.status);
    }
    const today = todayIn();
    if (dto.availableFrom < today) {
      throw invalidField(
        'availableFrom',
        AssignmentFieldCodes.in_the_past,
        `availableFrom must be today (${today}) or later`,
      );
    }
    const id = await this.dataSource.transaction(async (manager) => {
      // Shares the row lock that close takes exclusively: no response lands after closing.
      const db = sql(manager);
      const locked = await db
        .selectFrom('assignments')
        .select('status')
        .where('id', '=', assignmentId)
        .forShare()
        .executeTakeFirst();
      if (!locked) throw notFound('Assignment');
      if (locked.status !== 'published') {
        throw transitionRefused('assignment', 'respond to', locked.status);
      }
      // Once per interim and assignment: the unique index decides, also between parallel requests.
      const saved = await db
        .insertInto('responses')
        .values({
          assignmentId,
          organisationId: assignment.organisationId,
          interimId: user.id,
          motivation: dto.motivation.trim(),
          proposedDayRate: dto.proposedDayRate,
          availableFrom: dto.availableFrom,
          status: 'submitted',
        })
        .onConflict((oc) => oc.columns(['assignmentId', 'interimId']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!saved) {
        throw apiError(
          409,
          AssignmentErrors.response_exists,
          'You have already responded to this assignment.',
        );
      }
      await this.emit(
        manager,
        EVENTS.responseSubmitted,
        {
          id: saved.id,
          assignmentId,
          organisationId: assignment.organisationId,
          interimId: user.id,
        },
        user.id,
      );
      return saved.id;
    });
    return toMyResponseView(await this.mustGetOwn(id));
  }

  async listForAssignment(
    user: AuthUser,
    assignmentId: string,
    query: ResponseListQuery,
  ): Promise<Page<ResponseForHiringManagerView>> {
    const assignment = await this.assignments.get(assignmentId);
    if (!assignment) throw notFound('Assignment');
    const roles = await this.access.require(user, assignment.organisationId, [], 'Assignment');
    const page = await this.reader.pageForAssignment(assignmentId, query);
    const items = await this.respondents.describe(page.items);
    return { ...page, items: items.map((r) => toOrganisationView(r, roles)) };
  }

  async listMine(user: AuthUser, query: ResponseListQuery): Promise<Page<MyResponseView>> {
    const page = await this.reader.pageForInterim(user.id, query);
    return { ...page, items: page.items.map(toMyResponseView) };
  }

  /** shortlist, select or reject, by a hiring manager of the assignment's organisation. */
  async decide(
    user: AuthUser,
    responseId: string,
    action: Exclude<ResponseAction, 'withdraw'>,
    rejection?: RejectResponseDto,
  ): Promise<ResponseForHiringManagerView> {
    const current = await this.reader.get(responseId);
    if (!current) throw notFound('Response');
    const roles = await this.access.require(
      user,
      current.organisationId,
      ['hiring_manager'],
      'Response',
    );
    try {
      await this.dataSource.transaction(async (manager) => {
        if (action === 'select') await this.assertNothingSelected(manager, current);
        const changed = await this.move(manager, current, action, {
          decidedBy: user.id,
          decidedAt: new Date(),
          rejectionReason: rejection?.reason ?? null,
          rejectionNote: rejection?.note?.trim() || null,
        });
        await this.emit(manager, RESPONSE_TRANSITIONS[action].event, changed, user.id);
      });
    } catch (err) {
      if (isUniqueViolation(err, ONE_SELECTED)) throw anotherSelected();
      throw err;
    }
    const record = await this.reader.get(responseId);
    const [fresh] = record ? await this.respondents.describe([record]) : [];
    if (!fresh) throw notFound('Response');
    return toOrganisationView(fresh, roles);
  }

  /** The interim withdraws their own response, until it is selected. */
  async withdraw(user: AuthUser, responseId: string): Promise<MyResponseView> {
    const current = await this.reader.get(responseId);
    if (!current || current.interimId !== user.id) throw notFound('Response');
    await this.dataSource.transaction(async (manager) => {
      const changed = await this.move(manager, current, 'withdraw', {});
      await this.emit(manager, RESPONSE_TRANSITIONS.withdraw.event, changed, user.id);
    });
    return toMyResponseView(await this.mustGetOwn(responseId));
  }

  /**
   * One selected response per assignment. Selections on the same assignment queue on its row
   * lock, so the second one sees the first; the partial unique index is the last line.
   */
  private async assertNothingSelected(manager: EntityManager, r: ResponseRecord): Promise<void> {
    const db = sql(manager);
    const assignment = await db
      .selectFrom('assignments')
      .select('status')
      .where('id', '=', r.assignmentId)
      .forUpdate()
      .executeTakeFirst();
    if (!assignment) throw notFound('Response');
    if (assignment.status === 'filled') {
      throw transitionRefused('assignment', 'select a response for', assignment.status);
    }
    const selected = await db
      .selectFrom('responses')
      .select('id')
      .where('assignmentId', '=', r.assignmentId)
      .where('status', '=', 'selected')
      .where('id', '<>', r.id)
      .execute();
    if (selected.length) throw anotherSelected();
  }

  /**
   * A conditional update from the allowed states, so racing transitions cannot both win; when
   * nothing changed, the current state goes into the 409.
   */
  private async move(
    manager: EntityManager,
    r: ResponseRecord,
    action: ResponseAction,
    set: Partial<
      Pick<ResponseRecord, 'decidedBy' | 'decidedAt' | 'rejectionReason' | 'rejectionNote'>
    >,
  ): Promise<Pick<AssignmentResponse, 'id' | 'assignmentId' | 'organisationId' | 'interimId'>> {
    const { from, to } = RESPONSE_TRANSITIONS[action];
    const db = sql(manager);
    const moved = await db
      .updateTable('responses')
      .set((eb) => ({ ...set, status: to, updatedAt: eb.fn('now') }))
      .where('id', '=', r.id)
      .where('status', '=', (eb) => eb.fn.any(eb.val([...from])))
      .returning('id')
      .executeTakeFirst();
    if (!moved) {
      const now = await db
        .selectFrom('responses')
        .select('status')
        .where('id', '=', r.id)
        .executeTakeFirst();
      throw transitionRefused('response', action, now?.status ?? r.status);
    }
    return r;
  }

  /** `actorId`: who made the change, so the audit trail can name them. */
  private async emit(
    manager: EntityManager,
    eventType: EventsCarrying<ResponseEventPayload>,
    r: Pick<AssignmentResponse, 'id' | 'assignmentId' | 'organisationId' | 'interimId'>,
    actorId: string,
  ): Promise<void> {
    await appendToOutbox(manager, {
      eventType,
      tenantId: r.organisationId,
      aggregateType: 'response',
      aggregateId: r.id,
      payload: { responseId: r.id, assignmentId: r.assignmentId, interimId: r.interimId, actorId },
    });
  }

  private async mustGetOwn(id: string): Promise<OwnResponse> {
    const own = await this.reader.getOwn(id);
    if (!own) throw notFound('Response');
    return own;
  }
}

function anotherSelected(): ApiException {
  return apiError(
    409,
    AssignmentErrors.response_already_selected,
    'Another response to this assignment is already selected.',
  );
}
