import { MAX_TAG_LENGTH } from '@/lib/schemas/enums';

export { MAX_TAG_LENGTH };
export const MAX_TAGS = 20;

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
  for (const part of raw.split(/[,;]/)) {
    const tag = part.trim().slice(0, maxLength).trim();
    if (tag === '' || seen.has(tag.toLowerCase()) || out.length >= max) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}
