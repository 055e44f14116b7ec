import type { ShortlistStatus } from '@/lib/schemas/shortlist';
import type { VideoRow } from '@/components/shared/row-types';
import { ScorePill } from '@/components/shared/score-pill';
import { StatusSelect } from '@/components/shared/status-select';

export type PopupRow = Pick<VideoRow, 'videoId' | 'handle' | 'caption' | 'score' | 'band' | 'status'>;

export interface PopupRowProps {
  row: PopupRow;
  onStatusChange: (videoId: string, status: ShortlistStatus) => void;
  onOpen: (videoId: string) => void;
}

/** One compact row: score and band, who, the caption's start (text only), and the status to change in place. */
export function PopupRowItem({ row, onStatusChange, onOpen }: PopupRowProps) {
  return (
    <li className="ss-prow">
      <ScorePill score={row.score} band={row.band} />
      <button
        type="button"
        className="ss-prow__main"
        onClick={() => onOpen(row.videoId)}
        title={`Open @${row.handle}'s video in the dashboard`}
      >
        <span className="ss-prow__handle">@{row.handle}</span>
        <span className="ss-prow__caption">{row.caption || 'No caption'}</span>
      </button>
      <StatusSelect
        value={row.status}
        label={`Status of @${row.handle}'s video`}
        onChange={(status) => onStatusChange(row.videoId, status)}
      />
    </li>
  );
}
