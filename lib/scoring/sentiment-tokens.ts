/**
 * Tokenizer for short social text. Unlike the vader-sentiment port it strips any run of leading/trailing punctuation
 * ("good..." and "'great'" are found), splits emoji glued to words ("love this😭😭"), keeps emoticons that are
 * lexicon entries (":)", "<3"), decodes the HTML entities tweets carry and drops @mentions and links.
 */
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
  };
}

const isCaps = (raw: string) =>
  raw.length > 1 &&
  (/^[A-Z]+$/.test(raw) || (!/^[a-z]+$/.test(raw) && raw === raw.toUpperCase() && raw !== raw.toLowerCase()));

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

function pushWord(out: Token[], piece: string): void {
  const raw = piece.replace(TRIM_RE, '');
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
  const lower = raw.toLowerCase().replace(/’/g, "'");
  out.push(token(raw, lower, false, END_RE.test(piece), PAUSE_RE.test(piece), QUESTION_RE.test(piece)));
}

const PLAIN_WORD = /^[A-Za-z]+$/;
const NON_ASCII = /[\u0080-\uffff]/;

/** `isEntry` says whether a whole chunk is a lexicon entry as written (emoticons like ":-)" or "</3"). */
export function tokenize(text: string, isEntry: (lower: string) => boolean): Token[] {
  const out: Token[] = [];
  const decoded = text.includes('&') ? text.replace(/&(?:amp|lt|gt|quot|#39|apos);/g, (m) => ENTITIES[m]!) : text;
  for (const chunk of decoded.split(/\s+/)) {
    // Fast path: most chunks are plain ASCII words.
    if (PLAIN_WORD.test(chunk)) {
      if (chunk.length > 1 || chunk === 'W' || chunk === 'L') {
        out.push(token(chunk, chunk.toLowerCase(), false));
      }
      continue;
    }
    if (chunk.length === 0 || chunk[0] === '@' || /^https?:\/\//i.test(chunk)) continue;
    if (chunk.length > 1) {
      // Emoticons are case-sensitive (":D" laughs, "D:" is horror): try the chunk as written first.
      const key = isEntry(chunk) ? chunk : isEntry(chunk.toLowerCase()) ? chunk.toLowerCase() : null;
      if (key !== null) {
        out.push(token(chunk, key, false));
        continue;
      }
    }
    if (!NON_ASCII.test(chunk)) {
      pushWord(out, chunk);
      continue;
    }
    let last = 0;
    for (const m of chunk.matchAll(EMOJI_RE)) {
      if (m.index > last) pushWord(out, chunk.slice(last, m.index));
      out.push(token(m[0], emojiKey(m[0]), true));
      last = m.index + m[0].length;
    }
    if (last < chunk.length) pushWord(out, last === 0 ? chunk : chunk.slice(last));
  }
  return out;
}
