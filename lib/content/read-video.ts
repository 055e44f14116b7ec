import type { VideoRecord } from '@/lib/schemas/video';
import { feedItemOf } from '@/lib/tiktok/dom';
import { problemMessage } from '@/lib/tiktok/page-state';
import { videoIdFromPath } from '@/lib/tiktok/urls';
import type { VideoCache } from '@/lib/tiktok/video-cache';

/**
 * `pending`: nothing is known of the video yet, without a known reason (TikTok may still be fetching it after an SPA
 * navigation), so more data may yet arrive.
 */
export type VideoRead =
  { ok: true; video: VideoRecord; partial: string[] } | { ok: false; reason: string; pending: boolean };

/** What the card should say is missing, one sentence each, in words a marketer reads. */
function partialOf(video: VideoRecord): string[] {
  const out: string[] = [];
  const onlyDom = video.sources.every((s) => s === 'dom');
  if (onlyDom) out.push("TikTok's page data couldn't be read: counts are rounded from the page text.");
  if (!video.stats.views) out.push('Views: TikTok does not show them on this page.');
  // A video with no comments at all has none to read.
  if (video.comments.length === 0 && video.stats.comments?.value !== 0)
    out.push('Comments: open the comment panel to include them.');
  if (!video.transcript) out.push('Transcript: none yet, so the hook is judged from the caption.');
  return out;
}

/**
 * The record for the video of `key` (a video id), from what the cache captured and the DOM of that video's own
 * container (read again while the page text is all there is). Never another video's numbers: the DOM is read only
 * inside the container that shows this id.
 */
export function readVideo(cache: VideoCache, key: string, doc: Document, win: Window): VideoRead {
  try {
    const urlId = videoIdFromPath(win.location.pathname);
    const current =
      urlId === key || !/^\d+$/.test(key)
        ? cache.current(win.location, doc)
        : cache.resolve(key, 'feed', feedItemOf(doc, key), doc, win.location.href);
    if (current.record && current.videoId === key) {
      if (current.problem === 'age-restricted' && !current.record.stats.likes)
        return { ok: false, reason: current.reason ?? problemMessage('age-restricted'), pending: false };
      return { ok: true, video: current.record, partial: partialOf(current.record) };
    }
    return {
      ok: false,
      reason: current.reason ?? problemMessage('no-data'),
      pending: current.videoId === key && (current.problem ?? 'no-data') === 'no-data',
    };
  } catch (error) {
    // A parser bug must never reach TikTok's console as an exception; the card explains instead.
    return {
      ok: false,
      pending: false,
      reason: `an unexpected page layout (${error instanceof Error ? error.message : 'unknown error'})`,
    };
  }
}
