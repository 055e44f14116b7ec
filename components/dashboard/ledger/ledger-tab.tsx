import { maskCode } from '@/lib/ledger/code';
import { describeExpiry } from '@/lib/ledger/describe';
import { statusAt } from '@/lib/ledger/expiry';
import { useLedger } from '@/lib/ui/ledger-data';

export interface LedgerTabProps {
  /** Open a video's detail panel; default: navigate to `#/video/<id>`. */
  onOpenVideo?: (videoId: string) => void;
  /** The clock (tests); default Date.now() at render. */
  now?: number;
}

function openByHash(videoId: string) {
  location.hash = `#/video/${encodeURIComponent(videoId)}`;
}

/** Every authorization code, soonest expiry first. */
export function LedgerTab({ onOpenVideo = openByHash, now }: LedgerTabProps) {
  const data = useLedger();
  if (data === undefined) return <p role="status">Loading the ledger…</p>;
  const at = now ?? Date.now();
  if (data.authorizations.length === 0) return <p>No authorization codes yet.</p>;
  return (
    <table className="ss-ledger">
      <thead>
        <tr>
          <th scope="col">Video</th>
          <th scope="col">Code</th>
          <th scope="col">Status</th>
          <th scope="col">Expiry</th>
        </tr>
      </thead>
      <tbody>
        {data.authorizations.map((a) => (
          <tr key={a.id} data-authorization-id={a.id}>
            <td>
              <button type="button" onClick={() => onOpenVideo(a.videoId)}>
                {data.videos.get(a.videoId)?.handle ? `@${data.videos.get(a.videoId)!.handle}` : a.videoId}
              </button>
            </td>
            <td>{a.code === null ? '—' : maskCode(a.code)}</td>
            <td>{statusAt(a, at)}</td>
            <td>{describeExpiry(a, at)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
