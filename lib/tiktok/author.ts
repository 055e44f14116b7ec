/**
 * The author of an item. SSR/API items carry an `author` object plus `authorStats(V2)`; SIGI_STATE items carry the
 * handle as a string with `nickname`, `authorId`, `authorSecId` flattened onto the item (REFERENCE §1.2).
 */
import type { Author, Sound } from '@/lib/schemas/video';
import { bool, idStr, isObj, obj, text, type Obj } from './coerce';
import { statFrom } from './stats';
import { normalizeHandle } from './urls';

export function authorOf(item: Obj, capturedAt: number): Author | null {
  const a = isObj(item.author) ? item.author : null;
  const handle = normalizeHandle(a ? a.uniqueId : item.author);
  if (!handle) return null;
  const v2 = obj(item.authorStatsV2);
  const v1 = obj(item.authorStats);
  return {
    id: idStr(a ? a.id : item.authorId),
    handle,
    nickname: text(a ? a.nickname : item.nickname, 200),
    verified: bool(a ? a.verified : item.authorVerified),
    followers: statFrom(v2.followerCount, v1.followerCount, capturedAt),
    secUid: text(a ? a.secUid : item.authorSecId, 200),
  };
}

/** A profile (`userInfo.{user,stats,statsV2}` or SIGI `UserModule`) as an Author, for follower counts. */
export function profileOf(user: unknown, statsV2: unknown, stats: unknown, capturedAt: number): Author | null {
  const u = obj(user);
  const handle = normalizeHandle(u.uniqueId);
  if (!handle) return null;
  return {
    id: idStr(u.id),
    handle,
    nickname: text(u.nickname, 200),
    verified: bool(u.verified),
    followers: statFrom(obj(statsV2).followerCount, obj(stats).followerCount, capturedAt),
    secUid: text(u.secUid, 200),
  };
}

export function soundOf(item: Obj): Sound | null {
  if (!isObj(item.music)) return null;
  const m = item.music;
  const sound: Sound = {
    id: idStr(m.id),
    title: text(m.title, 300),
    author: text(m.authorName, 200),
    original: bool(m.original),
  };
  return sound.id || sound.title ? sound : null;
}
