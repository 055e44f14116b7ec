import { useId, useState } from 'react';
import { nextLongerDuration, renewalRequest } from '@/lib/ledger/renewal';
import { STANDARD_DURATIONS, type Authorization } from '@/lib/schemas/authorization';
import { copyText } from './clipboard';
import { durationLabel } from './labels';
import { errorMessage } from '@/lib/error-message';

export interface RenewalVideoInfo {
  videoId: string;
  url: string | null;
  handle: string | null;
}

/** The video's link for the creator; built from the id when the shortlist entry has none. */
export function videoUrlOf(video: RenewalVideoInfo): string {
  return video.url ?? `https://www.tiktok.com/@${video.handle ?? ''}/video/${video.videoId}`;
}

/** The message with the default duration (the next longer TikTok duration): what a one-click "copy" copies. */
export function defaultRenewalText(auth: Authorization, video: RenewalVideoInfo, now: number, timeZone?: string) {
  return renewalRequest(auth, { url: videoUrlOf(video), handle: video.handle }, { now, timeZone });
}

export type CopyState = 'idle' | 'copied' | 'failed';

export interface RenewalRequestProps {
  auth: Authorization;
  video: RenewalVideoInfo;
  now: number;
  timeZone?: string;
  /** Shown after a copy made elsewhere (the ledger row's button). */
  initialCopy?: CopyState;
  /** Records the renewal as requested (a pending record that becomes current when its code arrives). */
  onMarkRequested?: (requestedDays: number) => Promise<void>;
}

/** The renewal message, editable duration, in a textarea (works without clipboard permission) and one click to copy. */
export function RenewalRequest({
  auth,
  video,
  now,
  timeZone,
  initialCopy = 'idle',
  onMarkRequested,
}: RenewalRequestProps) {
  const id = useId();
  const [days, setDays] = useState(() => nextLongerDuration(auth.grantedDays));
  const [copy, setCopy] = useState<CopyState>(initialCopy);
  const [marked, setMarked] = useState<string | null>(null);
  const text = renewalRequest(
    auth,
    { url: videoUrlOf(video), handle: video.handle },
    { now, timeZone, requestedDays: days },
  );

  return (
    <div className="ss-renewal">
      <div className="ss-field">
        <label htmlFor={`${id}-days`}>Ask for</label>
        <select
          className="ss-select"
          id={`${id}-days`}
          value={String(days)}
          onChange={(e) => {
            setDays(Number(e.target.value));
            setCopy('idle');
          }}
        >
          {STANDARD_DURATIONS.map((d) => (
            <option key={d} value={String(d)}>
              {durationLabel(d)}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={`${id}-text`}>Renewal request message</label>
      <textarea
        id={`${id}-text`}
        className="ss-input ss-renewal__text"
        readOnly
        rows={9}
        value={text}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="ss-actions">
        <button
          type="button"
          className="ss-button ss-button--primary"
          onClick={async () => setCopy((await copyText(text)) ? 'copied' : 'failed')}
        >
          Copy renewal request
        </button>
        {onMarkRequested && (
          <button
            type="button"
            className="ss-button"
            onClick={async () => {
              try {
                await onMarkRequested(days);
                setMarked(`Renewal for ${durationLabel(days)} marked as requested.`);
              } catch (err) {
                setMarked(errorMessage(err));
              }
            }}
          >
            Mark renewal as requested
          </button>
        )}
      </div>
      <p role="status" className="ss-note">
        {copy === 'copied'
          ? 'Copied: paste it in your DM or email.'
          : copy === 'failed'
            ? 'The browser blocked copying: select the message above and copy it.'
            : ''}
        {marked ? ` ${marked}` : ''}
      </p>
    </div>
  );
}
