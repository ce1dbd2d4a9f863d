import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser, OrganisationAccessService, UserDirectory } from '@gilde/identity';
import {
  ApiException,
  EVENTS,
  KernelErrors,
  Page,
  apiError,
  appendToOutbox,
  invalidField,
  invalidFields,
  notFound,
} from '@gilde/kernel';
import { ResolvedSkill, SkillResolverService } from '@gilde/taxonomy';
import { AssignmentErrors, AssignmentFieldCodes } from '../assignments.errors';
import { todayIn } from '../common/calendar-date';
import {
  AssignmentView,
  AssignmentWriteView,
  CreateAssignmentDto,
  ListAssignmentsQuery,
  PublishedAssignmentView,
  RequiredSkillDto,
  UpdateAssignmentDto,
} from '../dto/assignment.dto';
import { AssignmentSkill } from '../entities/assignment-skill.entity';
import { Assignment } from '../entities/assignment.entity';
import {
  assertBudgetChangeable,
  budgetFacts,
  factsFor,
  recordBudgetChange,
} from './assignment-budget';
import { missingFieldsForPublication } from './assignment-completeness';
import { AssignmentLifecycleService } from './assignment-lifecycle.service';
import { AssignmentAction, editableFields } from './assignment-state-machine';
import { toAssignmentView, toPublishedAssignmentView } from './assignment-views';
import { AssignmentRecord, AssignmentsReader } from './assignments.reader';
import { RequiredSkill, mergeResolvedSkills } from './required-skills';

/** Drafting, editing, publishing and reading assignments, with organisation scoping. */
@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
    private readonly reader: AssignmentsReader,
    private readonly lifecycle: AssignmentLifecycleService,
    private readonly skills: SkillResolverService,
    private readonly directory: UserDirectory,
  ) {}

  async create(user: AuthUser, dto: CreateAssignmentDto): Promise<AssignmentWriteView> {
    await this.access.require(user, dto.organisationId, ['hiring_manager']);
    assertDateOrder(dto.startDate ?? null, dto.endDate ?? null);
    const { skills, resolution } = await this.resolveSkills(user, dto.requiredSkills ?? []);

    const id = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(Assignment, {
          organisationId: dto.organisationId,
          createdBy: user.id,
          title: dto.title.trim(),
          description: dto.description ?? '',
          assignmentKind: dto.assignmentKind ?? null,
          sector: dto.sector ?? null,
          languages: dto.languages ?? [],
          city: dto.location?.city ?? null,
          country: dto.location?.country ?? null,
          remoteShare: dto.remoteShare ?? 0,
          startDate: dto.startDate ?? null,
          endDate: dto.endDate ?? null,
          hoursPerWeek: dto.hoursPerWeek ?? null,
          maxDayRate: dto.maxDayRate ?? null,
          status: 'draft',
          version: 1,
        }),
      );
      await replaceSkills(manager, saved.id, skills);
      // A draft is visible to its organisation only: nothing to index or notify yet.
      return saved.id;
    });
    return { ...(await this.view(await this.mustGet(id))), skillResolution: resolution };
  }

  async update(user: AuthUser, id: string, dto: UpdateAssignmentDto): Promise<AssignmentWriteView> {
    const current = await this.mustGet(id);
    await this.access.require(user, current.organisationId, ['hiring_manager'], 'Assignment');
    const changed = (Object.keys(dto) as (keyof UpdateAssignmentDto)[]).filter(
      (k) => dto[k] !== undefined,
    );
    if (!changed.length) {
      throw new ApiException(
        400,
        KernelErrors.validation_failed,
        'Send at least one field to change.',
        { fields: [] },
      );
    }
    assertEditable(current.status, changed);
    const { skills, resolution } = dto.requiredSkills
      ? await this.resolveSkills(user, dto.requiredSkills)
      : { skills: null, resolution: [] };

    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(Assignment, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw notFound('Assignment');
      // The status may have moved since the first read; the locked row decides.
      assertEditable(row.status, changed);
      const stored = await manager.find(AssignmentSkill, {
        where: { assignmentId: id },
        order: { position: 'ASC' },
      });
      const fields = applyFields(dto);
      // Sending the stored rate again (an editor posting its whole form) is not a change.
      const budgetChanged = fields.maxDayRate !== undefined && fields.maxDayRate !== row.maxDayRate;
      if (budgetChanged) await assertBudgetChangeable(manager, id);
      const merged = { ...row, ...fields, requiredSkills: skills ?? stored };
      assertDateOrder(merged.startDate, merged.endDate);
      if (row.status === 'published') {
        // A live posting must stay complete; only what this edit touches is re-checked, so a
        // posting whose start date has passed can still have its description corrected.
        const problems = missingFieldsForPublication(merged, todayIn()).filter((m) =>
          changed.some((field) => m.field === field),
        );
        if (problems.length) throw invalidFields(problems);
      }
      const version = row.version + 1;
      await manager.update(Assignment, { id }, { ...fields, version });
      if (skills) await replaceSkills(manager, id, skills);
      // Once seen by interims, every budget move is on record for the organisation.
      const budgetChangeId =
        budgetChanged && row.status !== 'draft'
          ? await recordBudgetChange(manager, {
              assignmentId: id,
              organisationId: row.organisationId,
              changedBy: user.id,
              fromMaxDayRate: row.maxDayRate,
              toMaxDayRate: fields.maxDayRate ?? null,
            })
          : null;
      if (row.status === 'published') {
        await appendToOutbox(manager, {
          eventType: EVENTS.assignmentUpdated,
          tenantId: row.organisationId,
          aggregateType: 'assignment',
          aggregateId: id,
          payload: {
            assignmentId: id,
            version,
            actorId: user.id,
            ...(budgetChangeId ? { budgetChangeId } : {}),
          },
        });
      }
    });
    return { ...(await this.view(await this.mustGet(id))), skillResolution: resolution };
  }

  async transition(
    user: AuthUser,
    id: string,
    action: Exclude<AssignmentAction, 'fill'>,
  ): Promise<AssignmentView> {
    const current = await this.mustGet(id);
    await this.access.require(user, current.organisationId, ['hiring_manager'], 'Assignment');
    await this.dataSource.transaction((manager) =>
      this.lifecycle.apply(manager, id, action, user.id),
    );
    return this.view(await this.mustGet(id));
  }

  async list(user: AuthUser, query: ListAssignmentsQuery): Promise<Page<AssignmentView>> {
    await this.access.require(user, query.organisationId);
    const page = await this.reader.pageForOrganisation(query.organisationId, query);
    const facts = await budgetFacts(
      this.dataSource.manager,
      page.items.map((r) => r.id),
      this.directory,
    );
    return { ...page, items: page.items.map((r) => toAssignmentView(r, factsFor(facts, r.id))) };
  }

  /** Members see their organisation's assignments in any state; interims see published ones. */
  async getForUser(user: AuthUser, id: string): Promise<AssignmentView | PublishedAssignmentView> {
    const record = await this.mustGet(id);
    if (user.accountType === 'interim') {
      if (record.status !== 'published') throw notFound('Assignment');
      return toPublishedAssignmentView(record);
    }
    await this.access.require(user, record.organisationId, [], 'Assignment');
    return this.view(record);
  }

  /** The members' view of one assignment. */
  private async view(record: AssignmentRecord): Promise<AssignmentView> {
    const facts = await budgetFacts(this.dataSource.manager, [record.id], this.directory);
    return toAssignmentView(record, factsFor(facts, record.id));
  }

  private async mustGet(id: string): Promise<AssignmentRecord> {
    const record = await this.reader.get(id);
    if (!record) throw notFound('Assignment');
    return record;
  }

  private async resolveSkills(
    user: AuthUser,
    inputs: RequiredSkillDto[],
  ): Promise<{ skills: RequiredSkill[]; resolution: ResolvedSkill[] }> {
    if (!inputs.length) return { skills: [], resolution: [] };
    const resolution = await this.skills.resolve(
      inputs.map((s) => s.name),
      user.locale,
    );
    return { skills: mergeResolvedSkills(inputs, resolution), resolution };
  }
}

/** The column values an edit sets (requiredSkills are stored separately). */
function applyFields(dto: UpdateAssignmentDto): Partial<Assignment> {
  const out: Partial<Assignment> = {};
  if (dto.title !== undefined) out.title = dto.title.trim();
  if (dto.description !== undefined) out.description = dto.description;
  if (dto.assignmentKind !== undefined) out.assignmentKind = dto.assignmentKind;
  if (dto.sector !== undefined) out.sector = dto.sector;
  if (dto.languages !== undefined) out.languages = dto.languages;
  if (dto.location !== undefined) {
    // A location is replaced as a whole: an omitted city or country is cleared.
    out.city = dto.location.city ?? null;
    out.country = dto.location.country ?? null;
  }
  if (dto.remoteShare !== undefined) out.remoteShare = dto.remoteShare;
  if (dto.startDate !== undefined) out.startDate = dto.startDate;
  if (dto.endDate !== undefined) out.endDate = dto.endDate;
  if (dto.hoursPerWeek !== undefined) out.hoursPerWeek = dto.hoursPerWeek;
  if (dto.maxDayRate !== undefined) out.maxDayRate = dto.maxDayRate;
  return out;
}

function assertEditable(status: Assignment['status'], changed: readonly string[]): void {
  const allowed = editableFields(status);
  if (allowed === 'all') return;
  const refused = changed.filter((f) => !allowed.includes(f));
  if (refused.length) {
    throw apiError(
      409,
      AssignmentErrors.fields_locked,
      `Cannot change ${refused.join(', ')} of this assignment: it is ${status}.` +
        (allowed.length ? ` Only ${allowed.join(', ')} can change now.` : ''),
      { state: status },
    );
  }
}

function assertDateOrder(start: string | null, end: string | null): void {
  if (start && end && end < start) {
    throw invalidField(
      'endDate',
      AssignmentFieldCodes.before_start,
      'endDate must not be before startDate',
    );
  }
}

async function replaceSkills(
  manager: EntityManager,
  assignmentId: string,
  skills: readonly RequiredSkill[],
): Promise<void> {
  await manager.delete(AssignmentSkill, { assignmentId });
  if (!skills.length) return;
  await manager.insert(
    AssignmentSkill,
    skills.map((s, position) => ({ assignmentId, position, ...s })),
  );
}
