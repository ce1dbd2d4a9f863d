/**
 * The self-employment check (Wet DBA, and the criteria of the proposed Wet VBAR) that procurement
 * answers for every contract version. The answers are stored as given; the risk level is derived
 * here, in one place, and stored next to them so a later change of these rules never rewrites
 * what was shown when the contract was signed.
 */
export const WORK_DIRECTIONS = ['interim', 'shared', 'client'] as const;
export type WorkDirection = (typeof WORK_DIRECTIONS)[number];

export const EMBEDDINGS = ['none', 'partial', 'full'] as const;
export type Embedding = (typeof EMBEDDINGS)[number];

export type DbaRiskLevel = 'low' | 'medium' | 'high';

export interface DbaAnswers {
  /** Who directs how the work is done: the interim, shared, or the client (employer authority). */
  workDirection: WorkDirection;
  /** How far the interim is embedded in the organisation (line position, same work as employees). */
  embedding: Embedding;
  /** Works for other clients too. */
  multipleClients: boolean;
  /** Carries own professional liability insurance. */
  professionalLiabilityInsurance: boolean;
  /** Bears financial risk: no pay for work not delivered, no pay during illness, own costs. */
  bearsFinancialRisk: boolean;
  /** Acts as an entrepreneur: own tools, own acquisition, invests in the business. */
  actsAsEntrepreneur: boolean;
  notes?: string | null;
}

/**
 * The VBAR rate threshold: below this hourly rate the bill presumes employment. It is indexed
 * yearly (EUR 36 for 2025); update it when the law or its indexation changes.
 */
export const VBAR_RATE_THRESHOLD_EUR_PER_HOUR = 36;
/** The day rate is converted with an eight-hour working day. */
export const HOURS_PER_DAY = 8;

export interface DbaContext {
  dayRate: number;
  /** Total duration of the engagement: from the first version's start to this version's end. */
  seriesStartDate: string;
  endDate: string;
}

export interface DbaAssessment {
  riskLevel: DbaRiskLevel;
  score: number;
  durationMonths: number;
  hourlyRate: number;
  reasons: string[];
}

const HIGH_SCORE = 6;
const MEDIUM_SCORE = 3;

export function monthsBetween(startDate: string, endDate: string): number {
  const start = Date.parse(`${startDate}T00:00:00Z`);
  const end = Date.parse(`${endDate}T00:00:00Z`);
  const days = Math.max(0, Math.round((end - start) / 86_400_000) + 1);
  return Math.round((days / 30.4375) * 10) / 10;
}

export function assessDba(answers: DbaAnswers, context: DbaContext): DbaAssessment {
  const reasons: string[] = [];
  let score = 0;

  if (answers.workDirection === 'client') {
    score += 4;
    reasons.push('The client directs how the work is done (employer authority).');
  } else if (answers.workDirection === 'shared') {
    score += 2;
    reasons.push('Direction of the work is shared with the client.');
  }

  if (answers.embedding === 'full') {
    score += 3;
    reasons.push('The interim is fully embedded in the organisation.');
  } else if (answers.embedding === 'partial') {
    score += 1;
    reasons.push('The interim is partly embedded in the organisation.');
  }

  const durationMonths = monthsBetween(context.seriesStartDate, context.endDate);
  if (durationMonths > 24) {
    score += 2;
    reasons.push(`Long engagement: ${durationMonths} months in total.`);
  } else if (durationMonths > 12) {
    score += 1;
    reasons.push(`Engagement longer than a year: ${durationMonths} months in total.`);
  }

  const entrepreneurship: [boolean, string][] = [
    [answers.multipleClients, 'No other clients.'],
    [answers.professionalLiabilityInsurance, 'No professional liability insurance.'],
    [answers.bearsFinancialRisk, 'Bears no financial risk.'],
    [answers.actsAsEntrepreneur, 'Does not act as an entrepreneur.'],
  ];
  for (const [yes, reason] of entrepreneurship) {
    if (!yes) {
      score += 1;
      reasons.push(reason);
    }
  }

  const hourlyRate = Math.round((context.dayRate / HOURS_PER_DAY) * 100) / 100;
  if (hourlyRate < VBAR_RATE_THRESHOLD_EUR_PER_HOUR) {
    score += 3;
    reasons.push(
      `Rate of EUR ${hourlyRate}/hour is below the VBAR threshold of EUR ${VBAR_RATE_THRESHOLD_EUR_PER_HOUR}/hour.`,
    );
  }

  // Employer authority contradicts the "geen werkgeversgezag" model agreement outright.
  const riskLevel: DbaRiskLevel =
    answers.workDirection === 'client' || score >= HIGH_SCORE
      ? 'high'
      : score >= MEDIUM_SCORE
        ? 'medium'
        : 'low';
  return { riskLevel, score, durationMonths, hourlyRate, reasons };
}
