import { memo, type CSSProperties, type MouseEvent } from 'react';
import type { ShortlistStatus } from '@/lib/schemas/shortlist';
import { ELIGIBILITY_STATUS_LABEL, policyLabel } from '@/components/shared/labels';
import type { BadRow, VideoRow } from '@/components/shared/row-types';
import { ScorePill } from '@/components/shared/score-pill';
import { StatusSelect } from '@/components/shared/status-select';
import { GRID_VAR, hideClass } from './columns';
import { countTitle, formatCount, formatDate, formatRate, truncate } from './format';

export interface TableRowProps {
  row: VideoRow;
  index: number;
  selected: boolean;
  active: boolean;
  style: CSSProperties;
  onToggle: (id: string, range: boolean) => void;
  onOpen: (id: string) => void;
  onStatusChange: (id: string, status: ShortlistStatus) => void;
}

/** Clicks on the row's own controls do their own thing; a click anywhere else opens the detail panel. */
const fromControl = (e: MouseEvent) => (e.target as HTMLElement).closest('input, select, button, a') !== null;

function Warnings({ row }: { row: VideoRow }) {
  const notes: string[] = [];
  if (row.policyCategories.length) notes.push(`Policy: ${row.policyCategories.map(policyLabel).join(', ')}`);
  if (row.eligibility && row.eligibility !== 'eligible') notes.push(ELIGIBILITY_STATUS_LABEL[row.eligibility]);
  if (notes.length === 0) return null;
  return (
    <span className="ss-warn" title={notes.join(' · ')} role="img" aria-label={notes.join(', ')}>
      ⚑
    </span>
  );
}

/** One shortlisted video in the virtual table. Memoized: scrolling re-renders only rows that enter the window. */
export const TableRow = memo(function TableRow({ row, index, selected, active, style, ...on }: TableRowProps) {
  const exact = row.statsExact;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-video-id={row.videoId}
      className={`ss-trow${selected ? ' ss-trow--selected' : ''}${active ? ' ss-trow--active' : ''}`}
      style={{ ...style, gridTemplateColumns: GRID_VAR }}
      onClick={(e) => {
        if (!fromControl(e)) on.onOpen(row.videoId);
      }}
    >
      <div role="cell" className="ss-cell ss-cell--select">
        <input
          type="checkbox"
          aria-label={`Select @${row.handle}'s video`}
          checked={selected}
          onChange={() => {}}
          onClick={(e) => on.onToggle(row.videoId, e.shiftKey)}
        />
      </div>
      <div role="cell" className="ss-cell ss-cell--score">
        <ScorePill score={row.score} band={row.band} />
        <Warnings row={row} />
      </div>
      <div role="cell" className="ss-cell ss-cell--handle">
        <button type="button" className="ss-row-open" onClick={() => on.onOpen(row.videoId)} title="Open details">
          @{row.handle}
        </button>
      </div>
      <div role="cell" className="ss-cell ss-cell--caption" title={row.caption}>
        {row.caption ? truncate(row.caption, 140) : <span className="ss-muted">No caption</span>}
      </div>
      <div role="cell" className="ss-cell ss-cell--end" title={countTitle(row.views, exact)}>
        {formatCount(row.views, exact)}
      </div>
      <div role="cell" className={`ss-cell ss-cell--end${hideClass('likes')}`} title={countTitle(row.likes, exact)}>
        {formatCount(row.likes, exact)}
      </div>
      <div role="cell" className="ss-cell ss-cell--end">
        {formatRate(row.engagementRatePct)}
      </div>
      <div role="cell" className={`ss-cell${hideClass('posted')}`}>
        {formatDate(row.postedAt)}
      </div>
      <div role="cell" className={`ss-cell${hideClass('shortlisted')}`}>
        {formatDate(row.shortlistedAt)}
      </div>
      <div role="cell" className="ss-cell">
        <StatusSelect
          value={row.status}
          label={`Status of @${row.handle}'s video`}
          onChange={(s) => on.onStatusChange(row.videoId, s)}
        />
      </div>
      <div role="cell" className={`ss-cell ss-cell--tags${hideClass('tags')}`} title={row.tags.join(', ')}>
        {row.tags.map((t) => (
          <span key={t} className="ss-tag">
            {t}
          </span>
        ))}
      </div>
    </div>
  );
});

/** A record that no longer reads: its key and the reason, with a way to remove it. The other rows keep working. */
export const BadTableRow = memo(function BadTableRow(p: {
  bad: BadRow;
  index: number;
  style: CSSProperties;
  onDelete: (id: string) => void;
}) {
  return (
    <div role="row" aria-rowindex={p.index + 2} className="ss-trow ss-trow--bad" style={p.style}>
      <div role="cell" className="ss-cell ss-bad">
        <span className="ss-bad__label">Unreadable record</span>
        <span className="ss-bad__id">{p.bad.id}</span>
        <span className="ss-bad__reason">{p.bad.reason}</span>
        <button type="button" className="ss-btn ss-btn--ghost ss-btn--sm" onClick={() => p.onDelete(p.bad.id)}>
          Delete record
        </button>
      </div>
    </div>
  );
});
