import type { ReactNode } from 'react';
import { DbaFields } from './dba-fields';
import type { FieldsProps } from './fields-props';
import { TermsFields } from './terms-fields';

/** The contract fields and the self-employment (DBA) questions, for drafting and editing. */
export function ContractFields({
  draft,
  set,
  errors,
  cardMax,
  intro,
}: FieldsProps & { cardMax: number | null; intro?: ReactNode }) {
  return (
    <>
      <TermsFields draft={draft} set={set} errors={errors} cardMax={cardMax} intro={intro} />
      <DbaFields draft={draft} set={set} errors={errors} />
    </>
  );
}
