/**
 * Comment sentiment, chosen by measurement (tests/eval/RESULTS.md): VADER's rules (Hutto & Gilbert, ICWSM 2014) on
 * VADER's lexicon, with a tokenizer that finds more words, negation that stops at sentence ends and works in five
 * languages, and lexicons for emoji, TikTok slang and Spanish/Portuguese/French/German comments. Pure.
 */
import { buildLexicon, type Lexicon, type LexiconOptions } from './sentiment-lexicon';
import { TokenPool, tokenize, type Token, type WordSink } from './sentiment-tokens';
import {
  BOOSTERS,
  BOOSTERS_AFTER,
  CONTRASTIVE,
  DAMPENERS,
  FOREIGN_PHRASES,
  IDIOMS,
  NEGATORS_AFTER,
  NEGATORS_BEFORE,
  SLANG_PHRASES,
} from './sentiment-words';

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

/** The VADER paper's three-class thresholds on the compound score in [−1, 1]. */
export const SENTIMENT_NEUTRAL_BAND = 0.05;

// VADER's empirically derived constants (vaderSentiment, Hutto & Gilbert 2014).
const B_INCR = 0.293;
const C_INCR = 0.733;
const N_SCALAR = -0.74;
const ALPHA = 15;

/** A token with its analysis (the tokenizer allocates both at once). */
type Item = Token;

const ELISION_RE = /^(?:j|l|c|d|n|m|t|s|qu)'(.+)$/;
const SUBJECTS = new Set(['she', 'he', 'they', 'you', 'u', 'girl', 'bro', 'queen', 'king', 'mother']);

// Word classes as bit flags (Token.cls): one table lookup per word instead of one set lookup per rule.
const NEG = 1;
const BOOST = 2;
const DAMP = 4;
const CONTRAST = 8;
const NEG_AFTER = 16;
const BOOST_AFTER = 32;
const CLASSES = new Map<string, number>();
for (const [set, bit] of [
  [NEGATORS_BEFORE, NEG],
  [BOOSTERS, BOOST],
  [DAMPENERS, DAMP],
  [CONTRASTIVE, CONTRAST],
  [NEGATORS_AFTER, NEG_AFTER],
  [BOOSTERS_AFTER, BOOST_AFTER],
] as const) {
  for (const w of set) CLASSES.set(w, (CLASSES.get(w) ?? 0) | bit);
}
/** The classes of a word; any "…n't" is a negator. */
const classOf = (k: string) => (CLASSES.get(k) ?? 0) | (k.endsWith("n't") ? NEG : 0);
const soThis = (it: Item) => it.key === 'so' || it.key === 'this';

/** Three of the same character in a row ("gooood"), by char codes: most words are checked and few are elongated. */
function hasTriple(w: string): boolean {
  for (let i = 2; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === w.charCodeAt(i - 1) && c === w.charCodeAt(i - 2)) return true;
  }
  return false;
}

/** Fills `it` with the lexicon entry of a word, trying French elision ("j'adore") and elongation ("gooood"). */
function lookup(lex: Lexicon, table: Map<string, Entry>, lower: string, it: Item, entry: Entry | null): void {
  const v = entry ? entry.v : lex.unlisted(lower);
  if (v !== null) {
    it.v = v;
    it.key = lower;
    it.foreign = entry ? entry.foreign : lex.unlistedForeign(lower);
    return;
  }
  if (lower.length < 3) return;
  // "n'aime pas": the "pas" after the word does the negating.
  const el = lower.includes("'") ? ELISION_RE.exec(lower) : null;
  if (el) return lookup(lex, table, el[1]!, it, table.get(el[1]!) ?? null);
  if (!hasTriple(lower)) return;
  it.elongated = true;
  const two = lower.replace(/(.)\1{2,}/gu, '$1$1');
  for (const k of [two, two.replace(/(.)\1/gu, '$1')]) {
    const kv = lex.valence(k);
    if (kv === null && !(classOf(k) & (BOOST | NEG))) continue;
    it.v = kv;
    it.key = k;
    it.foreign = lex.foreign(k);
    return;
  }
}

/** Everything known about a word as written, found with one lookup (most words are not in the table at all). */
interface Entry {
  /** Lexicon valence (`Lexicon.valence`), null if the word is only a class word or a phrase start. */
  v: number | null;
  foreign: boolean;
  cls: number;
  /** Phrases starting with this word. */
  phrase: PhraseNode | undefined;
}

/** The analyser's word table: lexicon entries, class words and phrase starts in one map. */
function entryTable(lex: Lexicon, phrases: Map<string, PhraseNode>): Map<string, Entry> {
  const table = new Map<string, Entry>();
  for (const w of new Set([...lex.listed(), ...CLASSES.keys(), ...phrases.keys()])) {
    const v = lex.valence(w);
    table.set(w, { v, foreign: v !== null && lex.foreign(w), cls: classOf(w), phrase: phrases.get(w) });
  }
  return table;
}

/** Multi-word expressions as a word trie: matching walks it without building keys. */
interface PhraseNode {
  /** Valence of the phrase ending here (0 = neutral), undefined if none ends here. */
  v?: number;
  /** The phrase ending here ("no cap"): the merged item's key, kept here rather than joined again per comment. */
  phrase?: string;
  next?: Map<string, PhraseNode>;
}

function phraseTrie(entries: ReadonlyArray<readonly [string, number]>): Map<string, PhraseNode> {
  const root = new Map<string, PhraseNode>();
  for (const [phrase, v] of entries) {
    let level = root;
    let node: PhraseNode | undefined;
    for (const w of phrase.split(' ')) {
      node = level.get(w);
      if (!node) level.set(w, (node = {}));
      level = node.next ??= new Map();
    }
    node!.v = v;
    node!.phrase = phrase;
  }
  return root;
}

/** Tokens → items, the longest phrase starting at each token merged first. */
function itemsOf(
  tokens: Token[],
  items: Item[],
  pool: TokenPool,
  lex: Lexicon,
  table: Map<string, Entry>,
  slang: boolean,
): Item[] {
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const entry = tok.emoji ? undefined : table.get(tok.lower);
    let node = entry?.phrase;
    let end = -1;
    let pv = 0;
    let key = '';
    for (let j = i; node;) {
      if (node.v !== undefined && j > i) {
        end = j;
        pv = node.v;
        key = node.phrase!;
      }
      if (++j >= tokens.length || !node.next) break;
      node = node.next.get(tokens[j]!.lower);
    }
    if (end > 0) {
      const last = tokens[end]!;
      const merged = pool.take(key, key, false, last.end, last.pause, last.question);
      merged.v = pv === 0 ? null : pv;
      merged.cls = classOf(key);
      items.push(merged);
      i = end;
      continue;
    }
    if (tok.emoji) {
      tok.v = lex.emoji(tok.lower);
      items.push(tok);
      continue;
    }
    const it = tok;
    lookup(lex, table, tok.lower, it, entry ?? null);
    // VADER: a booster or dampener carries no valence of its own ("kind of" is one dampener).
    if ((tok.lower === 'kind' || tok.lower === 'sort') && tokens[i + 1]?.lower === 'of') it.key = 'kindof';
    it.cls = it.key === tok.lower ? (entry?.cls ?? (it.key.endsWith("n't") ? NEG : 0)) : classOf(it.key);
    if (it.cls & (BOOST | DAMP)) it.v = null;
    items.push(it);
  }
  if (slang) {
    // "ate" and "fire" alone or after a subject are praise ("ate 😮‍💨", "she ate", "fire 🔥"); "my kids ate it"
    // and "house fire" are not. "is fire", "so fire"… are phrases.
    let words = 0;
    for (const it of items) if (!it.emoji) words++;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      // "a must have" is praise; "must have missed it", "must have been" is a guess about the past.
      if (
        it.key === 'must have' &&
        !it.end &&
        /(?:ed|en|been|had|got|seen|done|gone|left)$/.test(items[i + 1]?.key ?? '')
      ) {
        it.v = null;
      }
      if (it.key !== 'ate' && it.key !== 'fire') continue;
      if (words === 1 || (it.key === 'ate' && SUBJECTS.has(items[i - 1]?.key ?? ''))) it.v = 2.6;
    }
  }
  return items;
}

/**
 * "Wouldn't that be great?!", "isn't it cute?": a question opened by a negated auxiliary asserts the positive, so
 * its negation is not applied.
 */
function rhetorical(items: Item[], at: number): boolean {
  if (at > 0 && !items[at - 1]!.end) return false;
  if (!items[at]!.key.endsWith("n't")) return false;
  for (let j = at; j < items.length; j++) if (items[j]!.end) return items[j]!.question;
  return false;
}

const LETTER_FIRST = /^\p{L}/u;
/** Whether a key starts with a letter (not an emoticon like ":)" or "<3"): by char code for ASCII. */
function startsWithLetter(key: string): boolean {
  const c = key.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && LETTER_FIRST.test(key));
}

function valenceAt(items: Item[], i: number, capDiff: boolean): number {
  const it = items[i]!;
  let v = it.v!;
  if (capDiff && it.caps) v += v > 0 ? C_INCR : -C_INCR;
  if (it.elongated) v += v > 0 ? B_INCR : -B_INCR;
  // Negators are not negated ("no no no").
  const immune = (it.cls & NEG) !== 0 || it.emoji || !startsWithLetter(it.key);
  let negated = false;
  for (let d = 1; d <= 3 && i - d >= 0; d++) {
    const prev = items[i - d]!;
    // Negation and boosters stop at a sentence end, at "but" ("not Korean, but I want this") and at a clause
    // boundary: a word followed by a comma or colon does not reach past it ("não gostei, veio quebrado"; "Nope,
    // still clueless"), as negation scope runs to the next punctuation mark in Pang, Lee & Vaithyanathan (2002).
    if (prev.end || prev.cls & CONTRAST || prev.pause) break;
    // English "no" negates the next word only ("no fun"); Spanish/Portuguese "no/não" reaches further.
    const no = prev.key === 'no';
    if (no ? d > 1 && !it.foreign : prev.v !== null) continue;
    const damp = d === 1 ? 1 : d === 2 ? 0.95 : 0.9;
    if (prev.cls & (BOOST | DAMP)) {
      let s = (prev.cls & BOOST ? B_INCR : -B_INCR) * (v < 0 ? -1 : 1);
      if (capDiff && prev.caps) s += v > 0 ? C_INCR : -C_INCR;
      v += s * damp;
    }
    // VADER's never_check: "never so good" emphasises; at distance 3 a "so"/"this" just before the word does too.
    if ((d > 1 && prev.key === 'never' && soThis(items[i - d + 1]!)) || (d === 3 && soThis(items[i - 1]!))) {
      v *= d === 2 ? 1.5 : 1.25;
    }
    // Negate once ("ne … pas" marks one negation twice).
    else if (!negated && !immune && prev.cls & NEG && !rhetorical(items, i - d)) {
      v *= N_SCALAR;
      negated = true;
    }
  }
  const a1 = items[i + 1];
  const a2 = items[i + 2];
  if (!negated && !immune && !it.end && ((a1 && a1.cls & NEG_AFTER) || (a2 && a2.cls & NEG_AFTER))) {
    v *= N_SCALAR;
  }
  if (!it.end && a1 && a1.cls & BOOST_AFTER) v += v > 0 ? B_INCR : -B_INCR;
  // VADER's "least" rule: "least favourite" flips, "at least" does not.
  if (items[i - 1]?.key === 'least' && items[i - 2]?.key !== 'at' && items[i - 2]?.key !== 'very') v *= N_SCALAR;
  return v;
}

/** Count of `ch` in `text`, stopping at `max` (indexOf is much faster than iterating every character). */
function count(text: string, ch: string, max: number): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0 && n < max; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** VADER's emphasis: up to 4 "!" add 0.292 each; 2–3 "?" add 0.18 each, more add 0.96. */
function punctuationEmphasis(text: string): number {
  const qm = count(text, '?', 4);
  return count(text, '!', 4) * 0.292 + (qm > 1 ? (qm <= 3 ? qm * 0.18 : 0.96) : 0);
}

/** A sentiment function with the given lexicon parts (the evaluation compares them; the app uses all). */
export function createSentimentAnalyzer(opts: LexiconOptions): (text: string) => number {
  const analyze = analyzer(opts);
  // One parameter, so `texts.map(analyzer)` cannot pass an index where the word sink goes.
  return (text) => analyze(text, null);
}

function analyzer(opts: LexiconOptions): (text: string, sink: WordSink | null) => number {
  const lex = buildLexicon(opts);
  const map = new Map([...IDIOMS, ...(opts.slang ? SLANG_PHRASES : []), ...(opts.multilingual ? FOREIGN_PHRASES : [])]);
  const table = entryTable(lex, phraseTrie([...map]));
  const isEntry = (w: string) => lex.has(w);
  // Reused from one text to the next (the analyser is synchronous and keeps nothing): see TokenPool. The two token
  // lists are new for each text: emptying an array (length = 0) also drops its storage in V8, so reusing them saved no
  // allocation and cost a slow length change each.
  const pool = new TokenPool();
  return (text, sink) => {
    pool.reset();
    const items = itemsOf(tokenize(text, isEntry, pool, [], sink), [], pool, lex, table, opts.slang);
    let words = 0;
    let caps = 0;
    let but = -1;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (but < 0 && it.cls & CONTRAST) but = i;
      if (it.emoji) continue;
      words++;
      if (it.caps) caps++;
    }
    const capDiff = caps > 0 && caps < words;
    let sum = 0;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (it.v === null) continue;
      // Before a sentiment word "no" is a negator, not a negative word of its own (VADER 3.3, Python).
      const next = items[i + 1];
      if (it.key === 'no' && !it.pause && next?.v != null && !(next.cls & NEG)) continue;
      const x = valenceAt(items, i, capDiff);
      // VADER's "but": what precedes counts half, what follows 1.5 times.
      sum += but < 0 ? x : x * (i < but ? 0.5 : i > but ? 1.5 : 1);
    }
    if (sum === 0) return 0;
    sum += (sum > 0 ? 1 : -1) * punctuationEmphasis(text);
    return Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + ALPHA)));
  };
}

let defaultAnalyzer: ((text: string, sink: WordSink | null) => number) | null = null;
/** The app's analyser (every lexicon part), built on first use. */
const appAnalyzer = () => (defaultAnalyzer ??= analyzer({ slang: true, multilingual: true, emoji: true }));

/** Compound sentiment in [−1, 1] (VADER's normalisation) with every lexicon part on. */
export function sentimentScore(text: string): number {
  return appAnalyzer()(text, null);
}

/**
 * `sentimentScore`, also collecting the text's keyword-matching words (what `prepare` in ./match would find) into
 * `sink` in the same pass.
 */
export function sentimentScoreAndWords(text: string, sink: WordSink): number {
  return appAnalyzer()(text, sink);
}

export function sentimentLabel(score: number): SentimentLabel {
  return score > SENTIMENT_NEUTRAL_BAND ? 'positive' : score < -SENTIMENT_NEUTRAL_BAND ? 'negative' : 'neutral';
}
