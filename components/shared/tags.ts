/** Matches the shortlist schema's per-tag limit. */
export const MAX_TAG_LENGTH = 60;
export const MAX_TAGS = 20;

/**
 * Adds comma-separated tags from free text: trimmed, cut to the schema's length, no empties, no duplicates
 * (case-insensitive: "UGC" and "ugc" are one tag), at most MAX_TAGS.
 */
export function addTags(existing: readonly string[], raw: string): string[] {
  const out = [...existing];
  const seen = new Set(existing.map((t) => t.toLowerCase()));
  for (const part of raw.split(',')) {
    const tag = part.trim().slice(0, MAX_TAG_LENGTH).trim();
    if (tag === '' || seen.has(tag.toLowerCase()) || out.length >= MAX_TAGS) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}
