import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { toggleCompared } from '../../../lib/responses';

export type CompareSelection = ReturnType<typeof useCompareSelection>;

/**
 * The candidates picked for comparison, mirrored in the URL (?compare=a,b) so a comparison can be
 * shared. Kept in state too: router navigations run as transitions, and a controlled checkbox must
 * reflect the click at once.
 */
export function useCompareSelection() {
  const [params, setParams] = useSearchParams();
  const [selected, setSelected] = useState<string[]>(() =>
    (params.get('compare') ?? '').split(',').filter(Boolean),
  );
  const toggle = (interimId: string) => {
    const next = toggleCompared(selected, interimId);
    setSelected(next);
    const copy = new URLSearchParams(params);
    if (next.length) copy.set('compare', next.join(','));
    else copy.delete('compare');
    setParams(copy, { replace: true });
  };
  return { selected, toggle };
}
