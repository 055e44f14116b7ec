/**
 * Keyword matching for captions, transcripts and comments: case-insensitive, whole words only (so "ad" never matches
 * "add" or "head", and "gin" not "ginger"), a phrase's words also found run together (so "black friday" finds
 * #BlackFriday), plurals in "s"/"es". Terms are kept in word tries built once, at import; terms written as `/…/`
 * (dates, "% off", #tags) are one regular expression per matcher.
 *
 * Speed: scoring asks ~35 matchers about the same caption and transcript. A prepared text is walked once for all
 * of them (each word looks up which matchers have a term starting with it), and each matcher reads its share.
 */
import { norm, splitWords, stripAccents } from './words';

const PLAIN_TERM = /^[\p{L}\p{N}\s'’-]+$/u;
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Node {
  /** The term ending here (its words joined by spaces), if one does. */
  end: string | null;
  next: Map<string, Node> | null;
}
type Hit = [at: number, term: string];

/** Every matcher's word trie, and for each word the matchers that have a term starting with it. */
const TRIES: Array<Map<string, Node>> = [];
/** Per word, the matchers with a term starting with it, and that term's first trie node. */
interface Starter {
  m: number;
  node: Node;
}
const STARTERS = new Map<string, Starter[]>();

/** A text split into lowercased words with their offsets, walked once for every matcher. */
export interface Prepared {
  text: string;
  words: string[];
  at: number[];
  /** Word-trie hits per matcher index, for the first `hitsFor` matchers. */
  hits: Array<Hit[] | undefined>;
  hitsFor: number;
}

/**
 * A text already split elsewhere into exactly the words `prepare` would find (the comment analysis gets them from
 * the sentiment tokenizer's pass, so each comment is read once).
 */
export function preparedWords(text: string, words: string[], at: number[]): Prepared {
  return { text, words, at, hits: [], hitsFor: 0 };
}

/**
 * The last few prepared texts, for callers that pass the same string to several matchers. A ring of slots compared
 * with ===, not a Map: with a Map keyed by the texts, 50 MB of prepared texts per 10,000 videos were promoted to the
 * old generation during Rescore all (measured with node --trace-gc-nvp), and rescoring was ~30% slower; with the
 * ring, none are.
 */
const RING = 4;
const ring: Array<Prepared | null> = new Array<Prepared | null>(RING).fill(null);
let ringNext = 0;

/** Splits a text once for every matcher that reads it; `remember` keeps the last few for callers that pass strings. */
export function prepare(text: string, remember = true): Prepared {
  if (remember) {
    for (const p of ring) if (p !== null && p.text === text) return p;
  }
  const { words, at } = splitWords(norm(text));
  const p: Prepared = { text, words, at, hits: [], hitsFor: 0 };
  if (!remember) return p;
  ring[ringNext] = p;
  ringNext = (ringNext + 1) % RING;
  return p;
}

// walk()'s result, in two variables rather than a new array per call (scoring walks thousands of times).
let walkEnd = -1;
let walkTerm = '';

/**
 * Longest term starting at word i, whose first trie node (the word's) is `first`: sets walkEnd (its last word) and
 * walkTerm; false if none.
 */
function walk(first: Node, words: string[], i: number): boolean {
  let node: Node | undefined = first;
  walkEnd = -1;
  for (let j = i; node;) {
    if (node.end !== null) {
      walkEnd = j;
      walkTerm = node.end;
    }
    if (++j >= words.length || !node.next) break;
    node = node.next.get(words[j]!);
  }
  return walkEnd >= 0;
}

/**
 * Per matcher, the last word of its latest hit in the text hitsOf is walking. One array for every call (hitsOf is
 * synchronous): allocating a new Int32Array per text took about a third of hitsOf's time in a profile of Rescore all.
 */
let after = new Int32Array(0);

/** The word-trie hits of every matcher on this text, in one pass (redone if matchers were added since). */
function hitsOf(p: Prepared): Prepared['hits'] {
  if (p.hitsFor === TRIES.length) return p.hits;
  const hits: Prepared['hits'] = new Array(TRIES.length);
  if (after.length < TRIES.length) after = new Int32Array(TRIES.length);
  after.fill(-1);
  const { words, at } = p;
  for (let i = 0; i < words.length; i++) {
    const ms = STARTERS.get(words[i]!);
    if (!ms) continue;
    for (const { m, node } of ms) {
      if (i <= after[m]!) continue;
      if (!walk(node, words, i)) continue;
      (hits[m] ??= []).push([at[i]!, walkTerm]);
      after[m] = walkEnd;
    }
  }
  p.hits = hits;
  p.hitsFor = TRIES.length;
  return hits;
}

/** A comment or an opening line: cheaper to scan for one matcher than to walk it for all of them. */
const SHORT = 24;

/**
 * Whether a matcher scans a text with its own trie rather than reading its share of one walk for every matcher: yes
 * for a short text, and for a text passed as a string, which as far as it knows only this matcher reads (a caller
 * with a text for several matchers prepares it once and passes that; walking a one-off text for all ~40 matchers costs
 * about twice what one scan does).
 */
const alone = (input: string | Prepared, p: Prepared) => typeof input === 'string' || p.words.length <= SHORT;

/**
 * One matcher's hits on a short text, by its own trie's first level (a small map, cheaper to probe than the shared
 * one); with `first`, stops at the first hit (for `test`).
 */
function ownHits(p: Prepared, index: number, first = false): Hit[] | undefined {
  let hits: Hit[] | undefined;
  const { words, at } = p;
  const root = TRIES[index]!;
  for (let i = 0; i < words.length; i++) {
    const node = root.get(words[i]!);
    if (!node || !walk(node, words, i)) continue;
    (hits ??= []).push([at[i]!, walkTerm]);
    if (first) return hits;
    i = walkEnd;
  }
  return hits;
}

export interface Matcher {
  /** Distinct matches, lowercased, in order of appearance. */
  find(text: string | Prepared): string[];
  test(text: string | Prepared): boolean;
}

const plural = (w: string) => (/\p{L}$/u.test(w) && !w.endsWith('s') ? [w, `${w}s`, `${w}es`] : [w]);

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
 * `needs`: a cheap test the text must pass before the `/…/` patterns run at all (e.g. "%" for "20% off").
 * `foldAccents`: also match each term written without its accents ("donde lo compro" for "dónde lo compro"), as
 * comments often are. Off by default: for other lists an unaccented form can be a different word ("crédit" is a
 * loan, "credit" a photo credit).
 * `shortTexts`: only ever asked about comments and other short texts, so always scanned with its own trie and left
 * out of the walk every long text gets (scoring's walk over each caption and transcript spent nearly a third of its
 * steps on these matchers' terms, whose answers nothing there reads).
 */
export function matcher(
  terms: readonly string[],
  needs?: RegExp,
  opts: { foldAccents?: boolean; shortTexts?: boolean } = {},
): Matcher {
  const index = TRIES.length;
  const root = new Map<string, Node>();
  TRIES.push(root);
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
    if (opts.shortTexts) return;
    const list = STARTERS.get(words[0]!) ?? [];
    if (!list.some((st) => st.m === index))
      STARTERS.set(words[0]!, [...list, { m: index, node: root.get(words[0]!)! }]);
  };
  for (const term of terms.flatMap((t) => (t.startsWith('/') ? [t] : expand(t)))) {
    if (term.length > 2 && term.startsWith('/') && term.endsWith('/')) patterns.push(term.slice(1, -1));
    else if (!PLAIN_TERM.test(term)) patterns.push(escapeRegExp(term));
    else {
      const { words } = splitWords(norm(term));
      if (words.length === 0) continue;
      const folded = opts.foldAccents ? words.map(stripAccents) : words;
      for (const form of folded.join(' ') === words.join(' ') ? [words] : [words, folded]) {
        for (const tail of plural(form[form.length - 1]!)) {
          const w = [...form.slice(0, -1), tail];
          add(w);
          if (w.length > 1) add([w.join('')]);
        }
      }
    }
  }
  const source = `(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`;
  const regex = patterns.length > 0 ? new RegExp(source, 'giu') : null;
  const once = patterns.length > 0 ? new RegExp(source, 'iu') : null;

  const find = (input: string | Prepared): string[] => {
    const p = typeof input === 'string' ? prepare(input) : input;
    let hits = opts.shortTexts || alone(input, p) ? ownHits(p, index) : hitsOf(p)[index];
    if (regex && (!needs || needs.test(p.text))) {
      const more: Hit[] = [];
      // exec on the one regex rather than matchAll, which copies the regex on every call; an empty match (a user's
      // "/x?/") steps on by a code point, as matchAll does.
      regex.lastIndex = 0;
      for (let m = regex.exec(p.text); m; m = regex.exec(p.text)) {
        more.push([m.index, norm(m[0])]);
        if (m[0] === '') regex.lastIndex += (p.text.codePointAt(regex.lastIndex) ?? 0) > 0xffff ? 2 : 1;
      }
      if (more.length > 0) hits = [...(hits ?? []), ...more].sort((a, b) => a[0] - b[0]);
    }
    if (!hits) return [];
    const out: string[] = [];
    for (const [, h] of hits) if (!out.includes(h)) out.push(h);
    return out;
  };
  // `test` stops at the first match and builds no list (comments ask it twice each).
  const test = (input: string | Prepared): boolean => {
    const p = typeof input === 'string' ? prepare(input) : input;
    if (opts.shortTexts || alone(input, p) ? ownHits(p, index, true) : hitsOf(p)[index]) return true;
    return once !== null && (!needs || needs.test(p.text)) && once.test(p.text);
  };
  return { find, test };
}
