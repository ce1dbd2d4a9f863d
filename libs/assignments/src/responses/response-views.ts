import { OrganisationRole } from '@gilde/identity';
import {
  MyResponseView,
  ResponseForHiringManagerView,
  ResponseForProcurementView,
} from '../dto/response.dto';
import { OwnResponse, RespondentResponse } from './responses.reader';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** Procurement and organisation admins see proposed rates; hiring managers see budget fit only. */
export function seesRates(roles: readonly OrganisationRole[]): boolean {
  return roles.includes('procurement') || roles.includes('admin');
}

export function toHiringManagerView(r: RespondentResponse): ResponseForHiringManagerView {
  return {
    id: r.id,
    assignmentId: r.assignmentId,
    interim: { id: r.interimId, displayName: r.displayName, headline: r.headline },
    motivation: r.motivation,
    availableFrom: r.availableFrom,
    withinBudget: r.maxDayRate === null ? null : r.proposedDayRate <= r.maxDayRate,
    status: r.status,
    rejectionReason: r.rejectionReason,
    rejectionNote: r.rejectionNote,
    decidedAt: iso(r.decidedAt),
    matchScore: r.matchScore,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function toProcurementView(r: RespondentResponse): ResponseForProcurementView {
  return { ...toHiringManagerView(r), proposedDayRate: r.proposedDayRate };
}

/** The view for a member holding `roles`. */
export function toOrganisationView(
  r: RespondentResponse,
  roles: readonly OrganisationRole[],
): ResponseForHiringManagerView | ResponseForProcurementView {
  return seesRates(roles) ? toProcurementView(r) : toHiringManagerView(r);
}

export function toMyResponseView(r: OwnResponse): MyResponseView {
  return {
    id: r.id,
    assignment: {
      id: r.assignmentId,
      title: r.assignmentTitle,
      status: r.assignmentStatus,
      organisationName: r.organisationName,
    },
    motivation: r.motivation,
    proposedDayRate: r.proposedDayRate,
    availableFrom: r.availableFrom,
    status: r.status,
    rejectionReason: r.rejectionReason,
    rejectionNote: r.rejectionNote,
    decidedAt: iso(r.decidedAt),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
