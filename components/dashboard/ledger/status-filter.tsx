import { AUTH_STATUSES, type AuthStatus } from '@/lib/schemas/authorization';
import type { StatusFilter as Filter } from '@/lib/ui/ledger-rows';
import { AUTH_STATUS_LABEL } from '@/components/ledger/labels';

export interface StatusFilterProps {
  value: Filter;
  counts: Record<AuthStatus, number>;
  total: number;
  onChange: (filter: Filter) => void;
}

/** One toggle per status with its count, so "3 expiring" is visible before anyone filters. */
export function StatusFilter({ value, counts, total, onChange }: StatusFilterProps) {
  const options: Array<{ key: Filter; label: string; count: number }> = [
    { key: 'all', label: 'All', count: total },
    ...AUTH_STATUSES.map((s) => ({ key: s, label: AUTH_STATUS_LABEL[s], count: counts[s] })),
  ];
  return (
    <div role="group" aria-label="Filter by status" className="ss-ledger__filter">
      {options.map((o) => (
        <button
          key={o.key}
          type="button"
          className="ss-ledger-chip"
          aria-pressed={value === o.key}
          onClick={() => onChange(o.key)}
        >
          {o.label} <span className="ss-ledger-chip__count">{o.count}</span>
        </button>
      ))}
    </div>
  );
}
