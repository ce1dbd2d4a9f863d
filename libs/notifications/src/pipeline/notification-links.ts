import { TEMPLATES, TemplateKey } from '../domain/notification-kinds';

export interface LinkIds {
  assignmentId?: string;
  responseId?: string;
  contractId?: string;
}

/** Where each message leads in the web UI (a path relative to PUBLIC_URL). */
export function notificationLink(template: TemplateKey, ids: LinkIds): string {
  switch (template) {
    case TEMPLATES.match:
    case TEMPLATES.invitation:
    case TEMPLATES.responseShortlisted:
    case TEMPLATES.responseRejected:
    case TEMPLATES.responseSelected:
      return `/assignments/${ids.assignmentId ?? ''}`;
    case TEMPLATES.responseSubmitted:
      return `/assignments/${ids.assignmentId ?? ''}/responses`;
    case TEMPLATES.contractToDraft:
      return `/contracts/new?responseId=${ids.responseId ?? ''}`;
    case TEMPLATES.contractSent:
    case TEMPLATES.contractAccepted:
    case TEMPLATES.contractActive:
    case TEMPLATES.contractTerminated:
    case TEMPLATES.reviewRequested:
    case TEMPLATES.reviewReceived:
      return `/contracts/${ids.contractId ?? ''}`;
  }
}

export const SETTINGS_PATH = '/settings/notifications';
