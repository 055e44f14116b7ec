import { useState, type MouseEvent } from 'react';
import { describeExpiry } from '@/lib/ledger/describe';
import { describeWarning } from '@/lib/ledger/warnings';
import type { LedgerRow as Row } from '@/lib/ui/ledger-rows';
import { copyText } from '@/components/ledger/clipboard';
import { localDateLabel, videoName } from '@/components/ledger/labels';
import { MaskedCode } from '@/components/ledger/masked-code';
import { defaultRenewalText, RenewalRequest, type CopyState } from '@/components/ledger/renewal-request';
import { StatusPills } from '@/components/ledger/status-pills';

export interface LedgerRowProps {
  row: Row;
  now: number;
  timeZone?: string;
  onOpenVideo?: (videoId: string) => void;
  /** The row's video is open in the detail panel. */
  active?: boolean;
}

const COLUMNS = 6;

/**
 * One code: who, the masked code, status, days left in words, campaign end, and the renewal action. The last two are
 * `ss-ledger__wide`: hidden beside the detail panel, which shows both for the open video.
 */
export function LedgerRow({ row, now, timeZone, onOpenVideo, active = false }: LedgerRowProps) {
  const { auth, video, status, expiring, warnings } = row;
  const [renewal, setRenewal] = useState<CopyState | null>(null);
  const name = videoName(video, auth.videoId);
  const open = onOpenVideo
    ? (e: MouseEvent) => {
        e.preventDefault();
        onOpenVideo(auth.videoId);
      }
    : undefined;
  const copyRenewal = async () => {
    // Copy in the click itself (browsers allow clipboard writes during a user gesture), then show the text to edit.
    setRenewal((await copyText(defaultRenewalText(auth, video, now, timeZone))) ? 'copied' : 'failed');
  };

  return (
    <>
      <tr
        data-authorization-id={auth.id}
        data-status={status}
        data-replaced={row.replaced || undefined}
        aria-current={active || undefined}
      >
        <th scope="row">
          <a
            href={`#/video/${encodeURIComponent(auth.videoId)}`}
            onClick={open}
            aria-label={`Open ${name}'s video ${auth.videoId}`}
          >
            {name}
          </a>
          {row.replaced && <span className="ss-muted"> (replaced)</span>}
        </th>
        <td>
          {auth.code ? (
            <MaskedCode code={auth.code} label={`code for ${name}`} />
          ) : (
            <span className="ss-muted">not received</span>
          )}
        </td>
        <td>
          <StatusPills status={status} expiring={expiring} />
        </td>
        <td className="ss-ledger__expiry">
          {describeExpiry(auth, now, { timeZone })}
          {warnings.length > 0 && (
            <ul className="ss-row-warnings" aria-label={`Warnings for ${name}`}>
              {warnings.map((w, i) => (
                <li key={i}>{describeWarning(w, { timeZone })}</li>
              ))}
            </ul>
          )}
        </td>
        <td className="ss-ledger__wide">
          {auth.campaignEndDate ? localDateLabel(auth.campaignEndDate, timeZone) : <span className="ss-muted">—</span>}
        </td>
        <td className="ss-ledger__wide">
          {auth.code && !row.replaced && (
            <button
              type="button"
              className="ss-button"
              aria-expanded={renewal !== null}
              aria-label={`Copy renewal request for ${name}`}
              onClick={copyRenewal}
            >
              Copy renewal request
            </button>
          )}
        </td>
      </tr>
      {renewal !== null && (
        <tr className="ss-ledger__renewal">
          <td colSpan={COLUMNS}>
            <RenewalRequest auth={auth} video={video} now={now} timeZone={timeZone} initialCopy={renewal} />
            <button type="button" className="ss-link-button" onClick={() => setRenewal(null)}>
              Close
            </button>
          </td>
        </tr>
      )}
    </>
  );
}
