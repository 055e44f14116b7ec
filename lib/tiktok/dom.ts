/**
 * DOM fallback for the video on screen, when no JSON describes it. Every query is scoped to one container: the
 * detail pane / browse modal, or the feed card nearest the viewport centre (the feed is virtualised and keeps
 * neighbours mounted, so an unscoped query reads the wrong video — sixem/tiktok-download-buttons #46, 2026-04).
 * DOM counts are rounded ("1.1M"): always approximate, source "dom".
 */
import type { Stat, VideoRecord } from '@/lib/schemas/video';
import { hashtagsOf } from './caption-text';
import { text } from './coerce';
import { parseCount } from './counts';
import { PLAYER_ID_RE, SEL } from './selectors';
import {
  canonicalVideoUrl,
  handleFromPath,
  isVideoId,
  normalizeHandle,
  postKindFromPath,
  postedAtFromId,
  toUrl,
} from './urls';
import { UNKNOWN_FLAGS } from '@/lib/schemas/enums';

/** The video id a container shows: its player wrapper id, else a /video/ link inside it. */
export function videoIdOfScope(scope: Element): string | null {
  for (const el of Array.from(scope.querySelectorAll(SEL.player)).slice(0, 5)) {
    const m = PLAYER_ID_RE.exec(el.id);
    if (m) return m[1]!;
  }
  const link = scope.querySelector('a[href*="/video/"], a[href*="/photo/"]');
  const m = /\/(?:video|photo)\/(\d{6,25})/.exec(link?.getAttribute('href') ?? '');
  return m && isVideoId(m[1]) ? m[1] : null;
}

/** Smallest ancestor of the detail caption that also holds the like count: the detail pane or browse modal. */
export function findDetailScope(doc: Document, videoId: string): Element | null {
  for (const caption of Array.from(doc.querySelectorAll(SEL.detailCaption)).slice(0, 5)) {
    let el: Element | null = caption.parentElement;
    while (el && !el.querySelector(SEL.likes)) el = el.parentElement;
    if (!el) continue;
    // The player usually sits beside the info column: widen a few levels to find it and check which id it shows.
    let pane: Element = el;
    for (let hops = 0; hops < 4 && !pane.querySelector(SEL.player); hops++) {
      const up = pane.parentElement;
      if (!up || up === doc.body || up === doc.documentElement) break;
      pane = up;
    }
    const shown = videoIdOfScope(pane);
    if (shown === null || shown === videoId) return pane; // a pane showing another id is stale
  }
  // Some layouts render the opened video as a feed card; accept it only when it names this id.
  return feedItemOf(doc, videoId);
}

/** The feed card that shows video `videoId`, if one is on the page. */
export function feedItemOf(doc: Document, videoId: string): Element | null {
  return Array.from(doc.querySelectorAll(SEL.feedItem)).find((a) => videoIdOfScope(a) === videoId) ?? null;
}

/** The feed card whose centre is nearest the viewport centre (cards with no layout box are ignored). */
export function nearestFeedItem(
  doc: Document,
  viewportHeight = doc.defaultView?.innerHeight ?? 0,
): { element: Element; videoId: string | null } | null {
  const items = Array.from(doc.querySelectorAll(SEL.feedItem)).slice(0, 100);
  const mid = viewportHeight / 2;
  let best: Element | null = null;
  let bestDistance = Infinity;
  for (const el of items) {
    const r = el.getBoundingClientRect();
    if (r.height <= 0) continue;
    const d = Math.abs(r.top + r.height / 2 - mid);
    if (d < bestDistance) [best, bestDistance] = [el, d];
  }
  if (!best && items.length === 1) best = items[0]!;
  return best ? { element: best, videoId: videoIdOfScope(best) } : null;
}

export function hasCaptcha(doc: Document): boolean {
  return doc.querySelector(SEL.captcha) !== null;
}

function domStat(scope: Element, selector: string, capturedAt: number, lang: string): Stat | null {
  const parsed = parseCount(scope.querySelector(selector)?.textContent?.trim(), lang);
  return parsed ? { value: parsed.value, exact: false, source: 'dom', capturedAt } : null;
}

function handleOf(scope: Element, pageUrl: URL | null): string | null {
  const fromText = normalizeHandle(scope.querySelector(SEL.handle)?.textContent);
  if (fromText) return fromText;
  const href = scope.querySelector(SEL.authorLink)?.getAttribute('href') ?? '';
  return handleFromPath(toUrl(href)?.pathname ?? '') ?? (pageUrl ? handleFromPath(pageUrl.pathname) : null);
}

/**
 * The display name under the handle: its own first <span> ("<span>Nick</span><span>·</span><span>3d ago</span>"), or
 * the flat text without its last " · date" part. The date is not read: relative and locale-dependent (REFERENCE §4.1).
 */
function nicknameOf(scope: Element): string | null {
  const el = scope.querySelector(SEL.nickname);
  if (!el) return null;
  const first = el.querySelector(SEL.nicknameName);
  return text(first ? first.textContent : el.textContent?.replace(/\s+·\s+[^·]*$/, ''), 200);
}

function soundOf(scope: Element): VideoRecord['sound'] {
  const el = scope.querySelector(SEL.music);
  if (!el) return null;
  const href = el.getAttribute('href') ?? el.querySelector('a')?.getAttribute('href') ?? '';
  const id = /\/music\/[^/?#]*?-?(\d{6,25})(?:[/?#]|$)/.exec(href)?.[1] ?? null;
  const title = text(el.textContent, 300);
  return id || title ? { id, title, author: null, original: null } : null;
}

/**
 * The length of the video the container plays, from its <video> element once the player has loaded the media's
 * metadata (TikTok prints the time only as "00:00/01:00" in a class-named span); null before that.
 */
function durationOf(scope: Element): number | null {
  const media = scope.querySelector(SEL.videoElement);
  const d = media instanceof HTMLMediaElement ? media.duration : NaN;
  return Number.isFinite(d) && d > 0 ? Math.round(d * 10) / 10 : null;
}

/** Reads the record a container shows. `videoId` is the id the caller resolved (URL or feed card). */
export function readDomVideo(
  scope: Element,
  ctx: { videoId: string; url: string; capturedAt: number },
): VideoRecord | null {
  try {
    const pageUrl = toUrl(ctx.url);
    const handle = handleOf(scope, pageUrl);
    if (!handle || !isVideoId(ctx.videoId)) return null;
    const captionEl = scope.querySelector(SEL.caption);
    const caption = text(captionEl?.textContent, 5000) ?? '';
    const linked = Array.from(captionEl?.querySelectorAll(SEL.hashtagLink) ?? [])
      .map((a) => text(a.textContent?.replace(/^#/, ''), 150))
      .filter((t): t is string => t !== null);
    const kind = pageUrl && pageUrl.pathname.includes(ctx.videoId) ? postKindFromPath(pageUrl.pathname) : null;
    const postedAt = postedAtFromId(ctx.videoId);
    const t = ctx.capturedAt;
    // Compact suffixes depend on the UI language ("1,2 B" is 1,200 in Turkish): TikTok's own <html lang> says which.
    const lang = scope.ownerDocument.documentElement.lang;
    const stat = (selector: string) => domStat(scope, selector, t, lang);
    const record: VideoRecord = {
      id: ctx.videoId,
      url: canonicalVideoUrl(handle, ctx.videoId, kind ?? 'video'),
      author: { id: null, handle, nickname: nicknameOf(scope), verified: null, followers: null, secUid: null },
      caption,
      hashtags: linked.length ? [...new Set(linked)] : hashtagsOf({}, caption),
      mentions: [],
      postedAt,
      postedAtSource: postedAt === null ? null : 'id',
      durationSec: durationOf(scope),
      sound: soundOf(scope),
      stats: {
        views: stat(SEL.views),
        likes: stat(SEL.likes),
        comments: stat(SEL.comments),
        shares: stat(SEL.shares),
        saves: stat(SEL.saves),
      },
      flags: { ...UNKNOWN_FLAGS, photo: kind === null ? null : kind === 'photo' },
      captionTracks: [],
      transcript: null,
      comments: [],
      commentsTotal: null,
      sources: ['dom'],
      capturedAt: t,
    };
    // Built from coerced values: fits videoRecordSchema by construction (checked in tests and by the background).
    return record;
  } catch {
    return null;
  }
}
