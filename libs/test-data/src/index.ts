/**
 * Test and demo data: one seeded random, one Dutch name list, one ESCO catalogue, the generated
 * interims and assignments and their bulk writer. Used by the seed, the benches and the tests;
 * no domain library imports it.
 */
export * from './seeded-random';
export * from './dutch-names';
export * from './esco-catalogue';
export * from './interim-generator';
export * from './generated-data.writer';
