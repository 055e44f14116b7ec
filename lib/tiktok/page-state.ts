/**
 * Why a page gives no video, as a typed problem with a sentence the overlay can show as is.
 * Status codes: yt-dlp, TikTok-Api, sixem/tiktok-download-buttons (REFERENCE §1.1); 10201 from TikTok-Api #1069.
 */
import type { PageProblem } from '@/lib/schemas/video';

const MESSAGES: Record<PageProblem, string> = {
  'private-video': 'This video is private, so TikTok does not show its numbers.',
  'private-account': 'This account is private, so its videos cannot be read.',
  'not-found': 'TikTok says this video does not exist (deleted, or not available in your region).',
  'login-required': 'TikTok wants you to log in before it shows this content.',
  'age-restricted': 'This video is age-restricted; TikTok only shows it to signed-in adult accounts.',
  captcha: 'TikTok is showing a verification puzzle. Solve it, then try again.',
  live: 'This is a LIVE stream, not a video post, so there is nothing to score.',
  'no-data': 'No video data found on this page yet. Scroll or open a video, then try again.',
  'not-a-video-page': 'Open a video (or scroll the For You feed) to score it.',
};

export function problemMessage(problem: PageProblem): string {
  return MESSAGES[problem];
}

const BY_STATUS: Record<number, PageProblem> = {
  10216: 'private-video',
  10222: 'private-account',
  10204: 'not-found',
  10201: 'login-required',
};

/** A non-zero TikTok statusCode → the problem it means; unknown codes read as "no data". */
export function problemFromStatus(status: unknown): PageProblem | null {
  const code = typeof status === 'string' && /^\d{1,9}$/.test(status) ? Number(status) : status;
  if (typeof code !== 'number' || !Number.isFinite(code) || code === 0) return null;
  return BY_STATUS[code] ?? 'no-data';
}
