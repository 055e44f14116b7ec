import { useMemo } from 'react';
import { groupCreators, sortCreators, type CreatorSummary, type RowModel } from '@/lib/db';

/**
 * Creators with their totals, grouped from the live row model in memory (one pass over 10,000 rows takes a few ms),
 * so the creator view always agrees with the table: best score first, with the single-live-video warning.
 */
export function useCreators(model: RowModel | undefined): CreatorSummary[] | undefined {
  return useMemo(() => (model ? sortCreators(groupCreators(model.rows, Date.now())) : undefined), [model]);
}
