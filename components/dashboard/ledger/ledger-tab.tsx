import { useState } from 'react';
import { runtimeTimeZone } from '@/lib/ledger/zoned-time';
import { useLedger } from '@/lib/ui/ledger-data';
import { useNow } from '@/lib/ui/ledger-now';
import { ledgerRows } from '@/lib/ui/ledger-rows';
import '@/components/ledger/ledger.css';
import { LedgerTable } from './ledger-table';

export interface LedgerTabProps {
  /** Open a video's detail panel. Default: the row's link navigates to `#/video/<id>`. */
  onOpenVideo?: (videoId: string) => void;
  /** The video whose detail panel is open: its codes are marked as the current rows. */
  activeVideoId?: string | null;
  /** A fixed clock (tests, previews); default: the real time, refreshed every minute. */
  now?: number;
  timeZone?: string;
}

/** The dashboard's "Ledger" tab: every authorization code, live from the database. */
export function LedgerTab({
  onOpenVideo,
  activeVideoId = null,
  now: fixedNow,
  timeZone = runtimeTimeZone(),
}: LedgerTabProps) {
  const data = useLedger();
  const now = useNow(60_000, fixedNow);
  const [includeReplaced, setIncludeReplaced] = useState(false);
  if (data === undefined) return <p role="status">Loading the ledger…</p>;
  return (
    <LedgerTable
      rows={ledgerRows(data, { now, timeZone, includeReplaced })}
      bad={data.bad}
      now={now}
      timeZone={timeZone}
      includeReplaced={includeReplaced}
      onIncludeReplacedChange={setIncludeReplaced}
      onOpenVideo={onOpenVideo}
      activeVideoId={activeVideoId}
    />
  );
}
