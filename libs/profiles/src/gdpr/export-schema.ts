/** The OpenAPI shape of a personal-data export: a few fixed fields and one key per section. */
export const EXPORT_SCHEMA = {
  type: 'object' as const,
  properties: {
    format: { type: 'string' as const },
    exportedAt: { type: 'string' as const, format: 'date-time' },
    subjectId: { type: 'string' as const, format: 'uuid' },
  },
  additionalProperties: true,
};
