/**
 * Tokenizer for short social text. Unlike the vader-sentiment port it strips any run of leading/trailing punctuation
 * ("good..." and "'great'" are found), splits emoji glued to words ("love this😭😭"), keeps emoticons that are
 * lexicon entries (":)", "<3"), decodes the HTML entities tweets carry and drops @mentions and links.
 */
import { isAsciiLetterOrDigit, norm, splitWords } from './words';
export interface Token {
  /** As written, punctuation trimmed (case kept for the ALL-CAPS rule). */
  raw: string;
  /** Lowercased, curly apostrophes straightened; for emoji the lookup key. */
  lower: string;
  emoji: boolean;
  /** The word closed a sentence ("wrong." "idea.." "LOST!?"): negation and boosters do not reach past it. */
  end: boolean;
  /** Followed by any punctuation pause, comma included ("Nope, …"). */
  pause: boolean;
  /** Closed a question ("great?!"). */
  question: boolean;
  /** ALL CAPS (two or more characters, some of them letters). */
  caps: boolean;
  // Filled in by the analyser (sentiment.ts); initialised here so every token has one shape and one allocation.
  /** Valence on −4…+4, null when the word carries none (booster, negator, filler). */
  v: number | null;
  /** The form the lexicon knew ("good" for "gooood"); the lowercased word otherwise. */
  key: string;
  elongated: boolean;
  /** From the es/pt/fr/de list: there "no" negates at a distance ("no me gusta"). */
  foreign: boolean;
  /** Word classes of `key` (negator, booster, "but"…) as bit flags, so the rules test bits, not sets. */
  cls: number;
}

/**
 * Token objects reused from one text to the next: the analyser scores one text at a time, synchronously, and keeps
 * none of its tokens, so scoring 200,000 comments allocates a few dozen tokens instead of two million (less garbage
 * to collect while "Rescore all" runs).
 */
export class TokenPool {
  private readonly all: Token[] = [];
  private used = 0;

  /** Makes every token available again: call before each text. */
  reset(): void {
    this.used = 0;
  }

  take(raw: string, lower: string, emoji: boolean, end = false, pause = false, question = false): Token {
    const t = this.all[this.used];
    // A very long text gets fresh tokens past the first 256 rather than growing the pool for good.
    if (!t) {
      const fresh = token(raw, lower, emoji, end, pause, question);
      if (this.all.length < 256) {
        this.all.push(fresh);
        this.used++;
      }
      return fresh;
    }
    this.used++;
    t.raw = raw;
    t.lower = lower;
    t.emoji = emoji;
    t.end = end;
    t.pause = pause;
    t.question = question;
    t.caps = !emoji && isCaps(raw);
    t.v = null;
    t.key = lower;
    t.elongated = false;
    t.foreign = false;
    t.cls = 0;
    return t;
  }
}

/** Where the tokenizer also puts the text's keyword-matching words (`prepare`'s words), read in the same pass. */
export interface WordSink {
  words: string[];
  at: number[];
}

/** A token with its analyser fields at their defaults. */
export function token(raw: string, lower: string, emoji: boolean, end = false, pause = false, question = false): Token {
  return {
    raw,
    lower,
    emoji,
    end,
    pause,
    question,
    caps: !emoji && isCaps(raw),
    v: null,
    key: lower,
    elongated: false,
    foreign: false,
    cls: 0,
  };
}

/** ALL CAPS: a char-code scan for ASCII words (no regular expression or new string per token), else by case mapping. */
function isCaps(raw: string): boolean {
  if (raw.length < 2) return false;
  let letters = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 97 && c <= 122) return false; // a lowercase ASCII letter
    if (c > 127) return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
    if (c >= 65 && c <= 90) letters = true;
  }
  return letters;
}

const EMOJI_RE =
  /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*)*/gu;
const TRIM_RE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const END_RE = /[.!?;]["'”’)\]]*$/;
const PAUSE_RE = /[.!?;,:]["'”’)\]]*$/;
const QUESTION_RE = /\?[!?]*["'”’)\]]*$/;
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
};

/** Emoji lookup key: variation selectors and skin tones removed. */
export function emojiKey(e: string): string {
  return e.replace(/\uFE0F|\p{Emoji_Modifier}/gu, '');
}

/**
 * `piece.replace(TRIM_RE, '')` by char codes when the characters trimmed are ASCII (in ASCII only a–z, A–Z and 0–9
 * are letters or digits), so most words ("good...", "(this)") need no regular expression.
 */
function trimPunctuation(piece: string): string {
  let start = 0;
  let end = piece.length;
  for (let c = piece.charCodeAt(start); start < end && !isAsciiLetterOrDigit(c); c = piece.charCodeAt(++start)) {
    if (c > 127) return piece.replace(TRIM_RE, '');
  }
  for (let c = piece.charCodeAt(end - 1); end > start && !isAsciiLetterOrDigit(c); c = piece.charCodeAt(--end - 1)) {
    if (c > 127) return piece.replace(TRIM_RE, '');
  }
  return start === 0 && end === piece.length ? piece : piece.slice(start, end);
}

function pushWord(out: Token[], piece: string, pool: TokenPool): void {
  const raw = trimPunctuation(piece);
  // VADER drops one-letter tokens ("a", "I"); TikTok's "W" and "L" (win / loss) are the exception.
  if (raw.length < 2 && raw !== 'W' && raw !== 'L') {
    // "till 9." still ends the sentence even though "9" is dropped.
    const prev = out[out.length - 1];
    if (prev && END_RE.test(piece)) {
      prev.end = prev.pause = true;
      prev.question ||= QUESTION_RE.test(piece);
    }
    return;
  }
  // A word that ends the piece is followed by no punctuation: no sentence end, pause or question to look for.
  const tail = !piece.endsWith(raw);
  out.push(
    pool.take(
      raw,
      norm(raw),
      false,
      tail && END_RE.test(piece),
      tail && PAUSE_RE.test(piece),
      tail && QUESTION_RE.test(piece),
    ),
  );
}

const NON_ASCII = /[\u0080-\uffff]/;
const SPACE = /\s/;

/** Whitespace as `/\s/` sees it, by char code for ASCII. */
const isSpace = (c: number, text: string, i: number) =>
  c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(text[i]!));

/**
 * `isEntry` says whether a whole chunk is a lexicon entry as written (emoticons like ":-)" or "</3"). Tokens come
 * from `pool` (fresh ones by default) into `out`.
 */
export function tokenize(
  text: string,
  isEntry: (lower: string) => boolean,
  pool: TokenPool = new TokenPool(),
  out: Token[] = [],
  sink: WordSink | null = null,
): Token[] {
  const decoded = text.includes('&') ? text.replace(/&(?:amp|lt|gt|quot|#39|apos);/g, (m) => ENTITIES[m]!) : text;
  if (sink && decoded !== text) {
    // The keyword words come from the text as written ("&amp;" is a word there): split it on its own.
    splitWords(norm(text), sink.words, sink.at);
    sink = null;
  }
  const n = decoded.length;
  // One pass over the characters: chunks are runs of non-space; a chunk of ASCII letters only (most of them) is a
  // word as it stands, with its case read on the way.
  for (let i = 0; i < n;) {
    let c = decoded.charCodeAt(i);
    if (isSpace(c, decoded, i)) {
      i++;
      continue;
    }
    const start = i;
    let upper = 0;
    let lower = 0;
    let other = false;
    for (; i < n; c = decoded.charCodeAt(++i)) {
      if (c >= 97 && c <= 122) lower++;
      else if (c >= 65 && c <= 90) upper++;
      else if (isSpace(c, decoded, i)) break;
      else other = true;
    }
    const chunk = decoded.slice(start, i);
    if (!other) {
      const low = upper > 0 ? chunk.toLowerCase() : chunk;
      if (sink) {
        sink.words.push(low);
        sink.at.push(start);
      }
      // VADER drops one-letter words ("a", "I"); TikTok's "W" and "L" (win / loss) are the exception.
      if (chunk.length > 1 || chunk === 'W' || chunk === 'L') {
        const t = pool.take(chunk, low, false);
        t.caps = upper > 1 && lower === 0;
        out.push(t);
      }
      continue;
    }
    // Words are runs of letters and digits, so none spans a space: the chunk's words are the text's words here.
    if (sink) splitWords(norm(chunk), sink.words, sink.at, start);
    if (chunk[0] === '@' || /^https?:\/\//i.test(chunk)) continue;
    if (chunk.length > 1) {
      // Emoticons are case-sensitive (":D" laughs, "D:" is horror): try the chunk as written first, then lowercased
      // if that differs (most chunks are already lowercase: one lookup).
      const folded = chunk.toLowerCase();
      const key = isEntry(chunk) ? chunk : folded !== chunk && isEntry(folded) ? folded : null;
      if (key !== null) {
        out.push(pool.take(chunk, key, false));
        continue;
      }
      // A repeated mouth (":)))", "=(((", ":DDD") is the face stretched for emphasis, like "gooood".
      const stretched = chunk.length > 2 && chunk.charCodeAt(chunk.length - 1) === chunk.charCodeAt(chunk.length - 2);
      const face = stretched && !/^\p{L}/u.test(chunk) ? chunk.replace(/(.)\1+$/, '$1') : null;
      if (face !== null && isEntry(face)) {
        const t = pool.take(chunk, face, false);
        t.elongated = true;
        out.push(t);
        continue;
      }
    }
    if (!NON_ASCII.test(chunk)) {
      pushWord(out, chunk, pool);
      continue;
    }
    let last = 0;
    // exec on the one regex rather than matchAll, which copies the regex for every chunk (EMOJI_RE never matches
    // an empty string, so the loop always moves on).
    EMOJI_RE.lastIndex = 0;
    for (let m = EMOJI_RE.exec(chunk); m; m = EMOJI_RE.exec(chunk)) {
      if (m.index > last) pushWord(out, chunk.slice(last, m.index), pool);
      out.push(pool.take(m[0], emojiKey(m[0]), true));
      last = m.index + m[0].length;
    }
    if (last < chunk.length) pushWord(out, last === 0 ? chunk : chunk.slice(last), pool);
  }
  return out;
}
