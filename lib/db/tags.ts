/** Longest tag the shortlist schema accepts. */
export const MAX_TAG_LENGTH = 60;

/**
 * Tags as people type them ("#UGC ", "ugc", "  summer  drop"): trimmed, inner whitespace collapsed, a leading "#"
 * dropped, cut to the schema's limit, empty ones removed and duplicates removed case-insensitively (first spelling
 * kept), so "UGC" and "ugc" never show as two tags.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** `current` plus `add` minus `remove`, compared case-insensitively. */
export function editTags(
  current: readonly string[],
  add: readonly string[] = [],
  remove: readonly string[] = [],
): string[] {
  const drop = new Set(normalizeTags(remove).map((t) => t.toLowerCase()));
  return normalizeTags([...current, ...add]).filter((t) => !drop.has(t.toLowerCase()));
}

export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
