import { EMOJI_VALENCE, EMOTICONS } from './sentiment-emoji';
import { VADER_LEXICON_PACKED } from './sentiment-vader-lexicon';
import { FOREIGN, SLANG } from './sentiment-words';
import { stripAccents } from './words';

export interface LexiconOptions {
  /** TikTok slang entries (override VADER where usage differs). */
  slang: boolean;
  /** Spanish, Portuguese, French and German entries. */
  multilingual: boolean;
  /** Emoji valences. */
  emoji: boolean;
}

export interface Lexicon {
  /** The entries as written (VADER, then our additions), for the analyser's one-lookup word table. */
  words: ReadonlyMap<string, number>;
  /** Valence on −4…+4 of a lowercased word, null if unknown. */
  valence(lower: string): number | null;
  /** Every word `valence` knows as written: `words` and the unaccented forms of the foreign ones ("increible"). */
  listed(): Iterable<string>;
  /** `valence` of a word that is not `listed`: a dropped g ("lovin") or accents to strip. */
  unlisted(lower: string): number | null;
  /** `foreign` of a word that is not `listed`. */
  unlistedForeign(lower: string): boolean;
  /** Valence of an emoji (lookup key from `emojiKey`), null if unknown or emoji are off. */
  emoji(key: string): number | null;
  has(lower: string): boolean;
  /** True for entries from the Spanish/Portuguese/French/German list (where "no" is a plain negator). */
  foreign(lower: string): boolean;
}

/** "valence<TAB>word word…" lines → entries. The packed form is ~40% smaller gzipped than an object literal. */
export function unpack(packed: string): Array<[string, number]> {
  return packed.split('\n').flatMap((line) => {
    const tab = line.indexOf('\t');
    const v = Number(line.slice(0, tab));
    return line
      .slice(tab + 1)
      .split(' ')
      .map((w) => [w, v] as [string, number]);
  });
}

const ROMANCE_ACCENTS = /[áàâãéèêíìîïóòôõúùûç]/;
const NON_ASCII = /[\u0080-\uffff]/;

export function buildLexicon(opts: LexiconOptions): Lexicon {
  const words = new Map<string, number>(unpack(VADER_LEXICON_PACKED));
  // Foreign words never override VADER ("horrible", "super" keep VADER's English valence).
  const foreign = new Set<string>();
  for (const [w, v] of opts.multilingual ? FOREIGN : []) {
    if (words.has(w)) continue;
    words.set(w, v);
    foreign.add(w);
  }
  if (opts.slang) for (const [w, v] of SLANG) words.set(w, v);
  // Faces VADER's list lacks ("^_^", "T_T"), valued like the VADER face they mean.
  if (opts.emoji) for (const [w, v] of EMOTICONS) if (!words.has(w)) words.set(w, v);
  // "increible" for "increíble"; German umlauts are not stripped ("schön" must not become "schon", already).
  const stripped = new Map<string, number>();
  for (const w of foreign) if (ROMANCE_ACCENTS.test(w)) stripped.set(stripAccents(w), words.get(w)!);
  const emoji = opts.emoji ? EMOJI_VALENCE : new Map<string, number>();

  /**
   * An English form VADER does not list but whose base it does: a dropped g ("lovin", "chillin" are "loving",
   * "chilling") or a superlative ("coolest", "finest", "fittest", "sappiest" take the valence of "cool", "fine",
   * "fit", "sappy"; listed ones like "saddest" keep their own). Comparatives are not tried: too many "-er" words are
   * nouns ("career", "sober", "player").
   */
  const inflected = (w: string): number | null => {
    const n = w.length;
    if (n > 4 && w.charCodeAt(n - 1) === 110 && w.charCodeAt(n - 2) === 105) return words.get(w + 'g') ?? null;
    if (n < 6 || !w.endsWith('est')) return null;
    const b = w.slice(0, -3);
    if (w.endsWith('iest')) return words.get(b.slice(0, -1) + 'y') ?? null;
    return (
      words.get(b) ?? words.get(b + 'e') ?? (b.at(-1) === b.at(-2) ? words.get(b.slice(0, -1)) : undefined) ?? null
    );
  };
  const fallback = (w: string): number | null => {
    const v = inflected(w);
    if (v !== null || stripped.size === 0) return v;
    return stripped.get(NON_ASCII.test(w) ? stripAccents(w) : w) ?? null;
  };
  const isAscii = (w: string) => {
    for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127) return false;
    return true;
  };
  return {
    words,
    valence: (w) => words.get(w) ?? fallback(w),
    listed: () => new Set([...words.keys(), ...stripped.keys()]),
    // An unlisted ASCII word cannot be an unaccented form (those are listed): no second lookup for most words.
    unlisted: (w) => (isAscii(w) ? inflected(w) : (stripped.get(stripAccents(w)) ?? null)),
    unlistedForeign: (w) => !isAscii(w) && stripped.has(stripAccents(w)),
    emoji: (key) => emoji.get(key) ?? emoji.get(String.fromCodePoint(key.codePointAt(0)!)) ?? null,
    has: (w) => words.has(w),
    foreign: (w) => foreign.has(w) || (!words.has(w) && stripped.has(NON_ASCII.test(w) ? stripAccents(w) : w)),
  };
}
