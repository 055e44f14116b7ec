/**
 * Words for keyword matching: lowercased runs of letters, digits and marks. Shared by ./match and the sentiment
 * tokenizer, which collects a comment's words in its own pass.
 */

/** Accents and other combining marks removed ("increíble" → "increible", "dónde" → "donde"). */
export const stripAccents = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');

export const norm = (s: string) => {
  const lower = s.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
};

/** a–z, A–Z, 0–9 by char code: in ASCII, the only letters and digits. */
export const isAsciiLetterOrDigit = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const isWordChar = (c: number, s: string, i: number) =>
  isAsciiLetterOrDigit(c) || (c > 127 && LETTER_OR_DIGIT.test(s[i]!));

/**
 * The words of a lowercased text (runs of letters, digits and marks, apostrophes inside: "don't", "l'acheter"), by a
 * character loop rather than a regular expression (no match object per word). Offsets only order the matches, so a
 * letter whose lowercase is longer ("İ") cannot change a result.
 */
export function splitWords(
  s: string,
  words: string[] = [],
  at: number[] = [],
  offset = 0,
): { words: string[]; at: number[] } {
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (isWordChar(c, s, i)) {
      if (start < 0) start = i;
    } else if (c === 39 && start >= 0 && i + 1 < s.length && isWordChar(s.charCodeAt(i + 1), s, i + 1)) {
      // an apostrophe inside a word ("don't", "l'acheter")
    } else if (start >= 0) {
      words.push(s.slice(start, i));
      at.push(offset + start);
      start = -1;
    }
  }
  return { words, at };
}
