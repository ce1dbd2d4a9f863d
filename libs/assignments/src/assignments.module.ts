import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule, UserDirectory } from '@gilde/identity';
import { TaxonomyModule } from '@gilde/taxonomy';
import { AssignmentLifecycleService } from './assignments/assignment-lifecycle.service';
import { AssignmentsController } from './assignments/assignments.controller';
import { AssignmentsReader } from './assignments/assignments.reader';
import { AssignmentsService } from './assignments/assignments.service';
import { AssignmentBudgetChange } from './entities/assignment-budget-change.entity';
import { AssignmentInvitation } from './entities/assignment-invitation.entity';
import { AssignmentResponse } from './entities/assignment-response.entity';
import { AssignmentSkill } from './entities/assignment-skill.entity';
import { ResponseOutcome } from './entities/response-outcome.entity';
import { Assignment } from './entities/assignment.entity';
import { InvitationsController } from './invitations/invitations.controller';
import { InvitationsService } from './invitations/invitations.service';
import { ResponsesController } from './responses/responses.controller';
import { Respondents } from './responses/respondents';
import { ResponseRetentionService } from './responses/response-retention.service';
import { ResponsesReader } from './responses/responses.reader';
import { ResponsesService } from './responses/responses.service';

/**
 * Readers and the lifecycle, without HTTP: for other libraries' modules and the worker.
 * AssignmentLifecycleService.markFilled is how contracts moves an assignment to filled.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Assignment,
      AssignmentSkill,
      AssignmentInvitation,
      AssignmentResponse,
      ResponseOutcome,
      AssignmentBudgetChange,
    ]),
  ],
  providers: [
    AssignmentsReader,
    ResponsesReader,
    AssignmentLifecycleService,
    ResponseRetentionService,
    UserDirectory,
  ],
  exports: [
    AssignmentsReader,
    ResponsesReader,
    AssignmentLifecycleService,
    ResponseRetentionService,
  ],
})
export class AssignmentsCoreModule {}

/**
 * The assignments and responses API. It needs a RespondentFacts provider, which the libraries
 * owning profiles and matches supply (they depend on this one).
 */
@Module({
  imports: [AssignmentsCoreModule, IdentityModule, TaxonomyModule],
  controllers: [AssignmentsController, InvitationsController, ResponsesController],
  providers: [AssignmentsService, InvitationsService, ResponsesService, Respondents, UserDirectory],
  exports: [AssignmentsCoreModule],
})
export class AssignmentsModule {}
