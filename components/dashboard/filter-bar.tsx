import { useId } from 'react';
import { BANDS, OBJECTIVES, POLICY_CATEGORIES } from '@/lib/schemas/score';
import { SHORTLIST_STATUSES, type ShortlistStatus } from '@/lib/schemas/shortlist';
import {
  activeFilterCount,
  type Filters,
  type ListFilter,
  type PolicyFilter,
} from '@/lib/state/dashboard-filter-slice';
import {
  BAND_LABEL,
  ELIGIBILITY_STATUS_LABEL,
  OBJECTIVE_LABEL,
  policyLabel,
  STATUS_LABEL,
} from '@/components/shared/labels';
import { ToggleGroup } from './toggle-group';

export interface FilterBarProps {
  filters: Filters;
  onToggle: <K extends ListFilter>(key: K, value: Filters[K][number]) => void;
  onSet: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  onClear: () => void;
  /** Tags in use (the tag filter's options). */
  tags: readonly string[];
  /** Handles in use (suggestions for the creator filter). */
  creators: readonly string[];
  statusCounts?: Readonly<Partial<Record<ShortlistStatus, number>>>;
}

const ELIGIBILITY = ['eligible', 'at-risk', 'ineligible'] as const;

/** Search and every filter of the table; all of them combine (a row must pass each one that is set). */
export function FilterBar({ filters: f, onToggle, onSet, onClear, tags, creators, statusCounts }: FilterBarProps) {
  const creatorList = useId();
  const active = activeFilterCount(f);
  return (
    <div className="ss-filters" role="search" aria-label="Filter the shortlist">
      <div className="ss-filters__line">
        <input
          type="search"
          className="ss-input ss-filters__search"
          aria-label="Search caption, handle, tags and note"
          placeholder="Search caption, @handle, #tag, note…"
          value={f.text}
          onChange={(e) => onSet('text', e.target.value)}
        />
        <ToggleGroup
          label="Status"
          options={SHORTLIST_STATUSES}
          labels={STATUS_LABEL}
          value={f.statuses}
          counts={statusCounts}
          onToggle={(v) => onToggle('statuses', v)}
        />
      </div>
      <div className="ss-filters__line">
        <ToggleGroup
          label="Band"
          options={BANDS}
          labels={BAND_LABEL}
          value={f.bands}
          onToggle={(v) => onToggle('bands', v)}
        />
        <ToggleGroup
          label="Objective"
          options={OBJECTIVES}
          labels={OBJECTIVE_LABEL}
          value={f.objectives}
          onToggle={(v) => onToggle('objectives', v)}
        />
        <ToggleGroup
          label="Eligibility"
          options={ELIGIBILITY}
          labels={ELIGIBILITY_STATUS_LABEL}
          value={f.eligibility}
          onToggle={(v) => onToggle('eligibility', v)}
        />
        <label className="ss-filter">
          <span className="ss-filter__label">Policy</span>
          <select
            className="ss-select"
            value={f.policy}
            onChange={(e) => onSet('policy', e.target.value as PolicyFilter)}
          >
            <option value="any">Any</option>
            <option value="flagged">Any flag</option>
            <option value="clean">No flags</option>
            {POLICY_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {policyLabel(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="ss-filter">
          <span className="ss-filter__label">Tag</span>
          <select
            className="ss-select"
            value=""
            onChange={(e) => e.target.value && onToggle('tags', e.target.value)}
            disabled={tags.length === 0}
          >
            <option value="">{tags.length ? 'Add tag filter…' : 'No tags yet'}</option>
            {tags
              .filter((t) => !f.tags.includes(t))
              .map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
          </select>
        </label>
        <label className="ss-filter">
          <span className="ss-filter__label">Creator</span>
          <input
            className="ss-input ss-filter__creator"
            list={creatorList}
            placeholder="@handle"
            value={f.creator}
            onChange={(e) => onSet('creator', e.target.value.trim().replace(/^@/, ''))}
          />
          <datalist id={creatorList}>
            {creators.slice(0, 500).map((h) => (
              <option key={h} value={h} />
            ))}
          </datalist>
        </label>
        <button type="button" className="ss-btn ss-btn--ghost ss-btn--sm" onClick={onClear} disabled={active === 0}>
          Clear filters{active > 0 ? ` (${active})` : ''}
        </button>
      </div>
      {f.tags.length > 0 && (
        <ul className="ss-filters__chips" aria-label="Tag filters">
          {f.tags.map((t) => (
            <li key={t} className="ss-chip">
              <span>#{t}</span>
              <button
                type="button"
                className="ss-chip__remove"
                aria-label={`Remove tag filter ${t}`}
                onClick={() => onToggle('tags', t)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
