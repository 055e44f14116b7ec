/**
 * Comments from `/api/comment/list/` and `/api/comment/list/reply/` (snake_case, REFERENCE §3), grouped by the
 * video they belong to (`aweme_id`). Image-only comments keep their empty text.
 */
import type { VideoComment } from '@/lib/schemas/video';
import { arr, count, idStr, isObj, str, text } from './coerce';
import { unixSecondsToMs } from './urls';

export const MAX_COMMENT_TEXT = 2000;

export interface CommentBatch {
  videoId: string;
  comments: VideoComment[];
  /** Top-level comment total TikTok reported with a first-level page; null for reply pages. */
  total: number | null;
}

export function normalizeComment(raw: unknown): { videoId: string | null; comment: VideoComment } | null {
  if (!isObj(raw)) return null;
  const id = idStr(raw.cid);
  if (!id) return null;
  const language = text(raw.comment_language, 20);
  const replyTo = idStr(raw.reply_id);
  const comment: VideoComment = {
    id,
    text: str(raw.text, MAX_COMMENT_TEXT) ?? '',
    likes: count(raw.digg_count),
    createdAt: unixSecondsToMs(raw.create_time),
    // "un" = TikTok could not tell the language.
    language: language === 'un' ? null : language,
    isReply: replyTo !== null,
  };
  return { videoId: idStr(raw.aweme_id), comment };
}

/** All comments of a comment-list body, inline `reply_comment[]` included, grouped by video id. */
export function commentBatchesOf(body: unknown, fallbackVideoId: string | null, isReplyPage: boolean): CommentBatch[] {
  if (!isObj(body)) return [];
  const groups = new Map<string, VideoComment[]>();
  const add = (raw: unknown, fallback: string | null): string | null => {
    const n = normalizeComment(raw);
    const videoId = n?.videoId ?? fallback;
    if (!n || !videoId) return null;
    if (!groups.has(videoId)) groups.set(videoId, []);
    groups.get(videoId)!.push(n.comment);
    return videoId;
  };
  for (const c of arr(body.comments).slice(0, 1000)) {
    const videoId = add(c, fallbackVideoId);
    // Inline replies of a top-level comment belong to the same video.
    if (isObj(c)) for (const r of arr(c.reply_comment).slice(0, 50)) add(r, videoId ?? fallbackVideoId);
  }
  const total = isReplyPage ? null : count(body.total);
  return [...groups].map(([videoId, comments]) => ({ videoId, comments, total }));
}
