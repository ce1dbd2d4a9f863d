import { TemplateKey } from '../domain/notification-kinds';
import { NotificationParams } from '../entities/notification.entity';

export type Locale = 'en' | 'nl';

export function asLocale(value: unknown): Locale {
  return value === 'nl' ? 'nl' : 'en';
}

const REJECTION_REASONS: Record<string, Record<Locale, string>> = {
  experience_mismatch: {
    en: 'the experience asked for is different',
    nl: 'de gevraagde ervaring sluit niet aan',
  },
  availability: { en: 'availability', nl: 'beschikbaarheid' },
  rate: { en: 'the rate', nl: 'het tarief' },
  other_candidate_selected: {
    en: 'another candidate was selected',
    nl: 'er is een andere kandidaat gekozen',
  },
  assignment_cancelled: { en: 'the assignment was cancelled', nl: 'de opdracht gaat niet door' },
  other: { en: 'another reason', nl: 'een andere reden' },
};

export function rejectionReasonLabel(reason: unknown, locale: Locale): string {
  const found = typeof reason === 'string' ? REJECTION_REASONS[reason] : undefined;
  return (found ?? REJECTION_REASONS.other)[locale];
}

function str(params: NotificationParams, key: string): string {
  const v = params[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

export interface MessageText {
  title: string;
  /** Sentences; the e-mail shows them as paragraphs, the app joins them. */
  body: string[];
  /** Label of the button or link into the web UI. */
  action: string;
}

type Writer = (p: NotificationParams, locale: Locale) => MessageText;

/**
 * The words of every message, in English and Dutch. Only values from `params` are
 * interpolated; callers escape them for HTML.
 */
const WRITERS: Record<TemplateKey, Writer> = {
  match: (p, l) => {
    const title = str(p, 'assignmentTitle');
    const org = str(p, 'organisationName');
    const score = str(p, 'score');
    return l === 'nl'
      ? {
          title: `Nieuwe opdracht die bij je past: ${title}`,
          body: [
            `${org} heeft een opdracht gepubliceerd die aansluit bij je profiel (matchscore ${score}).`,
          ],
          action: 'Bekijk de opdracht',
        }
      : {
          title: `New assignment that fits you: ${title}`,
          body: [`${org} published an assignment that fits your profile (match score ${score}).`],
          action: 'View the assignment',
        };
  },
  invitation: (p, l) => {
    const title = str(p, 'assignmentTitle');
    const org = str(p, 'organisationName');
    return l === 'nl'
      ? {
          title: `Uitnodiging om te reageren: ${title}`,
          body: [`${org} nodigt je uit om op deze opdracht te reageren.`],
          action: 'Bekijk de opdracht',
        }
      : {
          title: `Invitation to respond: ${title}`,
          body: [`${org} invites you to respond to this assignment.`],
          action: 'View the assignment',
        };
  },
  'response.submitted': (p, l) => {
    const title = str(p, 'assignmentTitle');
    return l === 'nl'
      ? {
          title: `Nieuwe reactie op ${title}`,
          body: ['Een interim-manager heeft op je opdracht gereageerd.'],
          action: 'Bekijk de reacties',
        }
      : {
          title: `New response to ${title}`,
          body: ['An interim manager responded to your assignment.'],
          action: 'View the responses',
        };
  },
  'response.shortlisted': (p, l) => {
    const title = str(p, 'assignmentTitle');
    const org = str(p, 'organisationName');
    return l === 'nl'
      ? {
          title: `Je staat op de shortlist voor ${title}`,
          body: [`${org} heeft je reactie op de shortlist gezet.`],
          action: 'Bekijk je reactie',
        }
      : {
          title: `You are on the shortlist for ${title}`,
          body: [`${org} shortlisted your response.`],
          action: 'View your response',
        };
  },
  'response.rejected': (p, l) => {
    const title = str(p, 'assignmentTitle');
    const org = str(p, 'organisationName');
    const reason = rejectionReasonLabel(p.reason, l);
    const note = str(p, 'note');
    return l === 'nl'
      ? {
          title: `Je reactie op ${title} is niet gekozen`,
          body: [
            `${org} gaat niet verder met je reactie. Reden: ${reason}.`,
            ...(note ? [`Toelichting: ${note}`] : []),
          ],
          action: 'Bekijk je reactie',
        }
      : {
          title: `Your response to ${title} was not selected`,
          body: [
            `${org} decided not to continue with your response. Reason: ${reason}.`,
            ...(note ? [`Note: ${note}`] : []),
          ],
          action: 'View your response',
        };
  },
  'response.selected': (p, l) => {
    const title = str(p, 'assignmentTitle');
    const org = str(p, 'organisationName');
    return l === 'nl'
      ? {
          title: `Je bent gekozen voor ${title}`,
          body: [`${org} heeft jou gekozen. De inkoopafdeling stuurt je een contract.`],
          action: 'Bekijk de opdracht',
        }
      : {
          title: `You were selected for ${title}`,
          body: [`${org} selected you. Their procurement desk will send you a contract.`],
          action: 'View the assignment',
        };
  },
  'contract.to_draft': (p, l) => {
    const title = str(p, 'assignmentTitle');
    return l === 'nl'
      ? {
          title: `Stel het contract op voor ${title}`,
          body: [
            'Een hiring manager heeft een interim-manager gekozen. Stel het contract op en verstuur het.',
          ],
          action: 'Contract opstellen',
        }
      : {
          title: `Draft the contract for ${title}`,
          body: ['A hiring manager selected an interim manager. Draft and send the contract.'],
          action: 'Draft the contract',
        };
  },
  'contract.sent': (p, l) => {
    const title = str(p, 'assignmentTitle');
    const org = str(p, 'organisationName');
    return l === 'nl'
      ? {
          title: `Contract klaar om te accepteren: ${title}`,
          body: [`${org} heeft je een contract gestuurd. Lees het en accepteer het.`],
          action: 'Bekijk het contract',
        }
      : {
          title: `Contract ready to accept: ${title}`,
          body: [`${org} sent you a contract. Read it and accept it.`],
          action: 'View the contract',
        };
  },
  'contract.accepted': (p, l) => {
    const title = str(p, 'assignmentTitle');
    return l === 'nl'
      ? {
          title: `Contract geaccepteerd: ${title}`,
          body: [
            'De interim-manager heeft het contract geaccepteerd. Onderteken het om het actief te maken.',
          ],
          action: 'Bekijk het contract',
        }
      : {
          title: `Contract accepted: ${title}`,
          body: ['The interim manager accepted the contract. Countersign it to make it active.'],
          action: 'View the contract',
        };
  },
  'contract.active': (p, l) => {
    const title = str(p, 'assignmentTitle');
    return l === 'nl'
      ? {
          title: `Contract actief: ${title}`,
          body: ['Beide partijen hebben getekend; het contract is actief.'],
          action: 'Bekijk het contract',
        }
      : {
          title: `Contract active: ${title}`,
          body: ['Both parties signed; the contract is active.'],
          action: 'View the contract',
        };
  },
  'contract.terminated': (p, l) => {
    const title = str(p, 'assignmentTitle');
    return l === 'nl'
      ? {
          title: `Contract beëindigd: ${title}`,
          body: ['Het contract is beëindigd.'],
          action: 'Bekijk het contract',
        }
      : {
          title: `Contract terminated: ${title}`,
          body: ['The contract was terminated.'],
          action: 'View the contract',
        };
  },
  'review.requested': (p, l) => {
    const title = str(p, 'assignmentTitle');
    return l === 'nl'
      ? {
          title: `Hoe ging het? Beoordeel ${title}`,
          body: ['De opdracht is afgerond. Je beoordeling helpt de volgende match.'],
          action: 'Schrijf een beoordeling',
        }
      : {
          title: `How did it go? Review ${title}`,
          body: ['The assignment has ended. Your review helps the next match.'],
          action: 'Write a review',
        };
  },
  'review.received': (p, l) => {
    const title = str(p, 'assignmentTitle');
    return l === 'nl'
      ? {
          title: `Nieuwe beoordeling voor ${title}`,
          body: ['Je hebt een beoordeling ontvangen.'],
          action: 'Bekijk de beoordeling',
        }
      : {
          title: `New review for ${title}`,
          body: ['You received a review.'],
          action: 'View the review',
        };
  },
};

export function messageText(
  template: TemplateKey,
  params: NotificationParams,
  locale: Locale,
): MessageText {
  return WRITERS[template](params, locale);
}

/** Reasons the match fits, in the reader's language (stored as {en: [...], nl: [...]}). */
export function matchReasons(params: NotificationParams, locale: Locale): string[] {
  const reasons = params.reasons;
  if (!reasons || typeof reasons !== 'object' || Array.isArray(reasons)) return [];
  const list = reasons[locale];
  return Array.isArray(list) ? list.filter((s) => typeof s === 'string').slice(0, 3) : [];
}
