import type { VideoRecord } from '@/lib/schemas/video';
import { formatSeconds } from '@/components/shared/format';
import { Section } from '@/components/shared/section';
import { hookText } from './hook-text';

/** What the viewer hears (or, lacking a transcript, reads) in the first seconds. Plain text only. */
export function HookSection({ video }: { video: VideoRecord }) {
  const hook = hookText(video);
  return (
    <Section title="Hook">
      {hook === null && <p className="ss-muted">No transcript or caption to show.</p>}
      {hook?.kind === 'transcript' && (
        <p className="ss-hook">
          <span className="ss-hook__time">
            {formatSeconds(hook.start)}–{formatSeconds(hook.end)} s:
          </span>{' '}
          <q>{hook.text}</q>
        </p>
      )}
      {hook?.kind === 'caption' && (
        <p className="ss-hook">
          <span className="ss-pill">Caption</span> <q>{hook.text}</q>
          <span className="ss-muted ss-hook__note"> No transcript: this is the caption's opening.</span>
        </p>
      )}
    </Section>
  );
}
