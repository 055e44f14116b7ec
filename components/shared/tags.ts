import { MAX_TAG_LENGTH } from '@/lib/schemas/enums';

export { MAX_TAG_LENGTH };
export const MAX_TAGS = 20;
/** Commas, and semicolons because the CSV export joins tags with them. */
const TAG_SEPARATOR = /[,;]/;

/**
 * Adds tags from free text separated by commas or semicolons (";" separates tags in the CSV export, so a tag
 * cannot hold one and come back the same): trimmed, cut to `maxLength`, no empties, no duplicates
 * (case-insensitive: "UGC" and "ugc" are one tag), at most `max`. The limits default to the shortlist schema's;
 * other fields (the options page's brand terms) pass their own.
 */
export function addTags(
  existing: readonly string[],
  raw: string,
  max = MAX_TAGS,
  maxLength = MAX_TAG_LENGTH,
): string[] {
  const out = [...existing];
  const seen = new Set(existing.map((t) => t.toLowerCase()));
  for (const part of raw.split(TAG_SEPARATOR)) {
    const tag = part.trim().slice(0, maxLength).trim();
    if (tag === '' || seen.has(tag.toLowerCase()) || out.length >= max) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

/**
 * What addTags(existing, raw) did not take as typed, in a sentence: a tag cut to MAX_TAG_LENGTH, or tags left out
 * past MAX_TAGS. Null when everything fit (duplicates are not worth a message: the tag is there).
 */
export function tagLimitNote(existing: readonly string[], raw: string): string | null {
  const typed = raw.split(TAG_SEPARATOR).map((part) => part.trim());
  const long = typed.find((t) => t.length > MAX_TAG_LENGTH);
  if (long !== undefined)
    return `A tag holds at most ${MAX_TAG_LENGTH} characters: “${long.slice(0, 20)}…” was shortened.`;
  const added = new Set(addTags(existing, raw).map((t) => t.toLowerCase()));
  const left = typed.filter((t) => t !== '' && !added.has(t.toLowerCase()));
  return left.length > 0 ? `At most ${MAX_TAGS} tags: ${left.map((t) => `“${t}”`).join(', ')} not added.` : null;
}
