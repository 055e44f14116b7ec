/**
 * Hashtags and mentions of a caption. `textExtra` is authoritative (type 1 = hashtag, type 0 = mention); SIGI's
 * `challenges` can list tags that are not in the caption (sample 06), so it is only the last resort.
 */
import { arr, obj, text } from './coerce';
import { normalizeHandle } from './urls';

const MAX_TAGS = 100;
// Letters, marks and digits of any script, plus "_" (e.g. "中国高铁🚅" keeps its emoji via textExtra only).
const TAG_IN_TEXT = /#([\p{L}\p{M}\p{N}_]{1,100})/gu;
const MENTION_IN_TEXT = /(?:^|[^\w.])@([a-zA-Z0-9._]{2,64})/g;

function uniq(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const key = v.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
    if (out.length >= MAX_TAGS) break;
  }
  return out;
}

function textExtraOf(item: Record<string, unknown>): Record<string, unknown>[] {
  const direct = arr(item.textExtra).map(obj);
  if (direct.length) return direct;
  return arr(item.contents).flatMap((c) => arr(obj(c).textExtra).map(obj));
}

export function hashtagsOf(item: Record<string, unknown>, caption: string): string[] {
  const fromExtra = textExtraOf(item)
    .filter((t) => t.type === 1 || t.hashtagName !== undefined)
    .map((t) => text(t.hashtagName, 150))
    .filter((t): t is string => t !== null);
  if (fromExtra.length) return uniq(fromExtra);
  const fromCaption = [...caption.matchAll(TAG_IN_TEXT)].map((m) => m[1]!);
  if (fromCaption.length) return uniq(fromCaption);
  return uniq(
    arr(item.challenges)
      .map((c) => text(obj(c).title, 150))
      .filter((t): t is string => t !== null),
  );
}

export function mentionsOf(item: Record<string, unknown>, caption: string): string[] {
  const fromExtra = textExtraOf(item)
    .filter((t) => t.type === 0)
    .map((t) => normalizeHandle(t.userUniqueId))
    .filter((h): h is string => h !== null);
  if (fromExtra.length) return uniq(fromExtra);
  return uniq(
    [...caption.matchAll(MENTION_IN_TEXT)].map((m) => normalizeHandle(m[1])).filter((h): h is string => h !== null),
  );
}
