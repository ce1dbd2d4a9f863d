/** Sectors of the Dutch market an assignment or a profile belongs to (documented in the README). */
export const SECTORS = [
  'government',
  'healthcare',
  'education',
  'financial_services',
  'energy_utilities',
  'manufacturing',
  'logistics',
  'retail',
  'technology',
  'housing',
  'construction',
  'agriculture_food',
  'telecom_media',
  'non_profit',
  'professional_services',
] as const;

export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Readonly<Record<Sector, { en: string; nl: string }>> = {
  government: { en: 'Government and public sector', nl: 'Overheid en publieke sector' },
  healthcare: { en: 'Healthcare', nl: 'Zorg' },
  education: { en: 'Education', nl: 'Onderwijs' },
  financial_services: { en: 'Financial services', nl: 'Financiële dienstverlening' },
  energy_utilities: { en: 'Energy and utilities', nl: 'Energie en nutsbedrijven' },
  manufacturing: { en: 'Manufacturing and industry', nl: 'Industrie en productie' },
  logistics: { en: 'Logistics and transport', nl: 'Logistiek en transport' },
  retail: { en: 'Retail and wholesale', nl: 'Retail en groothandel' },
  technology: { en: 'Technology and IT', nl: 'Technologie en ICT' },
  housing: { en: 'Housing associations', nl: 'Woningcorporaties' },
  construction: { en: 'Construction and real estate', nl: 'Bouw en vastgoed' },
  agriculture_food: { en: 'Agriculture and food', nl: 'Agrarisch en voedingsmiddelen' },
  telecom_media: { en: 'Telecom and media', nl: 'Telecom en media' },
  non_profit: { en: 'Non-profit and charities', nl: 'Non-profit en goede doelen' },
  professional_services: { en: 'Professional services', nl: 'Zakelijke dienstverlening' },
};

export function isSector(value: unknown): value is Sector {
  return typeof value === 'string' && (SECTORS as readonly string[]).includes(value);
}
