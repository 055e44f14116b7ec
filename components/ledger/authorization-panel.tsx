import { runtimeTimeZone } from '@/lib/ledger/zoned-time';
import { useLedgerActions } from '@/lib/ui/ledger-actions';
import { useVideoLedger } from '@/lib/ui/ledger-data';
import { useNow } from '@/lib/ui/ledger-now';
import { AuthorizationPanelView } from './authorization-panel-view';
import './ledger.css';

export interface AuthorizationPanelProps {
  videoId: string;
  /** A fixed clock (tests, previews); default: the real time, refreshed every minute. */
  now?: number;
  timeZone?: string;
}

/** The per-video authorization panel for the dashboard's video detail, wired to the database. */
export function AuthorizationPanel({ videoId, now: fixedNow, timeZone = runtimeTimeZone() }: AuthorizationPanelProps) {
  const data = useVideoLedger(videoId);
  const actions = useLedgerActions({ fixedNow, timeZone });
  const now = useNow(60_000, fixedNow);
  if (data === undefined) return <p role="status">Loading the authorization…</p>;
  const video = data.videos.get(videoId) ?? { videoId, handle: null, url: null };
  return (
    <AuthorizationPanelView
      video={video}
      authorizations={data.authorizations}
      videos={data.videos}
      entries={data.entries}
      now={now}
      timeZone={timeZone}
      actions={actions}
    />
  );
}
