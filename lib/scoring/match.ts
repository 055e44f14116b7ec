/**
 * Keyword matching for captions, transcripts and comments: case-insensitive, whole words only (so "ad" never matches
 * "add" or "head", and "gin" not "ginger"), a phrase's words also found run together (so "black friday" finds
 * #BlackFriday), plurals in "s"/"es". Terms are looked up word by word in a dictionary built once, at import;
 * terms written as `/…/` (dates, "% off", #tags) are one regular expression.
 */
const PLAIN_TERM = /^[\p{L}\p{N}\s'’-]+$/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const norm = (s: string) => s.toLowerCase().replace(/’/g, "'");

/**
 * Every first word of every term, across all matchers, gets a small integer id; a prepared text maps its words to
 * those ids once, so each matcher scans integers instead of hashing strings (scoring runs ~30 matchers per video).
 */
const START_IDS = new Map<string, number>();
const startId = (w: string) => {
  let id = START_IDS.get(w);
  if (id === undefined) START_IDS.set(w, (id = START_IDS.size));
  return id;
};

/** A text split into lowercased words with their offsets, shared by every matcher that reads it. */
export interface Prepared {
  text: string;
  words: string[];
  at: number[];
  /** Start-word id of each word that starts some term, and the word's position, for START_IDS of size `idsFor`. */
  ids: Int32Array;
  pos: Int32Array;
  idsFor: number;
}

const CACHE_SIZE = 4;
const EMPTY = new Int32Array(0);
const cache = new Map<string, Prepared>();

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const isWordChar = (c: number, s: string, i: number) =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c > 127 && LETTER_OR_DIGIT.test(s[i]!));

/**
 * The words of a lowercased text (runs of letters, digits and marks, apostrophes inside: "don't", "l'acheter"), by a
 * character loop: scoring splits ~20 texts per video, and this avoids a match object per word. Offsets are into the lowercased
 * text; they only order matches, so a letter whose lowercase is longer ("İ") cannot change a result.
 */
function splitWords(s: string): { words: string[]; at: number[] } {
  const words: string[] = [];
  const at: number[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (isWordChar(c, s, i)) {
      if (start < 0) start = i;
    } else if (c === 39 && start >= 0 && i + 1 < s.length && isWordChar(s.charCodeAt(i + 1), s, i + 1)) {
      // an apostrophe inside a word ("don't", "l'acheter")
    } else if (start >= 0) {
      words.push(s.slice(start, i));
      at.push(start);
      start = -1;
    }
  }
  return { words, at };
}

/** Splits a text once for every matcher that reads it; `remember` keeps the last few for callers that pass strings. */
export function prepare(text: string, remember = true): Prepared {
  const hit = remember ? cache.get(text) : undefined;
  if (hit) return hit;
  const { words, at } = splitWords(norm(text));
  const p: Prepared = { text, words, at, ids: EMPTY, pos: EMPTY, idsFor: -1 };
  if (!remember) return p;
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(text, p);
  return p;
}

/** Only words that start some term are ever looked at by a matcher: list them once per text. */
function startsOf(p: Prepared): Prepared {
  if (p.idsFor !== START_IDS.size) {
    const ids: number[] = [];
    const pos: number[] = [];
    for (let i = 0; i < p.words.length; i++) {
      const id = START_IDS.get(p.words[i]!);
      if (id === undefined) continue;
      ids.push(id);
      pos.push(i);
    }
    p.ids = Int32Array.from(ids);
    p.pos = Int32Array.from(pos);
    p.idsFor = START_IDS.size;
  }
  return p;
}

export interface Matcher {
  /** Distinct matches, lowercased, in order of appearance. */
  find(text: string | Prepared): string[];
  test(text: string | Prepared): boolean;
}

const plural = (w: string) => (/\p{L}$/u.test(w) && !w.endsWith('s') ? [w, `${w}s`, `${w}es`] : [w]);

interface Node {
  /** The term ending here (as its words joined by spaces), if one does. */
  end: string | null;
  next: Map<string, Node> | null;
}

/**
 * "where {can|do} {i|you} buy" → every combination; an empty choice ("{lo|la|}") drops the word. Groups do not nest
 * (a nested group would multiply out at import time, so it is refused).
 */
export function expand(term: string): string[] {
  if (/\{[^}]*\{/.test(term)) throw new Error(`nested {…} groups are not supported: ${term.slice(0, 60)}`);
  let out = [term];
  for (let m = /\{([^{}]*)\}/.exec(term); m; m = /\{([^{}]*)\}/.exec(out[0]!)) {
    const [group, body] = m as unknown as [string, string];
    out = out.flatMap((t) => body.split('|').map((choice) => t.replace(group, choice)));
  }
  return out.map((t) => t.replace(/\s+/g, ' ').trim());
}

/**
 * `needs`: a cheap test the text must pass before the `/…/` patterns run at all (e.g. a digit for dates and "% off").
 */
export function matcher(terms: readonly string[], needs?: RegExp): Matcher {
  const root = new Map<string, Node>();
  const starts: number[] = [];
  const patterns: string[] = [];
  const add = (words: string[]) => {
    let node: Node | undefined;
    let level = root;
    for (const w of words) {
      node = level.get(w);
      if (!node) level.set(w, (node = { end: null, next: null }));
      level = node.next ??= new Map();
    }
    node!.end = words.join(' ');
    starts.push(startId(words[0]!));
  };
  for (const term of terms.flatMap((t) => (t.startsWith('/') ? [t] : expand(t)))) {
    if (term.length > 2 && term.startsWith('/') && term.endsWith('/')) patterns.push(term.slice(1, -1));
    else if (!PLAIN_TERM.test(term)) patterns.push(escape(term));
    else {
      const { words } = splitWords(norm(term));
      if (words.length === 0) continue;
      for (const tail of plural(words[words.length - 1]!)) {
        const w = [...words.slice(0, -1), tail];
        add(w);
        if (w.length > 1) add([w.join('')]);
      }
    }
  }
  const isStart = new Uint8Array(START_IDS.size);
  for (const id of starts) isStart[id] = 1;
  const regex = patterns.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;

  const find = (input: string | Prepared): string[] => {
    const p = startsOf(typeof input === 'string' ? prepare(input) : input);
    const { words, at, ids, pos } = p;
    let hits: Array<[number, string]> | null = null;
    let after = -1;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      const i = pos[k]!;
      if (i <= after || id >= isStart.length || isStart[id] === 0) continue;
      // Longest term starting here: walk the word trie.
      let node = root.get(words[i]!);
      let j = i;
      let best = -1;
      let key = '';
      while (node) {
        if (node.end !== null) {
          best = j;
          key = node.end;
        }
        if (++j >= words.length || !node.next) break;
        node = node.next.get(words[j]!);
      }
      if (best < 0) continue;
      (hits ??= []).push([at[i]!, key]);
      after = best;
    }
    if (regex && (!needs || needs.test(p.text))) for (const m of p.text.matchAll(regex)) (hits ??= []).push([m.index, norm(m[0])]);
    if (hits === null) return [];
    if (regex && hits.length > 1) hits.sort((a, b) => a[0] - b[0]);
    const out: string[] = [];
    for (const [, h] of hits) if (!out.includes(h)) out.push(h);
    return out;
  };
  return { find, test: (input) => find(input).length > 0 };
}
